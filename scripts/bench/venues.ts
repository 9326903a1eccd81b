// Venue figures: a burst of check-ins by distinct people at one venue through the whole stack, the
// same burst as raw conditional puts straight to dynalite (the ceiling), whether the day's
// counters came out exact, and what a check-in costs in DynamoDB calls.
import { localStoreClient } from '../local/dynalite';
import { figures, formatBurst, timed } from './events';

const burstSize = 300;

type Reply = { status: number; body: Record<string, unknown>; calls: string };

async function call(
  url: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<Reply> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: response.status, body, calls: response.headers.get('x-store-calls') ?? '' };
}

const login = async (apiUrl: string, name: string) =>
  (await call(`${apiUrl}/auth/login`, { method: 'POST', body: { code: `dev:${name}` } })).body
    .token as string;

export async function measureVenues(apiUrl: string, storeEndpoint: string, tableName: string) {
  const lines: string[] = [];
  const admin = await login(apiUrl, 'admin');
  const location = { lat: 39.0157, lng: 106.3861 };
  const venue = await call(`${apiUrl}/venues`, {
    method: 'POST',
    token: admin,
    body: {
      name: '基准测试：科普教育基地',
      kind: 'base',
      district: '640202',
      address: '石嘴山市大武口区',
      location,
      openingHours: '全天开放',
      description: '基准测试用场馆。',
      checkinMode: 'geo',
      radiusM: 200,
    },
  });
  const venueId = venue.body.id as string;
  const people: string[] = [];
  for (let i = 0; i < burstSize; i += 50)
    people.push(
      ...(await Promise.all(Array.from({ length: 50 }, (_, j) => login(apiUrl, `visitor${i + j}`)))),
    );

  // 1. The burst through API Gateway (offline), the function and dynalite.
  const burst = await timed(burstSize, (i) =>
    call(`${apiUrl}/venues/${venueId}/checkins`, {
      method: 'POST',
      token: people[i],
      body: { location: { ...location, accuracy: 20 } },
    }),
  );
  const api = figures(`HTTP 打卡（${burstSize} 人同时）`, burstSize, burst);
  lines.push(formatBurst(api));
  const created = burst.results.filter((r) => r.status === 201).length;
  const day = (burst.results[0]?.body.day as string | undefined) ?? '';
  const stats = await call(`${apiUrl}/venues/${venueId}/stats?from=${day}&to=${day}`, { token: admin });
  lines.push(
    `  结果：打卡成功 ${created} 次，当日计数 ${String(stats.body.visits)} 人次、首次到访 ${String(stats.body.firstTimeVisitors)} 人` +
      `（应均为 ${burstSize}）`,
  );

  // 2. The ceiling: the same number of once-a-day conditional puts straight to dynalite.
  const ddb = localStoreClient(storeEndpoint);
  const raw = await timed(burstSize, async (i) => {
    try {
      await ddb.putItem({
        TableName: tableName,
        Item: { pk: { S: 'BENCH#ceiling' }, sk: { S: `VISIT#${day}#${i}` } },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
      return true;
    } catch {
      return false;
    }
  });
  const ceiling = figures('dynalite 直接条件写入（上限）', burstSize, raw);
  lines.push(formatBurst(ceiling));
  lines.push(
    `  整条链路 / 上限：吞吐 ${(api.perSecond / ceiling.perSecond).toFixed(2)}×，p50 ${(api.p50 / Math.max(ceiling.p50, 1)).toFixed(1)}×`,
  );
  ddb.destroy();

  // 3. DynamoDB calls per request (the x-store-calls header, local stages only).
  const repeat = await call(`${apiUrl}/venues/${venueId}/checkins`, {
    method: 'POST',
    token: people[0],
    body: { location: { ...location, accuracy: 20 } },
  });
  const all = [
    ['GET /venues（列表）', (await call(`${apiUrl}/venues`)).calls],
    ['GET /venues/{id}（详情，未登录）', (await call(`${apiUrl}/venues/${venueId}`)).calls],
    ['POST 打卡（当天首次）', burst.results[0]!.calls],
    ['POST 打卡（当天重复）', repeat.calls],
  ];
  for (const [label, calls] of all) {
    const names = calls === 'none' ? [] : calls!.split(',');
    lines.push(
      `${label!.padEnd(28)} ${names.length} 次：${names.map((n) => n.replace('Command', '')).join('、') || '无'}`,
    );
  }
  lines.push(`  Scan：${all.some(([, c]) => c!.includes('Scan')) ? '有（错误）' : '无'}`);
  return lines;
}
