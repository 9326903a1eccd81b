// Check-ins under concurrency and crashes, against dynalite over real HTTP: the once-a-day rule
// holds whatever the taps, the day's counters are exact under a burst, and the repair recounts a
// day from the check-in items after a crash between writes or any skew.
import { documents } from '../../functions/src/store/document';
import { tableNames } from '../../functions/src/config';
import { isFirstVisit } from '../../functions/src/venues/checkins.repository';
import { dayCounterKey } from '../../functions/src/venues/items';
import { repairAll, repairVenueDay, staleAfterMs } from '../../functions/src/venues/repair';
import { client, uniqueName } from '../support/client';
import { citizens } from '../support/events';
import { startGateway } from '../support/gateway';
import { adminToken, createVenue, currentCode, fixAt, shanghaiToday } from '../support/venues';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
let admin: string;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
  admin = await adminToken(api);
});
afterAll(() => gateway.close());

const today = shanghaiToday;
const statsOf = async (venueId: string) =>
  (await api.call('GET', `/venues/${venueId}/stats?from=${today()}&to=${today()}`, { token: admin }))
    .body as {
    visits: number;
    firstTimeVisitors: number;
  };
const checkIn = (
  venueId: string,
  token: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) => api.call('POST', `/venues/${venueId}/checkins`, { token, body, headers });

describe('once per person, venue and day', () => {
  it('gives one 201 and nineteen 200s with the same check-in to twenty concurrent taps', async () => {
    const venue = await createVenue(api, { checkinMode: 'screen' });
    const person = await api.login(uniqueName('tap'));
    const code = await currentCode(api, venue.id);
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => checkIn(venue.id, person.token, { code })),
    );
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(19).fill(200), 201].sort());
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect(replies.filter((r) => r.body.alreadyCheckedIn)).toHaveLength(19);
    expect(replies.find((r) => r.status === 201)!.body.newBadges.map((b: { id: string }) => b.id)).toEqual([
      'first-visit',
    ]);
    expect(await statsOf(venue.id)).toMatchObject({ visits: 1, firstTimeVisitors: 1 });
    const passport = await api.call('GET', '/me/passport', { token: person.token });
    expect(passport.body).toMatchObject({ visits: 1, venues: 1 });
  });
});

describe('the day’s counters', () => {
  it('count 300 people checking in at once exactly', async () => {
    const venue = await createVenue(api);
    const people = await citizens(api, 300, 'burst');
    const replies = await Promise.all(
      people.map((p) => checkIn(venue.id, p.token, { location: fixAt(venue.location) })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(300).fill(201));
    expect(await statsOf(venue.id)).toMatchObject({ visits: 300, firstTimeVisitors: 300 });
    // The repair finds nothing to correct.
    const report = await repairVenueDay(venue.id, today(), Date.now() + staleAfterMs);
    expect(report).toMatchObject({ recounted: true, visits: 300, firstTimeVisitors: 300, corrected: null });
  }, 120_000);

  it('count a returning visitor as a visit but not as a first-time visitor', async () => {
    const venue = await createVenue(api);
    const person = await api.login(uniqueName('back'));
    // A visit on an earlier day, as its check-in recorded it (a request cannot check in yesterday).
    const yesterday = new Date(Date.parse(today()) - 86_400_000).toISOString().slice(0, 10);
    const earlier = { id: 'earlier-checkin', venueId: venue.id, day: yesterday } as Parameters<
      typeof isFirstVisit
    >[0];
    expect(await isFirstVisit(earlier, person.user.id)).toBe(true);
    const reply = await checkIn(venue.id, person.token, { location: fixAt(venue.location) });
    expect(reply.status).toBe(201);
    expect(await statsOf(venue.id)).toMatchObject({ visits: 1, firstTimeVisitors: 0 });
  });
});

describe('a crash between writes, and the repair', () => {
  it('recounts a day after a check-in died before its counters moved, and the person stays checked in', async () => {
    const venue = await createVenue(api);
    const person = await api.login(uniqueName('crash'));
    const crashed = await checkIn(
      venue.id,
      person.token,
      { location: fixAt(venue.location) },
      {
        'x-fault': 'venue-checkin:after-put',
      },
    );
    expect(crashed.status).toBe(500);
    expect(await statsOf(venue.id)).toMatchObject({ visits: 0, firstTimeVisitors: 0 });
    // The retry finds the check-in the crashed attempt made.
    const retry = await checkIn(venue.id, person.token, { location: fixAt(venue.location) });
    expect(retry.status).toBe(200);
    expect(retry.body.alreadyCheckedIn).toBe(true);
    // While it could still be a live request, the repair leaves the day alone.
    expect((await repairVenueDay(venue.id, today())).recounted).toBe(false);
    const reports = await repairAll(Date.now() + staleAfterMs);
    const report = reports.find((r) => r.venueId === venue.id && r.day === today());
    expect(report).toMatchObject({ recounted: true, visits: 1, firstTimeVisitors: 1, settled: 1 });
    expect(await statsOf(venue.id)).toMatchObject({ visits: 1, firstTimeVisitors: 1 });
    // Settled: the next run has nothing to do.
    const again = await repairVenueDay(venue.id, today(), Date.now() + staleAfterMs);
    expect(again).toMatchObject({ recounted: true, corrected: null, settled: 0 });
  });

  it('does not count twice a check-in that died after its counters moved', async () => {
    const venue = await createVenue(api);
    const person = await api.login(uniqueName('crash2'));
    const crashed = await checkIn(
      venue.id,
      person.token,
      { location: fixAt(venue.location) },
      {
        'x-fault': 'venue-checkin:after-count',
      },
    );
    expect(crashed.status).toBe(500);
    expect(await statsOf(venue.id)).toMatchObject({ visits: 1, firstTimeVisitors: 1 });
    const report = await repairVenueDay(venue.id, today(), Date.now() + staleAfterMs);
    expect(report).toMatchObject({ recounted: true, visits: 1, corrected: null, settled: 1 });
    expect(await statsOf(venue.id)).toMatchObject({ visits: 1, firstTimeVisitors: 1 });
  });

  it('puts a skewed counter right from the check-in items', async () => {
    const venue = await createVenue(api);
    for (const p of await citizens(api, 4, 'skew'))
      expect((await checkIn(venue.id, p.token, { location: fixAt(venue.location) })).status).toBe(201);
    await documents.update({
      TableName: tableNames.venues,
      Key: dayCounterKey(venue.id, today()),
      UpdateExpression: 'SET visits = :wrong, firstTimeVisitors = :wrong ADD version :one',
      ExpressionAttributeValues: { ':wrong': 17, ':one': 1 },
    });
    expect(await statsOf(venue.id)).toMatchObject({ visits: 17 });
    const report = await repairVenueDay(venue.id, today());
    expect(report).toMatchObject({
      recounted: true,
      visits: 4,
      firstTimeVisitors: 4,
      corrected: { visits: 17 },
    });
    expect(await statsOf(venue.id)).toMatchObject({ visits: 4, firstTimeVisitors: 4 });
  });

  it('never loses a check-in that lands while the repair recounts', async () => {
    const venue = await createVenue(api);
    const people = await citizens(api, 40, 'race');
    const checkins = people.map((p, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 5)).then(() =>
        checkIn(venue.id, p.token, { location: fixAt(venue.location) }),
      ),
    );
    const repairs = Array.from({ length: 8 }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 25)).then(() => repairVenueDay(venue.id, today())),
    );
    const replies = await Promise.all(checkins);
    await Promise.all(repairs);
    expect(replies.every((r) => r.status === 201)).toBe(true);
    expect(await statsOf(venue.id)).toMatchObject({ visits: 40, firstTimeVisitors: 40 });
  });
});
