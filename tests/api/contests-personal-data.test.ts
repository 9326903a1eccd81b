// GET /me/export and DELETE /me for contests: places in teams, a leader handing over, a team of
// one withdrawn, and a reviewer's scores kept anonymously so the ranking stays right.
import { client, uniqueName } from '../support/client';
import { leaderEntry, publishedContest } from '../support/contests';
import { citizens } from '../support/events';
import { startGateway } from '../support/gateway';
import { pdfBytes, uploadPlan } from '../support/plans';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

it('exports the team places, and a deleted leader hands the team to the longest-standing member', async () => {
  const { contest } = await publishedContest(api, { teamMax: 4 });
  const { leader, entry } = await leaderEntry(api, contest.id, { projectName: '交接测试项目' });
  const [first, second] = await citizens(api, 2, 'pd');
  for (const who of [first!, second!])
    await api.call('POST', `/contests/${contest.id}/join`, {
      token: who.token,
      body: { joinCode: entry.joinCode },
    });

  const exported = await api.call('GET', '/me/export', leader);
  expect(exported.body.contestEntries).toEqual([
    expect.objectContaining({
      contestId: contest.id,
      entryId: entry.id,
      projectName: '交接测试项目',
      isLeader: true,
    }),
  ]);
  expect((await api.call('GET', '/me/export', first!)).body.contestEntries[0].isLeader).toBe(false);

  expect((await api.call('DELETE', '/me', leader)).status).toBe(204);
  const now = await api.call('GET', `/contests/${contest.id}/entries/${entry.id}`, first!);
  expect(now.body.members).toEqual([
    { userId: first!.user.id, nickname: first!.user.nickname, isLeader: true },
    { userId: second!.user.id, nickname: second!.user.nickname, isLeader: false },
  ]);
  expect(JSON.stringify(now.body)).not.toContain(leader.user.id);
  // The new leader leads: renews the code; the team has room for the count it shows.
  expect(
    (await api.call('POST', `/contests/${contest.id}/entries/${entry.id}/join-code`, first!)).status,
  ).toBe(200);
  expect((await api.call('GET', `/contests/${contest.id}`)).body.entryCount).toBe(1);
});

it('withdraws a team of one whose leader deletes the account, and frees a member’s place', async () => {
  const { contest } = await publishedContest(api, { teamMax: 2 });
  const solo = await leaderEntry(api, contest.id);
  const team = await leaderEntry(api, contest.id);
  const [member, later] = await citizens(api, 2, 'pd2');
  await api.call('POST', `/contests/${contest.id}/join`, {
    token: member!.token,
    body: { joinCode: team.entry.joinCode },
  });
  expect((await api.call('GET', `/contests/${contest.id}`)).body.entryCount).toBe(2);

  await api.call('DELETE', '/me', solo.leader);
  const admin = await api.login('admin');
  const gone = await api.call('GET', `/contests/${contest.id}/entries/${solo.entry.id}`, admin);
  expect(gone.body).toMatchObject({ status: 'withdrawn', members: [] });
  expect((await api.call('GET', `/contests/${contest.id}`)).body.entryCount).toBe(1);

  await api.call('DELETE', '/me', member!);
  const smaller = await api.call('GET', `/contests/${contest.id}/entries/${team.entry.id}`, team.leader);
  expect(smaller.body.members.map((m: { userId: string }) => m.userId)).toEqual([team.leader.user.id]);
  // The freed place is a real one: the team of two takes one more.
  const joined = await api.call('POST', `/contests/${contest.id}/join`, {
    token: later!.token,
    body: { joinCode: team.entry.joinCode },
  });
  expect(joined.status).toBe(200);
});

it('keeps a deleted reviewer’s scores in the ranking, under no name', async () => {
  const { contest, organizer } = await publishedContest(api);
  const { leader, entry } = await leaderEntry(api, contest.id, {
    profile: { establishedOn: '2025-06-01', revenueLastYear: 1 },
  });
  const base = `/contests/${contest.id}/entries/${entry.id}`;
  await uploadPlan(api, leader.token, base, pdfBytes());
  expect((await api.call('POST', `${base}/submit`, leader)).status).toBe(200);
  const admin = await api.login('admin');
  const reviewer = await api.login(uniqueName('rev'));
  await api.call('PUT', `/users/${reviewer.user.id}/roles`, {
    token: admin.token,
    body: { roles: ['reviewer'] },
  });
  await api.call('PUT', `/contests/${contest.id}/reviewers`, {
    token: organizer.token,
    body: { reviewers: [{ userId: reviewer.user.id, trackIds: ['new-materials'] }] },
  });
  await api.call('PUT', `${base}/scores/me`, {
    token: reviewer.token,
    body: { round: 1, scores: { innovation: 4, market: 4, team: 4 }, comment: '不错' },
  });
  const exported = await api.call('GET', '/me/export', reviewer);
  expect(exported.body.contestReviews.scores).toEqual([
    expect.objectContaining({ entryId: entry.id, total: 80 }),
  ]);
  expect((await api.call('DELETE', '/me', reviewer)).status).toBe(204);
  const ranking = await api.call('GET', `/contests/${contest.id}/ranking?round=1`, organizer);
  expect(ranking.body.items[0]).toMatchObject({ entryId: entry.id, reviews: 1, score: 80 });
  const reviewers = await api.call('GET', `/contests/${contest.id}/reviewers`, organizer);
  expect(reviewers.body.items).toEqual([]);
});
