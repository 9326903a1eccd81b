// The bureau's figures against the plan (API.md, last section) through the HTTP API: the fourteen
// rows, every platform figure moving by exactly what happened, reports kept as history, the
// workbook, counters exact under concurrency, and the recounts putting a tampered counter right.
//
// The figures are city-wide, and other test files share the store: this file runs against tables
// of its own (a stage of its own in the same dynalite), so nothing else moves them meanwhile.
import ExcelJS from 'exceljs';
import {
  evaluateEligibility,
  indicatorIds,
  shanghaiDate,
  statsOverviewSchema,
  toShanghaiIso,
  type StatsOverview,
} from '@szkc/shared';
import { qualifyingProfile } from '../../shared/src/policies/test-fixtures';
import { client, uniqueName } from '../support/client';
import { contestInput, leaderEntry, publishedContest } from '../support/contests';
import { eventInput, organizerSession, signup } from '../support/events';
import { startGateway } from '../support/gateway';
import { pdfBytes, uploadPlan } from '../support/plans';
import { createVenue, fixAt, venueInput } from '../support/venues';
import { createTables, tableEnvironment } from '../../scripts/local/tables';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
let admin: string;

beforeAll(async () => {
  const stage = `stats${Date.now().toString(36)}`;
  await createTables(process.env.DYNAMODB_ENDPOINT!, stage);
  Object.assign(process.env, tableEnvironment(stage));
  // The seeded accounts only (their roles), in this file's tables: no venue, event or contest yet.
  const users = await import('../../functions/src/users/users');
  for (const [name, role] of [
    ['admin', 'admin'],
    ['organizer', 'organizer'],
  ] as const) {
    const { user } = await users.findOrCreateByOpenid(`dev-${name}`, { nickname: name });
    await users.setRoles(user.id, ['citizen', role]);
  }
  gateway = await startGateway();
  api = client(gateway.url);
  admin = (await api.login('admin')).token;
}, 30_000);
afterAll(() => gateway.close());

const hour = 3600_000;
const storeCalls = (reply: { headers: Headers }) =>
  (reply.headers.get('x-store-calls') ?? '').split(',').filter((c) => c && c !== 'none');

async function overview(): Promise<StatsOverview> {
  const reply = await api.call<StatsOverview>('GET', '/stats/overview', { token: admin });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}
const row = (figures: StatsOverview, id: string) => figures.indicators.find((r) => r.id === id)!;
const lastWeek = (figures: StatsOverview) => figures.series.visitsByWeek.at(-1)!.byDistrict;
const report = (id: string, body: unknown, token = admin) =>
  api.call('PUT', `/stats/indicators/${id}`, { token, body });

/** A published event starting later today or soon, of a fresh organiser. */
async function eventNow(overrides: Record<string, unknown> = {}) {
  const organizer = await organizerSession(api);
  const now = Date.now();
  const body = eventInput({
    startAt: toShanghaiIso(now + 3 * hour),
    endAt: toShanghaiIso(now + 4 * hour),
    signupOpensAt: toShanghaiIso(now - hour),
    signupClosesAt: toShanghaiIso(now + 2 * hour),
    ...overrides,
  });
  const created = await api.call('POST', '/events', { token: organizer.token, body });
  expect(created.status).toBe(201);
  const published = await api.call('POST', `/events/${created.body.id}/publish`, { token: organizer.token });
  expect(published.status).toBe(200);
  return { event: published.body as { id: string; startAt: string }, organizer };
}

const register = async (eventId: string, partySize: number) => {
  const person = await api.login(uniqueName('par'));
  const reply = await api.call('POST', `/events/${eventId}/registrations`, {
    token: person.token,
    body: signup(partySize),
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as { ticket: string };
};

describe('GET /stats/overview with nothing on the platform yet', () => {
  it('lists the plan’s fourteen rows in order, with no figure the bureau has not reported', async () => {
    const reply = await api.call('GET', '/stats/overview', { token: admin });
    expect(reply.status).toBe(200);
    expect(statsOverviewSchema.safeParse(reply.body).success).toBe(true);
    const figures = reply.body as StatsOverview;
    expect(figures.indicators.map((r) => r.id)).toEqual([
      'rd-intensity',
      'rd-active-share',
      'tech-contracts-gdp',
      'high-tech-enterprises',
      'rd-staff-fte',
      'high-tech-output',
      'patents-per-10k',
      'tech-smes',
      'platforms',
      'new-rd-institutions',
      'innovation-teams',
      'science-literacy',
      'science-venues',
      'science-bases',
    ]);
    expect(indicatorIds).toHaveLength(14);
    for (const r of figures.indicators) {
      if (r.platformMeasured) expect(r.latest, r.id).toMatchObject({ source: 'platform', value: 0 });
      else expect(r.latest, r.id).toBeNull();
      expect(r.history).toEqual([]);
      expect(r.target.year).toBe(2025);
      expect(r.source.document).toBe('《石嘴山市科技创新"十四五"规划》');
      // What is not confirmed says so, and carries no number.
      if (!r.verified) {
        expect(r.note, r.id).toMatch(/核对/);
        expect(r.target.value, r.id).toBeNull();
      }
    }
    expect(row(figures, 'high-tech-enterprises')).toMatchObject({
      unit: '家',
      baseline: { value: 63 },
      target: { value: 120 },
    });
    expect(row(figures, 'tech-smes')).toMatchObject({ baseline: { value: 185 }, target: { value: 400 } });
    expect(row(figures, 'science-literacy')).toMatchObject({
      unit: '%',
      baseline: { value: 8 },
      target: { value: 13 },
    });
    expect(row(figures, 'rd-staff-fte').baseline).toEqual({ year: 2019, value: null });
    expect(row(figures, 'science-venues').target).toMatchObject({ value: 10 });
    expect(row(figures, 'science-bases').target).toMatchObject({ value: 50 });
    expect(figures.platform).toEqual({
      events: { published: 0, participants: 0, checkedIn: 0 },
      venues: {
        count: 0,
        visits: 0,
        visitsLast30Days: 0,
        firstTimeVisitors: 0,
        scienceVenues: 0,
        scienceBases: 0,
        byKind: {},
      },
      contests: { entries: 0, submitted: 0 },
      policies: {
        checksLast30Days: 0,
        checksByPolicy: {},
        savedProfiles: 0,
        eligibleByPolicy: expect.objectContaining({ 'tech-sme': 0, 'high-tech-enterprise': 0 }),
      },
    });
    const { participantsByMonth, visitsByWeek, entriesByTrack } = figures.series;
    expect(participantsByMonth).toHaveLength(12);
    expect(participantsByMonth.at(-1)!.month).toBe(shanghaiDate().slice(0, 7));
    expect(visitsByWeek).toHaveLength(12);
    for (const week of visitsByWeek) {
      expect(new Date(`${week.week}T00:00:00Z`).getUTCDay()).toBe(1); // a Monday
      expect(week.byDistrict).toEqual({ 大武口区: 0, 惠农区: 0, 平罗县: 0 });
    }
    expect(visitsByWeek.at(-1)!.week <= shanghaiDate()).toBe(true);
    expect(entriesByTrack).toEqual([]);
  });

  it('costs a handful of store calls and no Scan', async () => {
    const reply = await api.call('GET', '/stats/overview', { token: admin });
    const calls = storeCalls(reply);
    expect(calls).not.toContain('ScanCommand');
    // The caller and the pipeline; events, venues, visit days, check days, reports, contests.
    expect(calls.sort()).toEqual([
      'GetItemCommand',
      'GetItemCommand',
      'QueryCommand',
      'QueryCommand',
      'QueryCommand',
      'QueryCommand',
      'QueryCommand',
      'QueryCommand',
    ]);
  });
});

describe('the platform’s figures move by exactly what happened', () => {
  it('events: published, participants in people, checked in at the door, per month', async () => {
    const before = await overview();
    const { event, organizer } = await eventNow();
    const month = shanghaiDate(Date.parse(event.startAt)).slice(0, 7);
    const monthBefore = before.series.participantsByMonth.find((m) => m.month === month)?.people ?? 0;
    const published = await overview();
    expect(published.platform.events).toEqual({
      ...before.platform.events,
      published: before.platform.events.published + 1,
    });

    await register(event.id, 2);
    const single = await register(event.id, 1);
    const registered = await overview();
    expect(registered.platform.events.participants).toBe(before.platform.events.participants + 3);
    const monthAfter = registered.series.participantsByMonth.find((m) => m.month === month)?.people ?? 0;
    if (registered.series.participantsByMonth.some((m) => m.month === month))
      expect(monthAfter).toBe(monthBefore + 3);

    const door = await api.call('POST', `/events/${event.id}/checkins`, {
      token: organizer.token,
      body: { ticket: single.ticket },
    });
    expect(door.status, JSON.stringify(door.body)).toBe(200);
    const again = await api.call('POST', `/events/${event.id}/checkins`, {
      token: organizer.token,
      body: { ticket: single.ticket },
    });
    expect(again.body.alreadyCheckedIn).toBe(true);
    const checked = await overview();
    expect(checked.platform.events.checkedIn).toBe(before.platform.events.checkedIn + 1);
    expect(checked.platform.events.participants).toBe(registered.platform.events.participants);
  });

  it('venues: 科技场馆 and 科普教育基地 by kind, visits, first-time visitors, per week and district', async () => {
    const before = await overview();
    const centre = await createVenue(api, { kind: 'science-center', district: '640205' });
    await createVenue(api, { kind: 'base' });
    await createVenue(api, { kind: 'library' });
    const added = await overview();
    expect(added.platform.venues).toMatchObject({
      count: before.platform.venues.count + 3,
      scienceVenues: before.platform.venues.scienceVenues + 1,
      scienceBases: before.platform.venues.scienceBases + 1,
    });
    expect(row(added, 'science-venues').latest).toMatchObject({
      source: 'platform',
      value: before.platform.venues.scienceVenues + 1,
    });
    expect(row(added, 'science-bases').latest!.value).toBe(before.platform.venues.scienceBases + 1);

    const visitor = await api.login(uniqueName('vis'));
    const first = await api.call('POST', `/venues/${centre.id}/checkins`, {
      token: visitor.token,
      body: { location: fixAt(centre.location) },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    // The same person again the same day is the same check-in: nothing moves.
    await api.call('POST', `/venues/${centre.id}/checkins`, {
      token: visitor.token,
      body: { location: fixAt(centre.location) },
    });
    const visited = await overview();
    expect(visited.platform.venues).toMatchObject({
      visits: before.platform.venues.visits + 1,
      visitsLast30Days: before.platform.venues.visitsLast30Days + 1,
      firstTimeVisitors: before.platform.venues.firstTimeVisitors + 1,
    });
    expect(lastWeek(visited).惠农区).toBe(lastWeek(before).惠农区 + 1);
    expect(lastWeek(visited).大武口区).toBe(lastWeek(before).大武口区);
  });

  it('contests: entries per track, and submissions', async () => {
    const before = await overview();
    const { contest } = await publishedContest(api, contestInput());
    const listed = await overview();
    expect(listed.series.entriesByTrack.filter((t) => t.contestId === contest.id)).toEqual([
      {
        contestId: contest.id,
        contestTitle: '测试创新创业大赛',
        track: 'new-materials',
        trackName: '新材料',
        entries: 0,
      },
      {
        contestId: contest.id,
        contestTitle: '测试创新创业大赛',
        track: 'new-energy',
        trackName: '新能源',
        entries: 0,
      },
    ]);
    const profile = { establishedOn: '2025-06-01', revenueLastYear: 1_000_000 };
    const { entry, leader } = await leaderEntry(api, contest.id, { profile });
    const entered = await overview();
    expect(entered.platform.contests).toEqual({
      entries: before.platform.contests.entries + 1,
      submitted: before.platform.contests.submitted,
    });
    const track = (f: StatsOverview, id: string) =>
      f.series.entriesByTrack.find((t) => t.contestId === contest.id && t.track === id)!.entries;
    expect(track(entered, 'new-materials')).toBe(1);
    expect(track(entered, 'new-energy')).toBe(0);

    const base = `/contests/${contest.id}/entries/${entry.id}`;
    expect((await uploadPlan(api, leader.token, base, pdfBytes())).confirm.status).toBe(200);
    expect((await api.call('POST', `${base}/submit`, leader)).status).toBe(200);
    const submitted = await overview();
    expect(submitted.platform.contests.submitted).toBe(before.platform.contests.submitted + 1);
    expect(submitted.platform.contests.entries).toBe(entered.platform.contests.entries);

    expect((await api.call('POST', `${base}/withdraw`, leader)).status).toBe(200);
    const withdrawn = await overview();
    expect(withdrawn.platform.contests).toEqual(before.platform.contests);
  });

  it('policies: a check counts once per policy and verdict, and keeps nothing of the enterprise', async () => {
    const before = await overview();
    const reply = await api.call('POST', '/policies/eligibility', { body: { profile: qualifyingProfile } });
    expect(reply.status).toBe(200);
    const after = await overview();
    expect(after.platform.policies.checksLast30Days).toBe(before.platform.policies.checksLast30Days + 1);
    for (const result of reply.body.results as Array<{ policyId: string; verdict: string }>) {
      const was = before.platform.policies.checksByPolicy[result.policyId]?.[result.verdict] ?? 0;
      expect(after.platform.policies.checksByPolicy[result.policyId]![result.verdict], result.policyId).toBe(
        was + 1,
      );
    }
    // Nothing of the profile anywhere in the figures.
    expect(JSON.stringify(after)).not.toContain(qualifyingProfile.creditCode);
    expect(JSON.stringify(after)).not.toContain(qualifyingProfile.name);
  });

  it('policies: saved profiles and those eligible per policy (the 双倍增 pipeline), saved, changed, deleted', async () => {
    const eligibleNow = evaluateEligibility(qualifyingProfile, shanghaiDate())
      .results.filter((r) => r.verdict === 'eligible')
      .map((r): string => r.policyId);
    expect(eligibleNow).toEqual(expect.arrayContaining(['tech-sme', 'high-tech-enterprise']));
    const before = await overview();
    const pipeline = (f: StatsOverview) => f.platform.policies;
    const enterprise = await api.login(uniqueName('ent'));
    const save = (profile: unknown) =>
      api.call('PUT', '/me/enterprise', { token: enterprise.token, body: { profile } });

    expect((await save(qualifyingProfile)).status).toBe(200);
    const saved = await overview();
    expect(pipeline(saved).savedProfiles).toBe(pipeline(before).savedProfiles + 1);
    for (const [id, n] of Object.entries(pipeline(saved).eligibleByPolicy))
      expect(n, id).toBe(pipeline(before).eligibleByPolicy[id]! + (eligibleNow.includes(id) ? 1 : 0));

    // Saved again unchanged: nothing moves. Then with too few staff for 高企: it leaves that count.
    expect((await save(qualifyingProfile)).status).toBe(200);
    expect(pipeline(await overview())).toEqual(pipeline(saved));
    const smaller = { ...qualifyingProfile, techStaff: 1 };
    const smallerEligible = evaluateEligibility(smaller, shanghaiDate())
      .results.filter((r) => r.verdict === 'eligible')
      .map((r): string => r.policyId);
    expect(smallerEligible).not.toContain('high-tech-enterprise');
    expect((await save(smaller)).status).toBe(200);
    const changed = await overview();
    expect(pipeline(changed).savedProfiles).toBe(pipeline(saved).savedProfiles);
    for (const [id, n] of Object.entries(pipeline(changed).eligibleByPolicy))
      expect(n, id).toBe(pipeline(before).eligibleByPolicy[id]! + (smallerEligible.includes(id) ? 1 : 0));

    expect((await api.call('DELETE', '/me', { token: enterprise.token })).status).toBe(204);
    expect(pipeline(await overview())).toEqual({
      ...pipeline(before),
      checksLast30Days: expect.any(Number),
      checksByPolicy: expect.any(Object),
    });
  });
});

describe('PUT /stats/indicators/{id}', () => {
  it('keeps every report as history; latest is the newest year’s newest report', async () => {
    const first = await report('high-tech-enterprises', { year: 2024, value: 98, note: '2024 年认定结果' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      id: 'high-tech-enterprises',
      latest: { year: 2024, value: 98, source: 'reported', note: '2024 年认定结果' },
    });
    expect(first.body.history).toEqual([
      { year: 2024, value: 98, note: '2024 年认定结果', reportedAt: expect.stringMatching(/\+08:00$/) },
    ]);
    // A correction of the same year is a new report, the old one stays.
    const corrected = await report('high-tech-enterprises', {
      year: 2024,
      value: 101,
      note: '更正：补录 3 家',
    });
    expect(corrected.body.latest).toMatchObject({ year: 2024, value: 101 });
    expect(corrected.body.history.map((h: { value: number }) => h.value)).toEqual([98, 101]);
    // A late report of an earlier year does not become the latest.
    const older = await report('high-tech-enterprises', { year: 2023, value: 80 });
    expect(older.body.latest).toMatchObject({ year: 2024, value: 101, note: '更正：补录 3 家' });
    expect(older.body.history.map((h: { year: number; value: number }) => [h.year, h.value])).toEqual([
      [2023, 80],
      [2024, 98],
      [2024, 101],
    ]);
    expect(older.body.history[0].note).toBeNull();
    const figures = await overview();
    expect(row(figures, 'high-tech-enterprises')).toEqual(older.body);
    expect(row(figures, 'tech-smes').latest).toBeNull();
  });

  it('answers 404 NOT_FOUND for an id that is not one of the fourteen', async () => {
    for (const id of [
      'no-such-indicator',
      'HIGH-TECH-ENTERPRISES',
      '01KBSZKCVN0000000000000001',
      'x'.repeat(300),
    ]) {
      const reply = await report(id, { year: 2024, value: 1 });
      expect(reply.status, id).toBe(404);
      expect(reply.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('refuses a figure the platform counts itself with 409 CONFLICT', async () => {
    for (const id of ['science-venues', 'science-bases']) {
      const reply = await report(id, { year: 2025, value: 12 });
      expect(reply.status, id).toBe(409);
      expect(reply.body.error.code).toBe('CONFLICT');
      expect(reply.body.error.message).toMatch(/平台/);
    }
  });

  const thisYear = Number(shanghaiDate().slice(0, 4));
  it.each([
    ['no year', { value: 1 }, 'year'],
    ['a year as text', { year: '2024', value: 1 }, 'year'],
    ['a fractional year', { year: 2024.5, value: 1 }, 'year'],
    ['a year before the plan’s baseline', { year: 2018, value: 1 }, 'year'],
    ['a year still to come', { year: thisYear + 1, value: 1 }, 'year'],
    ['no value', { year: 2024 }, 'value'],
    ['a value as text', { year: 2024, value: '1.5' }, 'value'],
    ['a negative value', { year: 2024, value: -1 }, 'value'],
    ['a share over 100 %', { year: 2024, value: 101 }, 'value', 'rd-intensity'],
    ['part of an enterprise', { year: 2024, value: 98.5 }, 'value', 'high-tech-enterprises'],
    ['a note of hidden characters', { year: 2024, value: 1, note: '来源\u202e统计局' }, 'note'],
    ['an empty note', { year: 2024, value: 1, note: '   ' }, 'note'],
    ['a note too long', { year: 2024, value: 1, note: '字'.repeat(501) }, 'note'],
    ['an unknown field', { year: 2024, value: 1, source: 'platform' }, ''],
  ])('answers %s with 422 VALIDATION_FAILED', async (_label, body, path, id = 'rd-intensity') => {
    const reply = await report(id, body);
    expect(reply.status, JSON.stringify(reply.body)).toBe(422);
    expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    expect(reply.body.error.details.issues[0].path).toBe(path);
    expect(reply.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('stores nothing for a refused report', async () => {
    const before = row(await overview(), 'platforms').history.length;
    await report('platforms', { year: 2024, value: -3 });
    await report('platforms', { year: thisYear + 1, value: 3 });
    expect(row(await overview(), 'platforms').history).toHaveLength(before);
  });
});

describe('GET /stats/overview.xlsx', () => {
  it('is a workbook of the same rows, read back with exceljs', async () => {
    await report('science-literacy', { year: 2024, value: 11.2, note: '自治区科协抽样调查' });
    const figures = await overview();
    const response = await fetch(`${gateway.url}/stats/overview.xlsx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="plan-overview.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['规划指标', '平台统计', '填报记录']);
    const sheet = workbook.getWorksheet('规划指标')!;
    const rows = sheet.getSheetValues().slice(5) as unknown[][];
    expect(rows.map((r) => r[2])).toEqual(figures.indicators.map((r) => r.label));
    const literacy = rows[11]!;
    expect(literacy.slice(2, 12)).toEqual([
      '公民具备基本科学素质比例',
      '%',
      2020,
      8,
      13,
      '达到 13%',
      2024,
      11.2,
      '科技局填报',
      '自治区科协抽样调查',
    ]);
    const bases = rows[13]!;
    expect(bases[9]).toBe(figures.platform.venues.scienceBases);
    expect(bases[10]).toBe('平台统计');
    const platform = workbook.getWorksheet('平台统计')!;
    const platformRows = (platform.getSheetValues().slice(2) as unknown[][]).map((r) => [r[2], r[3]]);
    expect(platformRows).toContainEqual(['报名人数（人）', figures.platform.events.participants]);
    expect(platformRows).toContainEqual(['累计打卡（人次）', figures.platform.venues.visits]);
    const history = workbook.getWorksheet('填报记录')!;
    const historyRows = history.getSheetValues().slice(2) as unknown[][];
    expect(historyRows.length).toBe(figures.indicators.reduce((n, r) => n + r.history.length, 0));
    expect(historyRows).toContainEqual(
      expect.arrayContaining(['公民具备基本科学素质比例', 2024, 11.2, '%', '自治区科协抽样调查']),
    );
  });
});

describe('new counters under concurrency, and their recounts', () => {
  it('counts concurrent check-ins, checks and saves exactly', async () => {
    const before = await overview();
    const venue = await createVenue(api, { kind: 'base', district: '640221' });
    const people = await Promise.all(Array.from({ length: 8 }, () => api.login(uniqueName('con'))));
    const checkins = await Promise.all(
      people.map((p) =>
        api.call('POST', `/venues/${venue.id}/checkins`, {
          token: p.token,
          body: { location: fixAt(venue.location) },
        }),
      ),
    );
    expect(checkins.map((r) => r.status)).toEqual(people.map(() => 201));
    const checks = await Promise.all(
      Array.from({ length: 6 }, () =>
        api.call('POST', '/policies/eligibility', { body: { profile: qualifyingProfile } }),
      ),
    );
    expect(checks.map((r) => r.status)).toEqual(checks.map(() => 200));
    const savers = people.slice(0, 5);
    const saves = await Promise.all(
      savers.map((p) =>
        api.call('PUT', '/me/enterprise', { token: p.token, body: { profile: qualifyingProfile } }),
      ),
    );
    expect(saves.map((r) => r.status)).toEqual(savers.map(() => 200));
    // One enterprise saving twice at once, eligible and not: counted once, as what was written last.
    const racer = people[5]!;
    const smaller = { ...qualifyingProfile, techStaff: 1 };
    const raced = await Promise.all(
      [qualifyingProfile, smaller, qualifyingProfile, smaller].map((profile) =>
        api.call('PUT', '/me/enterprise', { token: racer.token, body: { profile } }),
      ),
    );
    expect(raced.map((r) => r.status)).toEqual(raced.map(() => 200));
    const final = (await api.call('GET', '/me/enterprise', { token: racer.token })).body.profile;
    const finalHighTech = final.techStaff === qualifyingProfile.techStaff ? 1 : 0;

    const after = await overview();
    expect(after.platform.venues.visits).toBe(before.platform.venues.visits + 8);
    expect(after.platform.venues.firstTimeVisitors).toBe(before.platform.venues.firstTimeVisitors + 8);
    expect(lastWeek(after).平罗县).toBe(lastWeek(before).平罗县 + 8);
    expect(after.platform.policies.checksLast30Days).toBe(before.platform.policies.checksLast30Days + 6);
    expect(after.platform.policies.savedProfiles).toBe(before.platform.policies.savedProfiles + 6);
    expect(after.platform.policies.eligibleByPolicy['high-tech-enterprise']).toBe(
      before.platform.policies.eligibleByPolicy['high-tech-enterprise']! + 5 + finalHighTech,
    );
  });

  it('the repairs put tampered counters right (npm run repair runs the same routines)', async () => {
    const { documents } = await import('../../functions/src/store/document');
    const { tableNames } = await import('../../functions/src/config');
    const venuesRepair = await import('../../functions/src/venues/repair');
    const eventsRepair = await import('../../functions/src/events/repair');
    const statsRepair = await import('../../functions/src/stats/repair');
    const truth = await overview();
    const today = shanghaiDate();

    // The city's day of check-ins.
    await documents.update({
      TableName: tableNames.stats,
      Key: { pk: 'VISITS', sk: `DAY#${today}` },
      UpdateExpression: 'ADD visits :n, #d :n',
      ExpressionAttributeNames: { '#d': 'district#640221' },
      ExpressionAttributeValues: { ':n': 5 },
    });
    expect((await overview()).platform.venues.visits).toBe(truth.platform.venues.visits + 5);
    const city = await venuesRepair.repairCityDays(await venuesRepair.repairAll());
    expect(city.find((d) => d.day === today)).toMatchObject({
      recounted: true,
      corrected: expect.any(Number),
    });

    // The pipeline.
    await documents.update({
      TableName: tableNames.stats,
      Key: { pk: 'PIPELINE', sk: 'COUNTS' },
      UpdateExpression: 'ADD savedProfiles :n, #e :n',
      ExpressionAttributeNames: { '#e': 'eligible#tech-sme' },
      ExpressionAttributeValues: { ':n': 7 },
    });
    const pipeline = await statsRepair.recountPipeline();
    expect(pipeline).toMatchObject({ recounted: true, savedProfiles: truth.platform.policies.savedProfiles });
    expect(pipeline.corrected?.savedProfiles).toBe(truth.platform.policies.savedProfiles + 7);

    // The door counter of an event (recounted once its check-ins are older than any request).
    const { event, organizer } = await eventNow();
    const ticket = (await register(event.id, 2)).ticket;
    expect(
      (await api.call('POST', `/events/${event.id}/checkins`, { token: organizer.token, body: { ticket } }))
        .status,
    ).toBe(200);
    const counted = await overview();
    await documents.update({
      TableName: tableNames.events,
      Key: { pk: `EVENT#${event.id}`, sk: 'META' },
      UpdateExpression: 'ADD checkedInPeople :n',
      ExpressionAttributeValues: { ':n': 4 },
    });
    expect((await overview()).platform.events.checkedIn).toBe(counted.platform.events.checkedIn + 4);
    expect((await eventsRepair.repairEvent(event.id)).checkedIn).toBeNull(); // too young: left alone
    expect((await eventsRepair.repairEvent(event.id, Date.now() + 120_000)).checkedIn).toBe(2);

    const repaired = await overview();
    expect(repaired.platform.venues).toEqual(truth.platform.venues);
    expect(repaired.series.visitsByWeek).toEqual(truth.series.visitsByWeek);
    expect(repaired.platform.policies.savedProfiles).toBe(truth.platform.policies.savedProfiles);
    expect(repaired.platform.policies.eligibleByPolicy).toEqual(truth.platform.policies.eligibleByPolicy);
    expect(repaired.platform.events.checkedIn).toBe(counted.platform.events.checkedIn);
  });

  it('recounts a city day whose check-in died before the city counted it', async () => {
    const venue = await createVenue(api, venueInput({ kind: 'museum', district: '640202' }));
    const before = await overview();
    const person = await api.login(uniqueName('crash'));
    const crashed = await api.call('POST', `/venues/${venue.id}/checkins`, {
      token: person.token,
      body: { location: fixAt(venue.location) },
      headers: { 'x-fault': 'venue-checkin:after-count' },
    });
    expect(crashed.status).toBe(500);
    expect((await overview()).platform.venues.visits).toBe(before.platform.venues.visits);
    const venuesRepair = await import('../../functions/src/venues/repair');
    const later = Date.now() + 120_000;
    await venuesRepair.repairCityDays(await venuesRepair.repairAll(later));
    const after = await overview();
    expect(after.platform.venues.visits).toBe(before.platform.venues.visits + 1);
    expect(lastWeek(after).大武口区).toBe(lastWeek(before).大武口区 + 1);
  });
});
