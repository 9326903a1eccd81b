// `npm start`: the local stack on fixed ports, data kept under .data/, until Ctrl-C.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureH5Build } from './local/miniapp-build';
import { assertPortFree } from './local/ports';
import { repoRoot, startStack, type Stack } from './local/stack';

const ports = {
  api: Number(process.env.API_PORT ?? 3000),
  lambda: Number(process.env.LAMBDA_PORT ?? 3002),
  store: Number(process.env.STORE_PORT ?? 8000),
  objects: Number(process.env.OBJECT_STORE_PORT ?? 4569),
  app: Number(process.env.APP_PORT ?? 10086),
};
const dataDir = path.join(repoRoot, '.data');
const step = (text: string) => console.log(`▶ ${text}`);

/** One random signing key per checkout, so logins survive a restart. */
function localJwtSecret(): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  step('检查端口');
  await assertPortFree(ports.store, '本地数据库 dynalite，可用 STORE_PORT 更换');
  await assertPortFree(ports.objects, '本地对象存储 s3rver，可用 OBJECT_STORE_PORT 更换');
  await assertPortFree(ports.api, 'API，可用 API_PORT 更换');
  await assertPortFree(ports.lambda, 'serverless-offline 的 Lambda 端口，可用 LAMBDA_PORT 更换');
  await assertPortFree(ports.app, '小程序 H5 页面，可用 APP_PORT 更换');

  ensureH5Build(step);

  const running: { stack?: Stack } = {};
  let stopping = false;
  const shutdown = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\n正在停止本地服务…');
    await running.stack?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGHUP', () => void shutdown());
  // npm does not forward every signal: stop too when the parent that started us is gone.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown();
  }, 1000).unref();

  const stack = (running.stack = await startStack({
    storePort: ports.store,
    objectStorePort: ports.objects,
    objectStoreDir: path.join(dataDir, 's3'),
    apiPort: ports.api,
    lambdaPort: ports.lambda,
    appPort: ports.app,
    dataDir: path.join(dataDir, 'dynalite'),
    jwtSecret: localJwtSecret(),
    log: step,
  }));

  console.log(`
石嘴山科创 本地环境已启动
  API          ${stack.apiUrl}        （接口文档 ${stack.apiUrl}/openapi.json）
  小程序 H5    ${stack.appUrl}       （用手机尺寸的浏览器窗口打开）
  开发登录     在「我的」输入名字即可；admin、organizer、staff、reviewer 为预置账号
按 Ctrl-C 停止。`);
  await new Promise(() => {});
}

main().catch((error: Error) => {
  console.error(`\n启动失败：${error.message}`);
  process.exit(1);
});
