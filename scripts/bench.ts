// `npm run bench`: figures, printed. Runs the local stack in memory on free ports, so it can run
// beside `npm start`. Later capabilities add their own sections.
import { randomBytes } from 'node:crypto';
import { formatHttp, measureRoute } from './bench/http';
import { measureContests } from './bench/contests';
import { measureEvents } from './bench/events';
import { measureH5FirstLoad } from './bench/h5';
import { measureLimits } from './bench/limits';
import { measureEngine } from './bench/policies';
import { functionBundles, weappPackageSizes } from './bench/sizes';
import { budgetTable, budget } from './bench/budget';
import { formatBurst } from './bench/events';
import { rawGetItems } from './bench/raw-store';
import { measureStats } from './bench/stats';
import { measureVenues } from './bench/venues';
import { freePort } from './local/ports';
import { startStack } from './local/stack';

const section = (title: string) => console.log(`\n== ${title}`);

async function main() {
  // In-process first, on a quiet machine: the local stack below would share the CPU.
  section('政策引擎（进程内，六项政策 × 一份完整企业信息）');
  const engineBench = measureEngine();
  for (const line of engineBench.lines) console.log(line);

  const stack = await startStack({
    storePort: await freePort(),
    apiPort: await freePort(),
    lambdaPort: await freePort(),
    jwtSecret: randomBytes(32).toString('hex'),
    extraEnv: {
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      // The production limits, but for entry saves: the contests section saves one entry 220
      // times in a row, which no person does (the limiter costs the same whatever its limit).
      RATE_LIMITS: JSON.stringify({ entryEdit: { limit: 100_000, windowSeconds: 600 } }),
    },
  });
  try {
    const login = await fetch(`${stack.apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'dev:bench' }),
    });
    const { token } = (await login.json()) as { token: string };

    section('HTTP（serverless-offline 进程内 + dynalite，本机 2 核；2000 次请求，并发 20）');
    // Warm both routes so the first esbuild load is not measured.
    await measureRoute({ label: 'warm-up', url: `${stack.apiUrl}/health`, amount: 50, connections: 5 });
    await measureRoute({
      label: 'warm-up',
      url: `${stack.apiUrl}/me`,
      headers: { authorization: `Bearer ${token}` },
      amount: 50,
      connections: 5,
    });
    const bare = await measureRoute({
      label: 'GET /health（空路由）',
      url: `${stack.apiUrl}/health`,
      amount: 2000,
      connections: 20,
    });
    const me = await measureRoute({
      label: 'GET /me（验签 + 1 次 GetItem）',
      url: `${stack.apiUrl}/me`,
      headers: { authorization: `Bearer ${token}` },
      amount: 2000,
      connections: 20,
    });
    // The store's own share: the same GetItem /me sends, straight to dynalite at the same concurrency.
    const meBody = (await (
      await fetch(`${stack.apiUrl}/me`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { id: string };
    const rawGet = await rawGetItems(stack.storeEndpoint, stack.env.TABLE_USERS!, meBody.id);
    console.log(formatHttp(bare));
    console.log(formatHttp(me));
    console.log(formatBurst(rawGet));
    console.log(
      `GET /me 与空路由之比：p50 ${(me.p50 / Math.max(bare.p50, 1)).toFixed(2)}×，吞吐 ${(me.rps / bare.rps).toFixed(2)}×`,
    );
    console.log(
      budget('GET /me p50 ÷（空路由 + GetItem）', me.p50 / (bare.p50 + rawGet.p50), 1.3, {
        unit: '×',
        digits: 2,
      }),
    );

    section('政策匹配 POST /policies/eligibility（完整企业信息，六项政策；只写 1 次当日计数）');
    const eligibility = {
      url: `${stack.apiUrl}/policies/eligibility`,
      method: 'POST' as const,
      body: engineBench.body,
    };
    await measureRoute({ label: 'warm-up', ...eligibility, amount: 200, connections: 5 });
    const policies = await measureRoute({
      label: 'POST /policies/eligibility',
      ...eligibility,
      amount: 2000,
      connections: 20,
    });
    console.log(formatHttp(policies));
    console.log(
      `与空路由之比：p50 ${(policies.p50 / Math.max(bare.p50, 1)).toFixed(2)}×，吞吐 ${(policies.rps / bare.rps).toFixed(2)}×`,
    );

    section('科普活动报名（同一套本地环境）');
    for (const line of await measureEvents(stack.apiUrl, stack.storeEndpoint, stack.env.TABLE_EVENTS!))
      console.log(line);

    section('科普场馆打卡（同一套本地环境）');
    for (const line of await measureVenues(stack.apiUrl, stack.storeEndpoint, stack.env.TABLE_VENUES!))
      console.log(line);

    section('创新大赛参赛项目（同一套本地环境）');
    for (const line of await measureContests(stack.apiUrl)) console.log(line);

    section('限流（每个受限请求多出的开销，同一套本地环境的 dynalite）');
    for (const line of await measureLimits()) console.log(line);
    section('规划指标总览（同一套本地环境，以上各节的数据）');
    for (const line of await measureStats(stack.apiUrl)) console.log(line);

    section('小程序 H5 首次加载（首页与活动，chromium 390×844，经本地静态服务器压缩传输，空缓存）');
    for (const line of await measureH5FirstLoad(stack.apiUrl)) console.log(line);
  } finally {
    await stack.stop();
  }

  section('函数部署包（serverless package --stage prod，esbuild 压缩）');
  for (const line of functionBundles()) console.log(line);

  section('小程序 weapp 包');
  for (const line of weappPackageSizes()) console.log(line);

  section('预算一览');
  for (const line of budgetTable()) console.log(line);
}

main().catch((error: Error) => {
  console.error(`基准测试失败：${error.message}`);
  process.exit(1);
});
