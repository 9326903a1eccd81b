// Helpers for contest tests: a contest input with given numbers, an organiser's published contest,
// an entry of a fresh leader.
import { toShanghaiIso } from '@szkc/shared';
import type { client } from './client';
import { organizerSession } from './events';

type Api = ReturnType<typeof client>;
const hour = 3600_000;

export function contestInput(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    title: '测试创新创业大赛',
    kind: 'startup',
    description: '测试用大赛。',
    signupOpensAt: toShanghaiIso(now - hour),
    signupClosesAt: toShanghaiIso(now + 30 * 24 * hour),
    teamMin: 1,
    teamMax: 3,
    tracks: [
      { id: 'new-materials', name: '新材料' },
      { id: 'new-energy', name: '新能源' },
    ],
    groups: [
      {
        id: 'startup',
        name: '初创组',
        rules: { registeredOnOrAfter: '2025-01-01', revenueMaxYuan: 200_000_000 },
      },
      {
        id: 'growth',
        name: '成长组',
        rules: { registeredOnOrBefore: '2024-12-31', revenueMaxYuan: 200_000_000 },
      },
    ],
    rubric: [
      { id: 'innovation', label: '技术创新性', weight: 40 },
      { id: 'market', label: '市场前景', weight: 35 },
      { id: 'team', label: '团队能力', weight: 25 },
    ],
    rounds: [
      { n: 1, name: '初赛' },
      { n: 2, name: '决赛' },
    ],
    ...overrides,
  };
}

/** A fresh organiser's published contest. */
export async function publishedContest(api: Api, overrides: Record<string, unknown> = {}) {
  const organizer = await organizerSession(api);
  const created = await api.call('POST', '/contests', {
    token: organizer.token,
    body: contestInput(overrides),
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await api.call('POST', `/contests/${created.body.id}/publish`, {
    token: organizer.token,
  });
  if (published.status !== 200) throw new Error(`publish: ${published.status}`);
  return { contest: published.body, organizer };
}

export const entryInput = (overrides: Record<string, unknown> = {}) => ({
  trackId: 'new-materials',
  projectName: '高纯硅基新材料',
  summary: '用本地工业硅制备高纯硅基材料。',
  ...overrides,
});

/** A fresh leader's entry in the contest. */
export async function leaderEntry(
  api: Api,
  contestId: string,
  overrides: Record<string, unknown> = {},
  name = 'lead',
) {
  const { uniqueName } = await import('./client');
  const leader = await api.login(uniqueName(name));
  const created = await api.call('POST', `/contests/${contestId}/entries`, {
    token: leader.token,
    body: entryInput(overrides),
  });
  if (created.status !== 201) throw new Error(`entry: ${created.status} ${JSON.stringify(created.body)}`);
  return { leader, entry: created.body };
}
