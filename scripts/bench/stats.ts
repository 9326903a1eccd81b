// The bureau's overview: GET /stats/overview latency under load and what one request costs in
// DynamoDB calls, against the budgets below, after the other sections have filled the store
// (events, registrations, check-ins, entries).
import { formatHttp, measureRoute } from './http';

/** Budgets: one request alone (an official opening the page), and under 10 at once; a handful of calls. */
const budgetP50Ms = 60;
const budgetLoadedP50Ms = 500;
/** The caller and the pipeline (GetItem), six Queries, plus one Query per published contest. */
const fixedCalls = 8;

export async function measureStats(apiUrl: string) {
  const lines: string[] = [];
  const login = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'dev:admin' }),
  });
  const { token } = (await login.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}` };
  const url = `${apiUrl}/stats/overview`;

  const one = await fetch(url, { headers });
  const body = (await one.json()) as { series: { entriesByTrack: Array<{ contestId: string }> } };
  const contests = new Set(body.series.entriesByTrack.map((t) => t.contestId)).size;
  const names = (one.headers.get('x-store-calls') ?? '').split(',').filter((c) => c && c !== 'none');
  const budgetCalls = fixedCalls + contests;
  lines.push(
    `GET /stats/overview 一次 ${names.length} 次 DynamoDB 调用（预算 ${budgetCalls} = ${fixedCalls} + 已发布大赛 ${contests} 场）：` +
      `${names.map((n) => n.replace('Command', '')).join('、')}${names.length <= budgetCalls ? '' : '  超出预算'}`,
  );
  lines.push(`  Scan：${names.some((n) => n.includes('Scan')) ? '有（错误）' : '无'}`);

  await measureRoute({ label: 'warm-up', url, headers, amount: 50, connections: 5 });
  const alone = await measureRoute({
    label: 'GET /stats/overview（逐个）',
    url,
    headers,
    amount: 200,
    connections: 1,
  });
  lines.push(formatHttp(alone));
  lines.push(`  p50 预算 ${budgetP50Ms} ms：${alone.p50 <= budgetP50Ms ? '达标' : '超出'}`);
  const load = await measureRoute({
    label: 'GET /stats/overview（并发 10）',
    url,
    headers,
    amount: 500,
    connections: 10,
  });
  lines.push(formatHttp(load));
  lines.push(`  p50 预算 ${budgetLoadedP50Ms} ms：${load.p50 <= budgetLoadedP50Ms ? '达标' : '超出'}`);
  return lines;
}
