// Event figures: a burst of signups through the whole stack, the same burst as raw conditional
// updates straight to dynalite (the ceiling), and what each request costs in DynamoDB calls.
import { localStoreClient } from '../local/dynalite';
import { toShanghaiIso } from '@szkc/shared';
import { budget } from './budget';

export type BurstFigures = {
  label: string;
  count: number;
  wallMs: number;
  p50: number;
  p99: number;
  perSecond: number;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

export async function timed<T>(
  count: number,
  run: (i: number) => Promise<T>,
): Promise<{ wallMs: number; latencies: number[]; results: T[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const t0 = performance.now();
      const result = await run(i);
      latencies.push(performance.now() - t0);
      return result;
    }),
  );
  return { wallMs: performance.now() - started, latencies: latencies.sort((a, b) => a - b), results };
}

/** `amount` runs, `concurrency` at a time (as autocannon's connections), each timed. */
export async function pooledRuns(amount: number, concurrency: number, run: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < amount) {
        const i = next++;
        const t0 = performance.now();
        await run(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { wallMs: performance.now() - started, latencies: latencies.sort((a, b) => a - b) };
}

export const figures = (
  label: string,
  count: number,
  t: { wallMs: number; latencies: number[] },
): BurstFigures => ({
  label,
  count,
  wallMs: t.wallMs,
  p50: percentile(t.latencies, 50),
  p99: percentile(t.latencies, 99),
  perSecond: (count / t.wallMs) * 1000,
});

export const formatBurst = (f: BurstFigures) =>
  `${f.label.padEnd(30)} ${f.count} 次  用时 ${f.wallMs.toFixed(0).padStart(5)} ms  ` +
  `${f.perSecond.toFixed(0).padStart(5)} 次/秒  p50 ${f.p50.toFixed(0).padStart(4)} ms  p99 ${f.p99.toFixed(0).padStart(4)} ms`;

const json = async (url: string, init: RequestInit & { token?: string; body?: string } = {}) => {
  // A connection the local server dropped under the burst is counted (status 0), not fatal.
  const response = await fetch(url, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
  }).catch(() => null);
  if (!response) return { status: 0, body: null!, calls: '' };
  // The bench reads a few known fields of these answers; their shapes are tested elsewhere.
  const body = (await response.json().catch(() => null)) as {
    id: string;
    token: string;
    status: string;
  } | null;
  return { status: response.status, body: body!, calls: response.headers.get('x-store-calls') ?? '' };
};

/** The statuses of answers other than 201 and 409 (0: the connection dropped), for the record. */
const otherStatuses = (results: Array<{ status: number }>) => {
  const counts = new Map<number, number>();
  for (const { status } of results)
    if (status !== 201 && status !== 409) counts.set(status, (counts.get(status) ?? 0) + 1);
  return counts.size ? `（${[...counts].map(([status, n]) => `${status} × ${n}`).join('，')}）` : '';
};

async function login(apiUrl: string, name: string): Promise<string> {
  return (
    await json(`${apiUrl}/auth/login`, { method: 'POST', body: JSON.stringify({ code: `dev:${name}` }) })
  ).body.token;
}

async function publishEvent(apiUrl: string, organizerToken: string, capacity: number) {
  const now = Date.now();
  const created = await json(`${apiUrl}/events`, {
    method: 'POST',
    token: organizerToken,
    body: JSON.stringify({
      title: '基准测试：科技活动周开幕式',
      description: '基准测试用活动。',
      category: 'science-week',
      district: '640202',
      address: '石嘴山科技馆',
      startAt: toShanghaiIso(now + 7 * 24 * 3600_000),
      endAt: toShanghaiIso(now + 7 * 24 * 3600_000 + 7200_000),
      signupOpensAt: toShanghaiIso(now - 60_000),
      signupClosesAt: toShanghaiIso(now + 6 * 24 * 3600_000),
      capacity,
      waitlistLimit: 0,
      maxPartySize: 1,
    }),
  });
  await json(`${apiUrl}/events/${created.body.id}/publish`, { method: 'POST', token: organizerToken });
  return created.body.id as string;
}

/** One person signs up for one seat. */
const signUp = (apiUrl: string, eventId: string, token: string) =>
  json(`${apiUrl}/events/${eventId}/registrations`, {
    method: 'POST',
    token,
    body: JSON.stringify({ partySize: 1, contactName: '测试', contactPhone: '13800000000' }),
  });

export async function measureEvents(apiUrl: string, storeEndpoint: string, tableName: string) {
  const lines: string[] = [];
  const organizer = await login(apiUrl, 'organizer');
  const people: string[] = [];
  for (let i = 0; i < 1000; i += 50) {
    people.push(...(await Promise.all(Array.from({ length: 50 }, (_, j) => login(apiUrl, `burst${i + j}`)))));
  }

  // 1. The burst through API Gateway (offline), the function and dynalite.
  const eventId = await publishEvent(apiUrl, organizer, 100);
  const burst = await timed(1000, (i) => signUp(apiUrl, eventId, people[i]!));
  const confirmed = burst.results.filter((r) => r.status === 201 && r.body.status === 'confirmed').length;
  const full = burst.results.filter((r) => r.status === 409).length;
  const api = figures('HTTP 报名（1000 人抢 100 席）', 1000, burst);
  lines.push(formatBurst(api));
  lines.push(
    `  结果：报名成功 ${confirmed} 人，名额已满 ${full} 人，其他 ${1000 - confirmed - full}${otherStatuses(burst.results)}（报名成功不得超过 100）`,
  );

  // 2. The ceiling: the same 1000 conditional decrements straight to dynalite, no HTTP, no app.
  const ddb = localStoreClient(storeEndpoint);
  const key = { pk: { S: 'BENCH#ceiling' }, sk: { S: 'META' } };
  await ddb.putItem({ TableName: tableName, Item: { ...key, seatsLeft: { N: '100' } } });
  const raw = await timed(1000, async () => {
    try {
      await ddb.updateItem({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'SET seatsLeft = seatsLeft - :one',
        ConditionExpression: 'seatsLeft >= :one',
        ExpressionAttributeValues: { ':one': { N: '1' } },
      });
      return true;
    } catch {
      return false;
    }
  });
  const ceiling = figures('dynalite 直接条件更新（上限）', 1000, raw);
  lines.push(formatBurst(ceiling));
  lines.push(`  结果：成功 ${raw.results.filter(Boolean).length} 次`);
  lines.push(
    `  整条链路 / 上限：吞吐 ${(api.perSecond / ceiling.perSecond).toFixed(2)}×，p50 ${(api.p50 / Math.max(ceiling.p50, 1)).toFixed(1)}×`,
  );
  lines.push(
    budget('报名高峰吞吐 ÷ 直接条件更新', api.perSecond / ceiling.perSecond, 0.4, {
      atLeast: true,
      digits: 2,
      unit: '×',
    }),
  );
  lines.push(
    budget('高峰中报名成功、名额已满以外的回答', 1000 - confirmed - full, 0, { digits: 0, unit: ' 次' }),
  );
  ddb.destroy();

  // The floor of the budget above: the same 1000 people again, now that the event is full, so each
  // request is answered from one read (900 refusals, 100 repeat taps). No registration request can
  // cost less through this stack; serverless-offline runs every invocation on one thread.
  const again = await timed(1000, (i) => signUp(apiUrl, eventId, people[i]!));
  const floor = figures('HTTP 报名（活动已满后同样 1000 人）', 1000, again);
  lines.push(formatBurst(floor));
  lines.push(
    `  链路下限 / 上限：吞吐 ${(floor.perSecond / ceiling.perSecond).toFixed(2)}×；高峰 / 下限：${(api.perSecond / floor.perSecond).toFixed(2)}×` +
      `（每次 1 次读取即可回答，仍低于 0.4× 时，预算受本机 serverless-offline 单线程所限）`,
  );

  // 3. DynamoDB calls per request (the x-store-calls header, local stages only).
  const citizen = await login(apiUrl, 'bench-calls');
  const small = await publishEvent(apiUrl, organizer, 10);
  const list = await json(`${apiUrl}/events?limit=20`);
  const detail = await json(`${apiUrl}/events/${small}`);
  const register = await signUp(apiUrl, small, citizen);
  const cancel = await json(`${apiUrl}/events/${small}/registrations/me`, {
    method: 'DELETE',
    token: citizen,
  });
  // A refusal of a plainly full event: the burst's event has no seat and no waitlist left.
  const refused = await signUp(apiUrl, eventId, citizen);
  const all = [
    ['GET /events（列表）', list.calls],
    ['GET /events/{id}（详情，未登录）', detail.calls],
    ['POST 报名（名额充足）', register.calls],
    ['DELETE 取消报名（无人候补）', cancel.calls],
    [`POST 报名（名额已满，${refused.status}）`, refused.calls],
  ];
  for (const [label, calls] of all) {
    const names = calls === 'none' ? [] : calls!.split(',');
    lines.push(
      `${label!.padEnd(28)} ${names.length} 次：${names.map((n) => n.replace('Command', '')).join('、') || '无'}`,
    );
  }
  lines.push(`  Scan：${all.some(([, c]) => c!.includes('Scan')) ? '有（错误）' : '无'}`);
  lines.push(
    budget(
      '名额已满的报名，DynamoDB 调用',
      refused.calls.split(',').filter((c) => c && c !== 'none').length,
      2,
      { digits: 0, unit: ' 次' },
    ),
  );
  return lines;
}
