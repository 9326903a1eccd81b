// `npm run bench:profile`: where the time of GET /me and of a signup burst goes. The functions'
// apps run in this process under the V8 profiler (dynalite in a child, so the store's own work is
// not counted), and the self time is summed by who spends it: our code, zod, Hono, jose, the AWS
// SDK, node's own streams and sockets, the garbage collector. serverless-offline's share is the
// bench's bare route (GET /health through it) against the same route here.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Session, type Profiler } from 'node:inspector/promises';
import path from 'node:path';
import { toShanghaiIso } from '@szkc/shared';
import { freePort } from '../local/ports';
import { createTables, tableEnvironment } from '../local/tables';
import { pooledRuns } from './events';

const root = path.resolve(import.meta.dirname, '../..');

function categoryOf(url: string, functionName: string): string {
  if (!url) return functionName === '(garbage collector)' ? 'GC' : `V8 ${functionName}`;
  if (/node_modules\/(@aws-sdk|@smithy|@aws-crypto)\//.test(url)) return 'AWS SDK';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg === 'zod' || pkg === '@asteasolutions/zod-to-openapi') return 'zod';
  if (pkg === 'hono' || pkg?.startsWith('@hono/')) return 'Hono';
  if (pkg === 'jose') return 'jose（令牌）';
  if (pkg?.startsWith('@aws-lambda-powertools/')) return '日志';
  if (pkg) return pkg;
  if (url.includes('/functions/src/')) return '我们的代码（functions）';
  if (url.includes('/shared/src/')) return '我们的代码（shared）';
  if (url.startsWith('node:')) return /http|net|stream|tls/.test(url) ? 'node 网络与流' : 'node 其他';
  return '其他';
}

async function profiled(session: Session, run: () => Promise<unknown>) {
  await session.post('Profiler.start');
  await run();
  const { profile } = await session.post('Profiler.stop');
  return summarize(profile);
}

function summarize(profile: Profiler.Profile): string[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byCategory = new Map<string, number>();
  let total = 0;
  profile.samples!.forEach((id, i) => {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const us = profile.timeDeltas![i] ?? 0;
    total += us;
    const category = categoryOf(frame.url, frame.functionName);
    byCategory.set(category, (byCategory.get(category) ?? 0) + us);
  });
  return [...byCategory.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(
      ([name, us]) =>
        `  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`,
    );
}

async function main() {
  const storePort = await freePort();
  const store = spawn(
    process.execPath,
    [path.join(root, 'node_modules/dynalite/cli.js'), '--port', String(storePort), '--createTableMs', '0'],
    { stdio: 'ignore' },
  );
  try {
    const endpoint = `http://127.0.0.1:${storePort}`;
    await new Promise((resolve) => setTimeout(resolve, 800));
    await createTables(endpoint, 'test');
    Object.assign(process.env, tableEnvironment('test'), {
      STAGE: 'test',
      DEV_LOGIN: '1',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DYNAMODB_ENDPOINT: endpoint,
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      RATE_LIMITS: JSON.stringify({ registration: { limit: 100_000, windowSeconds: 600 } }),
    });
    const { app: auth } = await import('../../functions/src/auth/handler');
    const { app: events } = await import('../../functions/src/events/handler');
    const { app: meta } = await import('../../functions/src/meta/handler');
    const call = async (app: typeof auth, method: string, url: string, token?: string, body?: unknown) =>
      app.fetch(
        new Request(`http://bench${url}`, {
          method,
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      );
    const login = async (name: string) =>
      (
        (await (await call(auth, 'POST', '/auth/login', undefined, { code: `dev:${name}` })).json()) as {
          token: string;
        }
      ).token;

    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });

    const token = await login('profile-me');
    await pooledRuns(200, 20, () => call(auth, 'GET', '/me', token)); // warm
    const health = await pooledRuns(2000, 20, () => call(meta, 'GET', '/health'));
    let me = { wallMs: 0, latencies: [0] };
    const meProfile = await profiled(session, async () => {
      me = await pooledRuns(2000, 20, () => call(auth, 'GET', '/me', token));
    });
    console.log(`GET /health 进程内 2000 次（并发 20）p50 ${health.latencies[1000]!.toFixed(1)} ms`);
    console.log(`GET /me 进程内 2000 次（并发 20）p50 ${me.latencies[1000]!.toFixed(1)} ms，CPU 时间分布：`);
    for (const line of meProfile) console.log(line);

    const organizer = await login('profile-organizer');
    const { setRoles } = await import('../../functions/src/users/users');
    const organizerId = ((await (await call(auth, 'GET', '/me', organizer)).json()) as { id: string }).id;
    await setRoles(organizerId, ['citizen', 'organizer']);
    const people = await Promise.all(Array.from({ length: 1000 }, (_, i) => login(`profile-burst-${i}`)));
    const now = Date.now();
    const created = (await (
      await call(events, 'POST', '/events', organizer, {
        title: '性能剖析：报名高峰',
        description: '剖析用活动。',
        category: 'science-week',
        district: '640202',
        address: '石嘴山科技馆',
        startAt: toShanghaiIso(now + 7 * 86_400_000),
        endAt: toShanghaiIso(now + 7 * 86_400_000 + 7_200_000),
        signupOpensAt: toShanghaiIso(now - 60_000),
        signupClosesAt: toShanghaiIso(now + 6 * 86_400_000),
        capacity: 100,
        waitlistLimit: 0,
        maxPartySize: 1,
      })
    ).json()) as { id: string };
    const published = await call(events, 'POST', `/events/${created.id}/publish`, organizer);
    if (published.status !== 200)
      throw new Error(`活动未能发布：${published.status} ${await published.text()}`);
    const statuses = new Map<number, number>();
    let storeCalls = 0;
    const burstProfile = await profiled(session, () =>
      Promise.all(
        people.map(async (person) => {
          const reply = await call(events, 'POST', `/events/${created.id}/registrations`, person, {
            partySize: 1,
            contactName: '测试',
            contactPhone: '13800000000',
          });
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          storeCalls += (reply.headers.get('x-store-calls') ?? '')
            .split(',')
            .filter((c) => c && c !== 'none').length;
        }),
      ),
    );
    console.log(
      `报名高峰 1000 人抢 100 席（进程内）：${[...statuses].map(([status, n]) => `${status} × ${n}`).join('，')}，` +
        `DynamoDB 调用共 ${storeCalls} 次，CPU 时间分布：`,
    );
    for (const line of burstProfile) console.log(line);
    session.disconnect();
  } finally {
    store.kill();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`剖析失败：${error.message}`);
    process.exit(1);
  },
);
