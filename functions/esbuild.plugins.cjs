// esbuild plugins of the function bundles (serverless.yml custom.esbuild.plugins).
// zod's namespace export pulls in all of its ~50 locales, about half of every bundle; the API
// speaks Chinese (shared/src/zod.ts) and zod's default is English: only those two stay.
const kept = ['en', 'zh-CN'];
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

const zodLocales = {
  name: 'zod-locales-zh-en',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: kept.map((name) => `export { default as ${camel(name)} } from "./${name}.js";`).join('\n'),
      loader: 'js',
    }));
  },
};

module.exports = [zodLocales];
