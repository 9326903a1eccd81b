// Review over HTTP: reviewers per track with conflicts of interest, weighted scores, the rubric
// lock, the trimmed ranking and its workbook, closing a round and advancing the best.
import ExcelJS from 'exceljs';
import { client, uniqueName } from '../support/client';
import { leaderEntry, publishedContest } from '../support/contests';
import { startGateway } from '../support/gateway';
import { pdfBytes, uploadPlan } from '../support/plans';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
let adminToken: string;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
  adminToken = (await api.login('admin')).token;
});
afterAll(() => gateway.close());

const young = { establishedOn: '2025-06-01', revenueLastYear: 1_000_000 };

async function reviewer() {
  const session = await api.login(uniqueName('rev'));
  await api.call('PUT', `/users/${session.user.id}/roles`, {
    token: adminToken,
    body: { roles: ['reviewer'] },
  });
  return session;
}

async function submittedEntry(contestId: string, overrides: Record<string, unknown>) {
  const { leader, entry } = await leaderEntry(api, contestId, { profile: young, ...overrides });
  const base = `/contests/${contestId}/entries/${entry.id}`;
  expect((await uploadPlan(api, leader.token, base, pdfBytes())).confirm.status).toBe(200);
  const submitted = await api.call('POST', `${base}/submit`, leader);
  expect(submitted.status).toBe(200);
  return { leader, entry: submitted.body, base };
}

const all = (score: number) => ({ innovation: score, market: score, team: score });

it('runs a round from assignment to advancement, fairly', async () => {
  const { contest, organizer } = await publishedContest(api);
  const a = await submittedEntry(contest.id, { projectName: '甲项目', organizationName: '甲公司' });
  const b = await submittedEntry(contest.id, { projectName: '乙项目' });
  const c = await submittedEntry(contest.id, { projectName: '丙项目', trackId: 'new-energy' });
  const materials = await Promise.all(Array.from({ length: 5 }, reviewer));
  const sameOrg = await reviewer();
  const energy = await reviewer();
  const citizen = await api.login(uniqueName('cit'));

  const put = (reviewers: unknown[]) =>
    api.call('PUT', `/contests/${contest.id}/reviewers`, { token: organizer.token, body: { reviewers } });
  const notReviewer = await put([{ userId: citizen.user.id, trackIds: ['new-materials'] }]);
  expect(notReviewer.status).toBe(422);
  expect(notReviewer.body.error.details.issues[0].path).toBe('reviewers.0.userId');
  expect((await put([{ userId: energy.user.id, trackIds: ['no-track'] }])).status).toBe(422);
  const assigned = await put([
    ...materials.map((r) => ({ userId: r.user.id, trackIds: ['new-materials'] })),
    { userId: sameOrg.user.id, trackIds: ['new-materials'], organizationName: '甲公司' },
    { userId: energy.user.id, trackIds: ['new-energy'] },
  ]);
  expect(assigned.status).toBe(200);
  expect(assigned.body.items).toHaveLength(7);
  expect((await api.call('GET', `/contests/${contest.id}`)).body.status).toBe('open');

  // The reviewer of the same organisation never sees 甲; nobody sees member names.
  const mine = await api.call('GET', '/me/reviews', sameOrg);
  expect(mine.status).toBe(200);
  expect(mine.body.items.map((i: { entryId: string }) => i.entryId)).toEqual([b.entry.id]);
  const text = JSON.stringify((await api.call('GET', '/me/reviews', materials[0]!)).body);
  expect(text).toContain(a.entry.id);
  expect(text).not.toContain(a.leader.user.nickname);
  expect(text).not.toContain('members');
  expect((await api.call('GET', '/me/reviews', citizen)).status).toBe(403);

  const score = (who: { token: string }, entryId: string, body: Record<string, unknown>) =>
    api.call('PUT', `/contests/${contest.id}/entries/${entryId}/scores/me`, { token: who.token, body });
  expect((await score(sameOrg, a.entry.id, { round: 1, scores: all(5) })).body.error.code).toBe(
    'CONFLICT_OF_INTEREST',
  );
  const otherTrack = await score(energy, a.entry.id, { round: 1, scores: all(5) });
  expect(otherTrack.status).toBe(403);
  expect(otherTrack.body.error.code).toBe('FORBIDDEN');
  expect((await api.call('GET', `${a.base}/plan`, energy)).status).toBe(403);
  expect((await api.call('GET', `${a.base}/plan`, sameOrg)).body.error.code).toBe('CONFLICT_OF_INTEREST');
  expect((await api.call('GET', `${a.base}/plan`, materials[0]!)).status).toBe(200);
  const partial = await score(materials[0]!, a.entry.id, { round: 1, scores: { innovation: 5 } });
  expect(partial.status).toBe(422);
  expect(partial.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
    'scores.market',
    'scores.team',
  ]);
  expect((await score(materials[0]!, a.entry.id, { round: 1, scores: all(6) })).status).toBe(422);

  // 甲: five reviews, totals 20, 60, 63, 80, 100 -> trimmed mean of 60, 63, 80 = 67.67
  const aScores = [all(1), all(3), { innovation: 4, market: 3, team: 2 }, all(4), all(5)];
  for (const [i, scores] of aScores.entries()) {
    const reply = await score(materials[i]!, a.entry.id, { round: 1, scores, comment: '评语' });
    expect(reply.status).toBe(200);
  }
  const first = await score(materials[2]!, a.entry.id, { round: 1, scores: aScores[2]! });
  expect(first.body).toMatchObject({ entryId: a.entry.id, round: 1, total: 63, comment: null });
  // 乙: four reviews, totals 20, 40, 100, 100 -> plain mean 65
  for (const [i, s] of [1, 2, 5, 5].entries())
    await score(materials[i]!, b.entry.id, { round: 1, scores: all(s) });
  await score(energy, c.entry.id, { round: 1, scores: all(4) });

  const locked = await api.call('PATCH', `/contests/${contest.id}`, {
    token: organizer.token,
    body: { rubric: [{ id: 'innovation', label: '创新', weight: 100 }] },
  });
  expect(locked.status).toBe(409);
  expect(locked.body.error.code).toBe('RUBRIC_LOCKED');
  expect((await api.call('GET', `/contests/${contest.id}`)).body.rubricLocked).toBe(true);

  const progress = await api.call('GET', `/contests/${contest.id}/reviewers`, organizer);
  expect(
    progress.body.items.find((r: { userId: string }) => r.userId === materials[0]!.user.id).scoresGiven,
  ).toBe(2);

  const ranking = await api.call('GET', `/contests/${contest.id}/ranking?round=1`, organizer);
  expect(ranking.status).toBe(200);
  expect(ranking.body.items).toEqual([
    {
      entryId: a.entry.id,
      projectName: '甲项目',
      trackId: 'new-materials',
      groupId: 'startup',
      reviews: 5,
      score: 67.67,
      rank: 1,
    },
    {
      entryId: b.entry.id,
      projectName: '乙项目',
      trackId: 'new-materials',
      groupId: 'startup',
      reviews: 4,
      score: 65,
      rank: 2,
    },
    {
      entryId: c.entry.id,
      projectName: '丙项目',
      trackId: 'new-energy',
      groupId: 'startup',
      reviews: 1,
      score: 80,
      rank: 1,
    },
  ]);
  const xlsx = await fetch(`${gateway.url}/contests/${contest.id}/ranking.xlsx?round=1`, {
    headers: { authorization: `Bearer ${organizer.token}` },
  });
  expect(xlsx.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await xlsx.arrayBuffer());
  const sheet = workbook.getWorksheet('评审排名')!;
  expect(sheet.getRow(5).values).toEqual([undefined, '新材料', 1, '甲项目', '初创组', 5, 67.67]);

  // Advancing needs the round closed; a closed round takes no more scores.
  const early = await api.call('POST', `/contests/${contest.id}/rounds/1/advance`, {
    token: organizer.token,
    body: { entryIds: [a.entry.id] },
  });
  expect(early.status).toBe(409);
  expect(
    (await api.call('POST', `/contests/${contest.id}/rounds/1/close`, organizer)).body.rounds[0].status,
  ).toBe('closed');
  expect((await score(materials[0]!, b.entry.id, { round: 1, scores: all(3) })).body.error.code).toBe(
    'ROUND_CLOSED',
  );
  const advanced = await api.call('POST', `/contests/${contest.id}/rounds/1/advance`, {
    token: organizer.token,
    body: { entryIds: [a.entry.id, c.entry.id] },
  });
  expect(advanced.status).toBe(200);
  const statusOf = (id: string) => advanced.body.items.find((e: { id: string }) => e.id === id);
  expect(statusOf(a.entry.id)).toMatchObject({ status: 'advanced', round: 2 });
  expect(statusOf(b.entry.id)).toMatchObject({ status: 'not_advanced', round: 1 });
  const round2 = await api.call('GET', '/me/reviews', materials[1]!);
  expect(round2.body.items.map((i: { entryId: string; round: number }) => [i.entryId, i.round])).toEqual([
    [a.entry.id, 2],
  ]);
  expect(
    (await api.call('GET', `/contests/${contest.id}/ranking?round=2`, organizer)).body.items,
  ).toHaveLength(2);
  const leaderView = await api.call('GET', '/me/entries', b.leader);
  expect(leaderView.body.items[0].status).toBe('not_advanced');
});
