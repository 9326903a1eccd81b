// Contest entries through the HTTP API: one entry per person, join codes, team size under
// concurrency, optimistic concurrency on edits, leaving, submitting and withdrawing.
import { joinCodeAlphabet } from '@szkc/shared';
import { client, uniqueName } from '../support/client';
import { entryInput, leaderEntry, publishedContest } from '../support/contests';
import { citizens } from '../support/events';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const hour = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('entering a contest', () => {
  it('makes the caller leader with a join code, once per contest', async () => {
    const { contest } = await publishedContest(api);
    const { leader, entry } = await leaderEntry(api, contest.id, { organizationName: '石嘴山某材料公司' });
    expect(entry).toMatchObject({
      contestId: contest.id,
      trackId: 'new-materials',
      groupId: null,
      status: 'draft',
      organizationName: '石嘴山某材料公司',
      members: [{ userId: leader.user.id, nickname: leader.user.nickname, isLeader: true }],
      plan: null,
      version: 1,
      submittedAt: null,
    });
    expect(entry.joinCode).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect([...entry.joinCode].every((ch: string) => joinCodeAlphabet.includes(ch))).toBe(true);
    const days = (Date.parse(entry.joinCodeExpiresAt) - Date.now()) / (24 * hour);
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const again = await api.call('POST', `/contests/${contest.id}/entries`, {
      token: leader.token,
      body: entryInput(),
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'ALREADY_ENTERED', details: { entryId: entry.id } });

    const mine = await api.call('GET', '/me/entries', { token: leader.token });
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ id: entry.id, contest: { id: contest.id, entryCount: 1 } });
    const detail = await api.call('GET', `/contests/${contest.id}`, { token: leader.token });
    expect(detail.body.myEntry.id).toBe(entry.id);
    expect(detail.body.entryCount).toBe(1);
  });

  it('one person tapping twice at once gets one entry', async () => {
    const { contest } = await publishedContest(api);
    const me = await api.login(uniqueName('twice'));
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.call('POST', `/contests/${contest.id}/entries`, { token: me.token, body: entryInput() }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const id = replies.find((r) => r.status === 201)!.body.id;
    for (const r of replies.filter((r) => r.status === 409)) expect(r.body.error.details.entryId).toBe(id);
    expect((await api.call('GET', '/me/entries', { token: me.token })).body.items).toHaveLength(1);
  });

  it('checks the track, the group and the signup window', async () => {
    const { contest } = await publishedContest(api);
    const me = await api.login(uniqueName('grp'));
    const call = (body: Record<string, unknown>) =>
      api.call('POST', `/contests/${contest.id}/entries`, { token: me.token, body: entryInput(body) });
    const track = await call({ trackId: 'no-such-track' });
    expect(track.status).toBe(422);
    expect(track.body.error.details.issues[0].path).toBe('trackId');
    expect((await call({ groupId: 'no-such-group' })).status).toBe(422);
    const young = { establishedOn: '2025-06-01', revenueLastYear: 1_000_000 };
    const refused = await call({ groupId: 'growth', profile: young });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('NOT_ELIGIBLE');
    expect(refused.body.error.details.criteria.some((c: { outcome: string }) => c.outcome === 'fail')).toBe(
      true,
    );
    const chosen = await call({ profile: young });
    expect(chosen.status).toBe(201);
    expect(chosen.body.groupId).toBe('startup');
    expect(chosen.body.profile).toEqual(young);

    const upcoming = await publishedContest(api, {
      signupOpensAt: iso(Date.now() + 24 * hour),
      signupClosesAt: iso(Date.now() + 48 * hour),
    });
    const early = await api.call('POST', `/contests/${upcoming.contest.id}/entries`, {
      token: me.token,
      body: entryInput(),
    });
    expect(early.body.error.code).toBe('SIGNUP_NOT_OPEN');
    const closed = await publishedContest(api, {
      signupOpensAt: iso(Date.now() - 48 * hour),
      signupClosesAt: iso(Date.now() - 24 * hour),
    });
    const late = await api.call('POST', `/contests/${closed.contest.id}/entries`, {
      token: me.token,
      body: entryInput(),
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('SIGNUP_CLOSED');
  });
});

describe('the team', () => {
  it('joins by code, refuses wrong codes and second entries, renews the code, leaves and removes', async () => {
    const { contest } = await publishedContest(api);
    const { leader, entry } = await leaderEntry(api, contest.id);
    const [colleague, other] = await citizens(api, 2, 'team');
    const join = (token: string, joinCode: string) =>
      api.call('POST', `/contests/${contest.id}/join`, { token, body: { joinCode } });

    const wrong = await join(colleague!.token, 'ABCDEF');
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('INVALID_JOIN_CODE');
    expect((await join(colleague!.token, 'O0I1')).body.error.code).toBe('INVALID_JOIN_CODE');

    const joined = await join(colleague!.token, entry.joinCode.toLowerCase());
    expect(joined.status).toBe(200);
    expect(joined.body.members.map((m: { userId: string }) => m.userId)).toEqual([
      leader.user.id,
      colleague!.user.id,
    ]);
    expect(joined.body.version).toBe(2);
    const twice = await join(colleague!.token, entry.joinCode);
    expect(twice.body.error).toMatchObject({ code: 'ALREADY_ENTERED', details: { entryId: entry.id } });
    const ownEntry = await api.call('POST', `/contests/${contest.id}/entries`, {
      token: colleague!.token,
      body: entryInput(),
    });
    expect(ownEntry.body.error.code).toBe('ALREADY_ENTERED');
    // A member sees the entry; an outsider does not.
    expect((await api.call('GET', `/contests/${contest.id}/entries/${entry.id}`, colleague!)).status).toBe(
      200,
    );
    expect((await api.call('GET', `/contests/${contest.id}/entries/${entry.id}`, other!)).status).toBe(403);

    // Only the leader renews; the old code stops working at once.
    expect(
      (await api.call('POST', `/contests/${contest.id}/entries/${entry.id}/join-code`, colleague!)).status,
    ).toBe(403);
    const renewed = await api.call('POST', `/contests/${contest.id}/entries/${entry.id}/join-code`, leader);
    expect(renewed.status).toBe(200);
    expect(renewed.body.joinCode).not.toBe(entry.joinCode);
    expect((await join(other!.token, entry.joinCode)).body.error.code).toBe('INVALID_JOIN_CODE');
    expect((await join(other!.token, renewed.body.joinCode)).status).toBe(200);

    // The leader cannot leave; a member can; the leader removes another.
    const memberPath = (userId: string) => `/contests/${contest.id}/entries/${entry.id}/members/${userId}`;
    expect((await api.call('DELETE', memberPath(leader.user.id), leader)).body.error.code).toBe('CONFLICT');
    expect((await api.call('DELETE', memberPath(other!.user.id), colleague!)).status).toBe(403);
    const left = await api.call('DELETE', memberPath(colleague!.user.id), colleague!);
    expect(left.status).toBe(200);
    expect(left.body.members).toHaveLength(2);
    const removed = await api.call('DELETE', memberPath(other!.user.id), leader);
    expect(removed.body.members.map((m: { userId: string }) => m.userId)).toEqual([leader.user.id]);
    // Both have their place in the contest back.
    expect((await api.call('GET', '/me/entries', colleague!)).body.items).toEqual([]);
    const fresh = await api.call('POST', `/contests/${contest.id}/entries`, {
      token: other!.token,
      body: entryInput(),
    });
    expect(fresh.status).toBe(201);
  });

  it('never lets racing joins exceed teamMax', async () => {
    const { contest } = await publishedContest(api, { teamMax: 3 });
    const { leader, entry } = await leaderEntry(api, contest.id);
    const people = await citizens(api, 12, 'race');
    const replies = await Promise.all(
      people.map((p) =>
        api.call('POST', `/contests/${contest.id}/join`, {
          token: p.token,
          body: { joinCode: entry.joinCode },
        }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    expect(statuses.filter((s) => s === 409)).toHaveLength(10);
    for (const r of replies.filter((r) => r.status === 409)) expect(r.body.error.code).toBe('TEAM_FULL');
    const now = await api.call('GET', `/contests/${contest.id}/entries/${entry.id}`, leader);
    expect(now.body.members).toHaveLength(3);
    // The ones turned away hold no place: they can enter on their own.
    const loser = people[statuses.indexOf(409)]!;
    expect(
      (await api.call('POST', `/contests/${contest.id}/entries`, { token: loser.token, body: entryInput() }))
        .status,
    ).toBe(201);
  });
});

describe('editing', () => {
  it('refuses a stale version with the entry as it now is', async () => {
    const { contest } = await publishedContest(api);
    const { leader, entry } = await leaderEntry(api, contest.id);
    const [mate] = await citizens(api, 1, 'mate');
    await api.call('POST', `/contests/${contest.id}/join`, {
      token: mate!.token,
      body: { joinCode: entry.joinCode },
    });
    const path = `/contests/${contest.id}/entries/${entry.id}`;
    const current = (await api.call('GET', path, leader)).body;
    const first = await api.call('PATCH', path, {
      token: leader.token,
      body: { version: current.version, summary: '队长写的新简介' },
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(current.version + 1);
    // The rate limit's place, the caller's account, the contest, the entry (in parallel), and
    // one conditional write.
    expect(first.headers.get('x-store-calls')!.split(',').sort()).toEqual([
      'GetItemCommand',
      'GetItemCommand',
      'GetItemCommand',
      'UpdateItemCommand',
      'UpdateItemCommand',
    ]);
    const stale = await api.call('PATCH', path, {
      token: mate!.token,
      body: { version: current.version, summary: '队员写的简介' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect(stale.body.error.message).toContain('已被队友修改');
    expect(stale.body.error.details.current).toMatchObject({
      summary: '队长写的新简介',
      version: current.version + 1,
    });
    expect((await api.call('PATCH', path, { token: mate!.token, body: { version: 0 } })).status).toBe(422);
  });

  it('lets exactly one of two racing edits of one version through', async () => {
    const { contest } = await publishedContest(api);
    const { leader, entry } = await leaderEntry(api, contest.id);
    const path = `/contests/${contest.id}/entries/${entry.id}`;
    const replies = await Promise.all(
      ['甲方案', '乙方案', '丙方案', '丁方案'].map((projectName) =>
        api.call('PATCH', path, { token: leader.token, body: { version: entry.version, projectName } }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = replies.find((r) => r.status === 200)!.body;
    const now = (await api.call('GET', path, leader)).body;
    expect(now).toMatchObject({ projectName: winner.projectName, version: entry.version + 1 });
  });
});

describe('submitting and withdrawing', () => {
  it('lists what is missing, and lets the leader alone withdraw', async () => {
    const { contest } = await publishedContest(api, { teamMin: 2 });
    const { leader, entry } = await leaderEntry(api, contest.id);
    const [mate] = await citizens(api, 1, 'sub');
    await api.call('POST', `/contests/${contest.id}/join`, {
      token: mate!.token,
      body: { joinCode: entry.joinCode },
    });
    const base = `/contests/${contest.id}/entries/${entry.id}`;
    expect((await api.call('POST', `${base}/submit`, mate!)).status).toBe(403);
    await api.call('DELETE', `${base}/members/${mate!.user.id}`, mate!);
    const incomplete = await api.call('POST', `${base}/submit`, leader);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.code).toBe('ENTRY_INCOMPLETE');
    expect(incomplete.body.error.details.missing).toEqual([
      '尚未上传商业计划书',
      '团队至少需要 2 人，目前 1 人',
      '尚未选择参赛组别',
    ]);
    const withdrawn = await api.call('POST', `${base}/withdraw`, leader);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await api.call('GET', `/contests/${contest.id}`)).body.entryCount).toBe(0);
    const edit = await api.call('PATCH', base, {
      token: leader.token,
      body: { version: withdrawn.body.version, summary: 'x' },
    });
    expect(edit.status).toBe(409);
  });
});
