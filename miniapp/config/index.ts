import path from 'node:path';
import { defineConfig, type UserConfigFn } from '@tarojs/cli';
import { readConfig } from '@tarojs/helper';
import type { IProjectConfig } from '@tarojs/taro/types/compile';
import type { Compilation } from 'webpack';
import devConfig from './dev';
import { lazyFiles } from './lazy-files';
import { ModuleMapPlugin } from './module-map';
import { PrecompressPlugin } from './precompress';
import prodConfig from './prod';

// Taro compiles only src/ and packages named "taro": the workspace's TypeScript source and zod's
// modern syntax (`?.`, `??`, for old WeChat clients) have to be listed by absolute path.
const sharedDir = path.resolve(__dirname, '../../shared');
const zodDir = path.dirname(require.resolve('zod/package.json'));
const compileInclude = [sharedDir, zodDir];

// npm leaves some Taro packages nested (still so with postcss 8 at the root, checked 2026-11):
// @tarojs/plugin-framework-react in miniapp/node_modules (the root @tarojs/taro-h5 imports it)
// and @tarojs/router under @tarojs/taro-h5 (the generated H5 entry imports it from src/).
// Resolve each where it really is, so the H5 build works with either layout.
const packageDir = (name: string, from = __dirname) =>
  path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
const taroH5Dir = packageDir('@tarojs/taro-h5');
const alias = {
  '@tarojs/plugin-framework-react': packageDir('@tarojs/plugin-framework-react'),
  '@tarojs/router': packageDir('@tarojs/router', taroH5Dir),
};

// Taro itself reads only TARO_APP_* from .env files; these come from the shell of the build.
const apiBase = process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000';
const devLogin = process.env.TARO_APP_DEV_LOGIN === '1' ? '1' : '';
// Comma-separated WeChat subscribe-message template ids (per AppID); empty skips the prompt.
const subscribeTemplates = process.env.TARO_APP_SUBSCRIBE_TEMPLATES || '';
// Set by `npm run weapp:report`: where to write which module sits in which emitted file.
const moduleMapFile = process.env.SZKC_WEAPP_MODULE_MAP;

// The script with which index.html asks for what the page it opens needs (src/early/script.ts).
// Taro compiles only config/ for this file: its readConfig bundles that module (and @szkc/shared)
// as it does app.config.ts.
const earlyScript = readConfig(path.resolve(__dirname, '../src/early/script.ts')) as (input: {
  apiBase: string;
  lazyFiles: Record<string, string[]>;
}) => string;

// H5 chunks. Taro puts its runtime into a file of its own beside the app's and leaves each page's
// chunk with its own copy of what pages share: Taro's components alone were ~60 KB in every page.
// Here the components (every page draws with them) join Taro's file, downloaded in parallel with
// the app's instead of after it; other code two pages or more share goes into shared chunks,
// loaded with the first page that needs them. A page's own file holds just that page.
const taroPackages = /[\\/]node_modules[\\/]@tarojs[\\/]/;
const taroComponents = /[\\/]node_modules[\\/](@tarojs[\\/]components|tslib)[\\/]/;
const h5SplitChunks = {
  chunks: 'all',
  hidePathInfo: true,
  cacheGroups: {
    default: false,
    defaultVendors: false,
    taro: { name: 'taro', chunks: 'initial', test: taroPackages, priority: 100, minSize: 0 },
    components: { name: 'taro', chunks: 'all', test: taroComponents, priority: 110, minSize: 0 },
    pages: { name: false, chunks: 'async', minChunks: 2, priority: 10, reuseExistingChunk: true },
  },
} as const;

const config: UserConfigFn<'webpack5'> = (merge, { mode }) => {
  const isH5 = process.env.TARO_ENV === 'h5';
  const baseConfig: IProjectConfig<'webpack5'> = {
    projectName: 'szkc-miniapp',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    plugins: [],
    env: {
      TARO_APP_API_BASE: JSON.stringify(apiBase),
      TARO_APP_DEV_LOGIN: JSON.stringify(devLogin),
      TARO_APP_SUBSCRIBE_TEMPLATES: JSON.stringify(subscribeTemplates),
    },
    defineConstants: {},
    alias,
    // The app's icon (tools/make-app-icon.mjs), linked from src/index.html.
    copy: {
      patterns: isH5 ? [{ from: 'src/assets/app/favicon.ico', to: 'dist-h5/favicon.ico' }] : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: compileInclude },
      webpackChain(chain) {
        if (moduleMapFile) chain.plugin('szkcModuleMap').use(ModuleMapPlugin, [moduleMapFile]);
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      // Relative paths and the hash router: dist-h5/ works from any static folder root.
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // A page opened by its link: index.html asks for its files and first GET (src/early/).
      htmlPluginOption: {
        earlyScript: (compilation: Compilation) =>
          earlyScript({ apiBase, lazyFiles: lazyFiles(compilation) }),
      },
      compile: { include: compileInclude },
      devServer: { host: '127.0.0.1', port: 10087 },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        chain.optimization.splitChunks(h5SplitChunks);
        chain.plugin('precompress').use(PrecompressPlugin);
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return merge({}, baseConfig, mode === 'development' ? devConfig : prodConfig) as IProjectConfig<'webpack5'>;
};

export default defineConfig<'webpack5'>(config);
