// Once per run of the API tests: an in-memory dynalite on a free port with serverless.yml's tables,
// and a fake WeChat server. Each test file gets the environment through `inject('apiEnv')`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDynalite } from '../../scripts/local/dynalite';
import { bucketEnvironment, startObjectStore } from '../../scripts/local/object-store';
import { createTables, tableEnvironment } from '../../scripts/local/tables';
import { startFakeWechat } from '../../scripts/local/fake-wechat';
import { provide } from './provided';

export default async function setup() {
  const store = await startDynalite({ port: 0 });
  await createTables(store.endpoint, 'test');
  const objectDir = mkdtempSync(path.join(os.tmpdir(), 'szkc-s3-test-'));
  const objects = await startObjectStore({ port: 0, directory: objectDir, stage: 'test' });
  const wechatSecret = randomBytes(8).toString('hex');
  const wechat = await startFakeWechat(wechatSecret);
  const env = {
    STAGE: 'test',
    DEV_LOGIN: '1',
    DYNAMODB_ENDPOINT: store.endpoint,
    AWS_REGION: 'cn-northwest-1',
    JWT_SECRET: randomBytes(32).toString('hex'),
    WECHAT_API_BASE: wechat.url,
    WECHAT_APP_ID: 'wx-test-app',
    WECHAT_APP_SECRET: wechatSecret,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    FAULTS: '1',
    // The limiters run (their store calls are in the pinned counts) but with limits no test
    // reaches: tests reuse accounts the way no person does (the seeded admin logs in once per
    // helper call, hundreds of times a run; a fairness trial registers one person for 20 events).
    // tests/api/rate-limits.test.ts sets small ones of its own; the local stack runs the defaults.
    RATE_LIMITS: JSON.stringify(
      Object.fromEntries(
        ['login', 'registration', 'venueCheckin', 'entryEdit'].map((name) => [
          name,
          { limit: 100_000, windowSeconds: 600 },
        ]),
      ),
    ),
    WECHAT_TEMPLATE_SIGNUP: 'tpl-signup',
    WECHAT_TEMPLATE_PROMOTED: 'tpl-promoted',
    WECHAT_TEMPLATE_REMINDER: 'tpl-reminder',
    WECHAT_TEMPLATE_CANCELLED: 'tpl-cancelled',
    ...tableEnvironment('test'),
    ...bucketEnvironment('test'),
    S3_ENDPOINT: objects.endpoint,
  };
  Object.assign(process.env, env);
  const { loadSeeds } = await import('../../seeds/load');
  await loadSeeds();
  provide('apiEnv', env);
  return async () => {
    await wechat.close();
    await store.stop();
    await objects.stop();
    rmSync(objectDir, { recursive: true, force: true });
  };
}
