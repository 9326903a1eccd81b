// The whole local stack: dynalite, the tables of serverless.yml, seeds, serverless-offline and the
// H5 app. `npm start` runs it on fixed ports with data on disk; tests run it on free ports in memory.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDynalite, type RunningStore } from './dynalite';
import { bucketEnvironment, startObjectStore, type RunningObjectStore } from './object-store';
import { serveH5, type RunningApp } from './h5-server';
import { startOffline, type RunningApi } from './offline';
import { startFakeWechat } from './fake-wechat';
import { createTables, tableEnvironment } from './tables';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const h5Root = path.join(repoRoot, 'miniapp/dist-h5');

export type StackOptions = {
  storePort: number;
  /** The S3-compatible server for contest plans; a free port when not given. */
  objectStorePort?: number;
  /** Its data; a temporary folder when not given. */
  objectStoreDir?: string;
  apiPort: number;
  lambdaPort: number;
  appPort?: number;
  dataDir?: string;
  jwtSecret: string;
  log?: (step: string) => void;
  echoApi?: boolean;
  extraEnv?: Record<string, string>;
};

export type Stack = {
  storeEndpoint: string;
  apiUrl: string;
  appUrl: string | null;
  env: Record<string, string>;
  stop: () => Promise<void>;
};

export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? (() => {});
  const running: {
    store?: RunningStore;
    objects?: RunningObjectStore;
    api?: RunningApi;
    app?: RunningApp;
    wechat?: Awaited<ReturnType<typeof startFakeWechat>>;
  } = {};
  const temporaryObjectDir = options.objectStoreDir ? null : mkdtempSync(path.join(os.tmpdir(), 'szkc-s3-'));
  const stop = async () => {
    await running.app?.stop();
    await running.api?.stop();
    await running.objects?.stop();
    if (temporaryObjectDir) rmSync(temporaryObjectDir, { recursive: true, force: true });
    await running.store?.stop();
    await running.wechat?.close();
  };
  try {
    log(
      options.dataDir
        ? `启动本地数据库 dynalite（数据保存在 ${options.dataDir}）`
        : '启动内存数据库 dynalite',
    );
    running.store = await startDynalite({ port: options.storePort, path: options.dataDir });
    const objectStoreDir = options.objectStoreDir ?? temporaryObjectDir!;
    log(`启动本地对象存储 s3rver（商业计划书保存在 ${objectStoreDir}）`);
    running.objects = await startObjectStore({
      port: options.objectStorePort ?? 0,
      directory: objectStoreDir,
      stage: 'local',
    });
    // No call leaves the machine: WeChat is a stand-in on loopback (a code it does not know is a
    // 401), and on the local stage the functions never ask SSM (functions/src/config.ts).
    const wechatSecret = randomBytes(16).toString('hex');
    running.wechat = await startFakeWechat(wechatSecret);
    const env = {
      STAGE: 'local',
      WECHAT_API_BASE: running.wechat.url,
      WECHAT_APP_ID: 'wx-local-app',
      WECHAT_APP_SECRET: wechatSecret,
      DYNAMODB_ENDPOINT: running.store.endpoint,
      AWS_REGION: 'cn-northwest-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      JWT_SECRET: options.jwtSecret,
      DEV_LOGIN: '1',
      ...tableEnvironment('local'),
      ...bucketEnvironment('local'),
      S3_ENDPOINT: running.objects.endpoint,
      ...options.extraEnv,
    };
    Object.assign(process.env, env);

    const created = await createTables(running.store.endpoint, 'local');
    log(created.length ? `创建数据表：${created.join('、')}` : '数据表已存在');

    const { loadSeeds } = await import('../../seeds/load');
    const seeded = await loadSeeds();
    log(
      `载入种子数据：用户 ${seeded.users} 个，新建场馆 ${seeded.venues} 个，新建活动 ${seeded.events} 场，新建大赛 ${seeded.contests} 项`,
    );

    log('启动 API（serverless-offline）');
    running.api = await startOffline({
      port: options.apiPort,
      lambdaPort: options.lambdaPort,
      env,
      echo: options.echoApi,
    });

    if (options.appPort !== undefined) {
      running.app = await serveH5({ root: h5Root, port: options.appPort, apiBase: running.api.url });
    }
    return {
      storeEndpoint: running.store.endpoint,
      apiUrl: running.api.url,
      appUrl: running.app?.url ?? null,
      env,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
