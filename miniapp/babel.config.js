// babel-preset-taro: JSX, TypeScript and the polyfills WeChat's older runtimes need.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
