// `npm run build:weapp`: the WeChat package in miniapp/dist, and its size against the 2 MB limit.
import { weappPackageSizes } from './bench/sizes';
import { buildWeapp } from './local/miniapp-build';

const apiBase = process.env.TARO_APP_API_BASE;
console.log(
  `▶ 构建微信小程序包（API 地址：${apiBase ?? 'http://127.0.0.1:3000（默认，仅开发者工具可用）'}）`,
);
const ms = buildWeapp(apiBase);
console.log(`构建完成，用时 ${(ms / 1000).toFixed(1)} 秒，输出目录 miniapp/dist`);
for (const line of weappPackageSizes()) console.log(line);
console.log('在微信开发者工具中「导入项目」，选择 miniapp 目录（project.config.json 所在处）。');
