// Contest figures: editing an entry (PATCH with the version read, as teammates do) through the whole
// stack, one edit after another so each carries the version the previous one returned; whether
// every edit landed exactly once; and what an edit costs in DynamoDB calls.
import { toShanghaiIso } from '@szkc/shared';
import { figures, formatBurst } from './events';

const edits = 200;
const warmUp = 20;

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

async function openContest(apiUrl: string, organizer: string): Promise<string> {
  const now = Date.now();
  const created = await call(`${apiUrl}/contests`, {
    method: 'POST',
    token: organizer,
    body: {
      title: '基准测试：创新创业大赛',
      kind: 'startup',
      description: '基准测试用大赛。',
      signupOpensAt: toShanghaiIso(now - 3600_000),
      signupClosesAt: toShanghaiIso(now + 30 * 24 * 3600_000),
      teamMin: 1,
      teamMax: 3,
      tracks: [{ id: 'new-materials', name: '新材料' }],
      groups: [],
      rubric: [{ id: 'overall', label: '综合评价', weight: 100 }],
      rounds: [{ n: 1, name: '初赛' }],
    },
  });
  if (created.status !== 201) throw new Error(`创建大赛失败：${created.status}`);
  const id = created.body.id as string;
  const published = await call(`${apiUrl}/contests/${id}/publish`, { method: 'POST', token: organizer });
  if (published.status !== 200) throw new Error(`发布大赛失败：${published.status}`);
  return id;
}

export async function measureContests(apiUrl: string) {
  const lines: string[] = [];
  const organizer = await login(apiUrl, 'organizer');
  const leader = await login(apiUrl, 'bench-leader');
  const contestId = await openContest(apiUrl, organizer);
  const entry = await call(`${apiUrl}/contests/${contestId}/entries`, {
    method: 'POST',
    token: leader,
    body: { trackId: 'new-materials', projectName: '基准测试项目', summary: '基准测试用项目。' },
  });
  if (entry.status !== 201) throw new Error(`报名失败：${entry.status}`);
  const entryUrl = `${apiUrl}/contests/${contestId}/entries/${entry.body.id as string}`;
  let version = entry.body.version as number;
  const startVersion = version;

  // Each edit waits for the one before: a PATCH carries the version the last answer returned.
  const edit = async (i: number) => {
    const t0 = performance.now();
    const reply = await call(entryUrl, {
      method: 'PATCH',
      token: leader,
      body: { version, summary: `基准测试用项目，第 ${i + 1} 次修改。` },
    });
    const ms = performance.now() - t0;
    if (reply.status === 200) version = reply.body.version as number;
    return { ms, reply };
  };
  for (let i = 0; i < warmUp; i++) await edit(i);
  const latencies: number[] = [];
  let ok = 0;
  let last: Reply | null = null;
  const started = performance.now();
  for (let i = 0; i < edits; i++) {
    const { ms, reply } = await edit(warmUp + i);
    latencies.push(ms);
    if (reply.status === 200) ok++;
    last = reply;
  }
  const wallMs = performance.now() - started;
  lines.push(
    formatBurst(
      figures(`HTTP 修改参赛项目（带 version，逐次）`, edits, {
        wallMs,
        latencies: latencies.sort((a, b) => a - b),
      }),
    ),
  );
  lines.push(
    `  结果：成功 ${ok} 次，version 从 ${startVersion} 到 ${version}（应成功 ${edits} 次，version 增加 ${warmUp + edits}）`,
  );

  // A stale version must be refused, changing nothing.
  const stale = await call(entryUrl, {
    method: 'PATCH',
    token: leader,
    body: { version: startVersion, summary: '旧版本的修改' },
  });
  lines.push(`  用旧 version 修改：${stale.status}（应为 409 VERSION_CONFLICT）`);

  const names = !last || last.calls === 'none' ? [] : last.calls.split(',');
  lines.push(
    `${'PATCH 参赛项目'.padEnd(28)} ${names.length} 次：${names.map((n) => n.replace('Command', '')).join('、') || '无'}`,
  );
  return lines;
}
