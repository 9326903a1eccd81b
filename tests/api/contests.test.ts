// Innovation contests through the HTTP API: creating, publishing, seeing, and the group check.
import { client, uniqueName } from '../support/client';
import { contestInput, publishedContest } from '../support/contests';
import { organizerSession } from '../support/events';
import { startGateway } from '../support/gateway';
import { seedContestIds } from '../../seeds/contests';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const hour = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('organising a contest', () => {
  it('creates a draft only its organiser and admins see, then publishes it to the list', async () => {
    const organizer = await organizerSession(api);
    const created = await api.call('POST', '/contests', { token: organizer.token, body: contestInput() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      entryCount: 0,
      teamMin: 1,
      teamMax: 3,
      rounds: [
        { n: 1, name: '初赛', status: 'open' },
        { n: 2, name: '决赛', status: 'open' },
      ],
      rubricLocked: false,
    });
    expect(created.body.signupClosesAt).toMatch(/\+08:00$/);
    const id = created.body.id;
    const citizen = await api.login(uniqueName('cit'));
    const admin = await api.login('admin');
    expect((await api.call('GET', `/contests/${id}`)).status).toBe(404);
    expect((await api.call('GET', `/contests/${id}`, { token: citizen.token })).status).toBe(404);
    expect((await api.call('GET', `/contests/${id}`, { token: organizer.token })).status).toBe(200);
    expect((await api.call('GET', `/contests/${id}`, { token: admin.token })).status).toBe(200);
    expect((await api.call('POST', `/contests/${id}/eligibility`, { body: { profile: {} } })).status).toBe(
      404,
    );
    const before = await api.call('GET', '/contests?limit=100');
    expect(before.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    const mine = await api.call('GET', '/me/contests', { token: organizer.token });
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([id]);

    const published = await api.call('POST', `/contests/${id}/publish`, { token: organizer.token });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('open');
    const list = await api.call('GET', '/contests?limit=100');
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(id);
    // No Scan on a request path: the public list is one Query of the published index.
    expect(list.headers.get('x-store-calls')).toBe('QueryCommand');
    const detail = await api.call('GET', `/contests/${id}`, { token: citizen.token });
    expect(detail.status).toBe(200);
    expect(detail.body.myEntry).toBeNull();
    expect((await api.call('GET', `/contests/${id}`)).body.myEntry).toBeUndefined();
  });

  it('derives the status from the signup window', async () => {
    const now = Date.now();
    const upcoming = await publishedContest(api, {
      signupOpensAt: iso(now + 24 * hour),
      signupClosesAt: iso(now + 48 * hour),
    });
    expect(upcoming.contest.status).toBe('upcoming');
    const closed = await publishedContest(api, {
      signupOpensAt: iso(now - 48 * hour),
      signupClosesAt: iso(now - 24 * hour),
    });
    expect(closed.contest.status).toBe('closed');
  });

  it('changes a contest and refuses inconsistent input with field issues', async () => {
    const { contest, organizer } = await publishedContest(api);
    const patched = await api.call('PATCH', `/contests/${contest.id}`, {
      token: organizer.token,
      body: { title: '改名后的大赛', teamMax: 5 },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: '改名后的大赛', teamMax: 5 });

    const bad = [
      [{ rubric: [{ id: 'a', label: '甲', weight: 50 }] }, 'rubric'],
      [{ teamMin: 4, teamMax: 2 }, 'teamMax'],
      [{ signupClosesAt: iso(Date.now() - 10 * 24 * hour) }, 'signupClosesAt'],
      [{ tracks: [{ id: 'Bad Id', name: '甲' }] }, 'tracks.0.id'],
    ] as const;
    for (const [body, path] of bad) {
      const reply = await api.call('PATCH', `/contests/${contest.id}`, { token: organizer.token, body });
      expect(reply.status).toBe(422);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
      expect(reply.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    const created = await api.call('POST', '/contests', {
      token: organizer.token,
      body: contestInput({
        tracks: [
          { id: 'a', name: '甲' },
          { id: 'a', name: '乙' },
        ],
      }),
    });
    expect(created.status).toBe(422);
    const unknown = await api.call('POST', '/contests', {
      token: organizer.token,
      body: { ...contestInput(), extra: 1 },
    });
    expect(unknown.status).toBe(422);
    expect((await api.call('GET', '/contests/not-an-id')).status).toBe(404);
  });
});

describe('the seeded contests', () => {
  it('has 石嘴山市创新创业大赛 in the 六新 tracks with 初创组 and 成长组, and a 发明创新大赛, both open', async () => {
    const startup = await api.call('GET', `/contests/${seedContestIds.startup}`);
    expect(startup.status).toBe(200);
    expect(startup.body).toMatchObject({ kind: 'startup', status: 'open' });
    expect(startup.body.title).toContain('石嘴山市创新创业大赛');
    expect(startup.body.tracks.map((t: { name: string }) => t.name)).toEqual([
      '新材料',
      '新能源',
      '新装备',
      '新数字',
      '新医药',
      '新食品',
    ]);
    expect(startup.body.groups.map((g: { name: string }) => g.name)).toEqual(['初创组', '成长组']);
    for (const group of startup.body.groups) {
      expect(group.source).toContain('中国创新创业大赛');
      expect(group.verified).toBe(false);
    }
    const invention = await api.call('GET', `/contests/${seedContestIds.invention}`);
    expect(invention.body).toMatchObject({ kind: 'invention', status: 'open' });
  });
});

describe('the group check', () => {
  it('evaluates the groups with the policy engine: pass, fail, unknown and the missing fields', async () => {
    const { contest } = await publishedContest(api);
    const young = await api.call('POST', `/contests/${contest.id}/eligibility`, {
      body: { profile: { establishedOn: '2025-06-01', revenueLastYear: 3_000_000 }, asOf: '2026-06-30' },
    });
    expect(young.status).toBe(200);
    expect(young.body.asOf).toBe('2026-06-30');
    const [startup, growth] = young.body.groups;
    expect(startup).toMatchObject({
      groupId: 'startup',
      name: '初创组',
      verdict: 'eligible',
      missingFields: [],
    });
    expect(startup.criteria.map((c: { outcome: string }) => c.outcome)).toEqual(['pass', 'pass']);
    expect(growth.verdict).toBe('ineligible');
    expect(growth.criteria[0]).toMatchObject({ id: 'registered-on-or-before', outcome: 'fail' });
    expect(growth.criteria[0].detail).toContain('2025-06-01');

    const empty = await api.call('POST', `/contests/${contest.id}/eligibility`, { body: { profile: {} } });
    expect(empty.body.groups[0]).toMatchObject({
      verdict: 'incomplete',
      missingFields: ['establishedOn', 'revenueLastYear'],
    });
    expect(empty.body.groups[0].criteria.every((c: { outcome: string }) => c.outcome === 'unknown')).toBe(
      true,
    );

    const big = await api.call('POST', `/contests/${contest.id}/eligibility`, {
      body: { profile: { establishedOn: '2025-06-01', revenueLastYear: 300_000_000 } },
    });
    expect(big.body.groups[0].verdict).toBe('ineligible');
    expect(big.body.groups[0].criteria[1].detail).toContain('超过');

    const bad = await api.call('POST', `/contests/${contest.id}/eligibility`, {
      body: { profile: { employees: -1 } },
    });
    expect(bad.status).toBe(422);
  });
});
