// esbuild plugins of the function bundles (serverless.yml custom.esbuild.plugins).
const { readFile } = require('node:fs/promises');

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

// @hono/zod-openapi hands zod's whole namespace to extendZodWithOpenApi(), which reads only
// `ZodType` from it: a namespace used as a value keeps all of zod in every bundle (JSON Schema
// conversion, the JIT compiler…), about 130 KB parsed at each cold start. Given `ZodType` alone,
// esbuild keeps only the zod the code calls. Fails the build if the library's line changes.
const call = 'extendZodWithOpenApi(z);';
const honoZodNamespace = {
  name: 'hono-zod-openapi-namespace',
  setup(build) {
    build.onLoad({ filter: /[\\/]@hono[\\/]zod-openapi[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(call)) throw new Error(`${args.path}: ${call} not found`);
      const patched = source.replace(call, 'extendZodWithOpenApi({ ZodType: __ZodType });');
      return { contents: `import { ZodType as __ZodType } from "zod";\n${patched}`, loader: 'js' };
    });
  },
};

module.exports = [zodLocales, honoZodNamespace];
