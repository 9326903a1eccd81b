// Rate-limiter figures: what taking a place costs (one conditional UpdateItem on the limits table),
// timed against the stack's own dynalite next to a plain GetItem of the same table, and how many
// store calls it adds to each limited route. In process: imported after the stack has set the
// environment, so the functions' config reads the stack's tables.
import { figures, formatBurst, pooledRuns } from './events';

const amount = 2000;
const concurrency = 20;
const pooled = (run: (i: number) => Promise<unknown>) => pooledRuns(amount, concurrency, run);

export async function measureLimits(): Promise<string[]> {
  const limits = await import('../../functions/src/limits/limits');
  const { documents } = await import('../../functions/src/store/document');
  const { withStoreCallLog } = await import('../../functions/src/store/client');
  const { tableNames } = await import('../../functions/src/config');
  const lines: string[] = [];

  // Warm the client and the hash key.
  for (let i = 0; i < 50; i++) await limits.take('venueCheckin', `warm-${i}`);

  // Distinct clients: every take is counted and none is refused, as for people within their limit.
  const take = figures(
    `限流计数（条件 UpdateItem）`,
    amount,
    await pooled((i) => limits.take('venueCheckin', `bench-${i}`)),
  );
  const read = figures(
    `对照：同表 GetItem`,
    amount,
    await pooled((i) =>
      documents.get({ TableName: tableNames.limits, Key: { pk: `bench#${i}`, sk: 'none' } }),
    ),
  );
  const calls: string[] = [];
  await withStoreCallLog(calls, () => limits.take('venueCheckin', 'bench-calls'));
  lines.push(`${formatBurst(take)}   （直连 dynalite，并发 ${concurrency}）`);
  lines.push(formatBurst(read));
  lines.push(
    `  每次限流的存储调用：${calls.length} 次（${calls.map((c) => c.replace('Command', '')).join('、')}）；` +
      `p50 ${take.p50.toFixed(2)} ms，为 GetItem（${read.p50.toFixed(2)} ms）的 ${(take.p50 / Math.max(read.p50, 0.01)).toFixed(2)}×`,
  );
  lines.push(
    '  各路由多出的调用：登录、场馆打卡、修改参赛项目 +1（与读取并行，不多一轮往返）；' +
      '新报名 +1（写入前，串行）；重复点击报名 +2（取回再退还）',
  );
  return lines;
}
