// Science venues and check-ins through the HTTP API (API.md, "Science venues"): every endpoint
// and every error code it names.
import ExcelJS from 'exceljs';
import { screenCode } from '../../functions/src/venues/codes';
import { client, uniqueName } from '../support/client';
import { organizerSession, eventInput } from '../support/events';
import { startGateway } from '../support/gateway';
import {
  adminToken,
  cityCentre,
  createVenue,
  currentCode,
  fixAt,
  northOf,
  shanghaiToday,
  staffOf,
  venueInput,
} from '../support/venues';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
let admin: string;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
  admin = await adminToken(api);
});
afterAll(() => gateway.close());

const scienceCenterId = '01KBSZKCVN0000000000000001';
const missingId = '01KBSZKCVN00000000000000ZZ';
const citizen = () => api.login(uniqueName('cit'));
/** Every page of GET /venues: other test files add venues to the same store. */
async function allVenues(query = '') {
  const items: Array<Record<string, any>> = [];
  let cursor: string | null = null;
  do {
    const page: string = `/venues?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const reply = await api.call<{ items: Array<Record<string, any>>; nextCursor: string | null }>(
      'GET',
      page,
    );
    expect(reply.status).toBe(200);
    items.push(...reply.body.items);
    cursor = reply.body.nextCursor;
  } while (cursor);
  return items;
}
const checkIn = (venueId: string, token: string, body: Record<string, unknown>) =>
  api.call('POST', `/venues/${venueId}/checkins`, { token, body });

describe('the list of venues', () => {
  it('lists the seeded venues by name, each with the summary fields and no distance', async () => {
    const items = await allVenues();
    const center = items.find((v) => v.id === scienceCenterId);
    expect(center).toEqual({
      id: scienceCenterId,
      name: '石嘴山科技馆',
      kind: 'science-center',
      district: '640202',
      districtName: '大武口区',
      address: expect.any(String),
      location: { lat: expect.any(Number), lng: expect.any(Number) },
      openingHours: expect.any(String),
      checkinMode: 'screen',
      distanceM: null,
    });
    const names = items.map((v) => v.name as string);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'zh')));
    const districts = new Set(items.map((v) => v.district));
    expect(districts).toEqual(new Set(['640202', '640205', '640221']));
  });

  it('filters by district and kind', async () => {
    const huinong = await allVenues('&district=640205');
    expect(huinong.length).toBeGreaterThan(0);
    expect(huinong.every((v) => v.district === '640205')).toBe(true);
    const campuses = await allVenues('&kind=campus');
    expect(campuses.map((v) => v.id)).toEqual(
      expect.arrayContaining(['01KBSZKCVN0000000000000006', '01KBSZKCVN0000000000000007']),
    );
    expect(campuses.every((v) => v.kind === 'campus')).toBe(true);
  });

  it('puts the nearest first with whole-metre distances when given a position', async () => {
    const items = await allVenues(`&near=${cityCentre.lat},${cityCentre.lng}`);
    const distances = items.map((v) => v.distanceM as number);
    expect(distances.every((d: number) => Number.isInteger(d))).toBe(true);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    // The seeded 惠农区文化艺术中心 is some 40 km from 大武口 (other tests' venues sit at the centre).
    const huinong = items.find((v) => v.id === '01KBSZKCVN0000000000000005')!;
    expect(huinong.distanceM).toBeGreaterThan(30_000);
  });

  it('pages with an opaque cursor and refuses a bad one', async () => {
    const first = await api.call('GET', '/venues?limit=3');
    expect(first.body.items).toHaveLength(3);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.call('GET', `/venues?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.status).toBe(200);
    const ids = new Set([...first.body.items, ...second.body.items].map((v: { id: string }) => v.id));
    expect(ids.size).toBe(first.body.items.length + second.body.items.length);
    const bad = await api.call('GET', '/venues?cursor=not-a-cursor');
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it.each([['near=abc'], ['near=95,106'], ['district=110101'], ['kind=zoo'], ['limit=0'], ['limit=101']])(
    'refuses the query %s with VALIDATION_FAILED',
    async (query) => {
      const reply = await api.call('GET', `/venues?${query}`);
      expect(reply.status).toBe(422);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    },
  );
});

describe('a venue page', () => {
  it('shows the venue and, with a token, the caller’s visits there', async () => {
    const venue = await createVenue(api);
    const anonymous = await api.call('GET', `/venues/${venue.id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ id: venue.id, radiusM: 200, phone: null, upcomingEvents: [] });
    expect(anonymous.body).not.toHaveProperty('myVisits');
    const person = await citizen();
    expect((await api.call('GET', `/venues/${venue.id}`, { token: person.token })).body.myVisits).toBe(0);
    expect((await checkIn(venue.id, person.token, { location: fixAt(venue.location) })).status).toBe(201);
    expect((await api.call('GET', `/venues/${venue.id}`, { token: person.token })).body.myVisits).toBe(1);
  });

  it('answers 404 for a venue that does not exist or an id that cannot be one', async () => {
    for (const id of [missingId, 'nope', '01KBSZKCVN0000000000000001x', '%00', 'VENUE%23x']) {
      for (const [method, path, body] of [
        ['GET', `/venues/${id}`, undefined],
        ['POST', `/venues/${id}/checkins`, { location: fixAt(cityCentre) }],
        ['GET', `/venues/${id}/code`, undefined],
        ['GET', `/venues/${id}/stats?from=2026-01-01&to=2026-01-02`, undefined],
        ['PATCH', `/venues/${id}`, { radiusM: 100 }],
      ] as const) {
        const reply = await api.call(method, path, { token: admin, body });
        expect([reply.status, reply.body.error.code]).toEqual([404, 'NOT_FOUND']);
      }
    }
  });

  it('lists published events held at the venue, soonest first, and not drafts', async () => {
    const venue = await createVenue(api);
    const organizer = await organizerSession(api);
    const hour = 3600_000;
    const make = async (startInHours: number, publish: boolean) => {
      const start = Date.now() + startInHours * hour;
      const created = await api.call('POST', '/events', {
        token: organizer.token,
        body: eventInput({
          venueId: venue.id,
          venueName: undefined,
          startAt: new Date(start).toISOString(),
          endAt: new Date(start + 2 * hour).toISOString(),
          signupClosesAt: new Date(start - hour).toISOString(),
        }),
      });
      expect(created.status).toBe(201);
      expect(created.body.venueId).toBe(venue.id);
      expect(created.body.venueName).toBe(venue.name);
      if (publish) await api.call('POST', `/events/${created.body.id}/publish`, { token: organizer.token });
      return created.body.id as string;
    };
    const later = await make(96, true);
    const sooner = await make(48, true);
    await make(24, false);
    const page = await api.call('GET', `/venues/${venue.id}`);
    expect(page.body.upcomingEvents.map((e: { id: string }) => e.id)).toEqual([sooner, later]);
    expect(page.body.upcomingEvents[0]).toMatchObject({ status: 'published', venueName: venue.name });
  });

  it('refuses an event naming a venue that does not exist, on create and on change', async () => {
    const organizer = await organizerSession(api);
    const refused = await api.call('POST', '/events', {
      token: organizer.token,
      body: eventInput({ venueId: missingId }),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.issues[0].path).toBe('venueId');
    const malformed = await api.call('POST', '/events', {
      token: organizer.token,
      body: eventInput({ venueId: 'x' }),
    });
    expect(malformed.status).toBe(422);
    const created = await api.call('POST', '/events', { token: organizer.token, body: eventInput() });
    const patched = await api.call('PATCH', `/events/${created.body.id}`, {
      token: organizer.token,
      body: { venueId: missingId },
    });
    expect(patched.status).toBe(422);
    expect(patched.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('managing venues', () => {
  it('lets an admin create and change a venue', async () => {
    const created = await api.call('POST', '/venues', {
      token: admin,
      body: venueInput({ checkinMode: 'poster', radiusM: 50, phone: '0952-1234567' }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ checkinMode: 'poster', radiusM: 50, phone: '0952-1234567' });
    expect(created.body).not.toHaveProperty('myVisits');
    const patched = await api.call('PATCH', `/venues/${created.body.id}`, {
      token: admin,
      body: { radiusM: 2000, openingHours: '全天开放', phone: null },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      radiusM: 2000,
      openingHours: '全天开放',
      phone: null,
      name: created.body.name,
    });
  });

  it.each([
    ['a radius under 50 m', { radiusM: 49 }],
    ['a radius over 2000 m', { radiusM: 2001 }],
    ['an unknown mode', { checkinMode: 'nfc' }],
    ['an unknown kind', { kind: 'zoo' }],
    ['a district outside the city', { district: '640101' }],
    ['a missing name', { name: '' }],
    ['an unknown field', { staffIds: ['x'] }],
    ['a latitude off the globe', { location: { lat: 91, lng: 106 } }],
  ])('refuses %s with VALIDATION_FAILED and creates nothing', async (_, overrides) => {
    const before = (await allVenues()).length;
    const reply = await api.call('POST', '/venues', { token: admin, body: venueInput(overrides) });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    expect(reply.body.error.details.issues.length).toBeGreaterThan(0);
    expect((await allVenues()).length).toBe(before);
  });

  it('refuses an empty change, and a change of a venue that does not exist', async () => {
    const venue = await createVenue(api);
    expect((await api.call('PATCH', `/venues/${venue.id}`, { token: admin, body: {} })).status).toBe(422);
    const missing = await api.call('PATCH', `/venues/${missingId}`, { token: admin, body: { radiusM: 100 } });
    expect(missing.status).toBe(404);
  });

  it('names staff who hold the venue_staff role, and refuses anyone else', async () => {
    const venue = await createVenue(api, { checkinMode: 'screen' });
    const staff = await staffOf(api, venue.id);
    const plain = await citizen();
    const refused = await api.call('PUT', `/venues/${venue.id}/staff`, {
      token: admin,
      body: { userIds: [staff.user.id, plain.user.id] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.issues).toEqual([
      { path: 'userIds.1', message: '该用户没有场馆工作人员角色' },
    ]);
    const unknown = await api.call('PUT', `/venues/${venue.id}/staff`, {
      token: admin,
      body: { userIds: [missingId] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.issues[0].message).toBe('用户不存在');
    // The refused update changed nothing: the staff member still runs the venue.
    expect((await api.call('GET', `/venues/${venue.id}/code`, { token: staff.token })).status).toBe(200);
    const cleared = await api.call('PUT', `/venues/${venue.id}/staff`, {
      token: admin,
      body: { userIds: [] },
    });
    expect(cleared.body).toEqual({ venueId: venue.id, userIds: [] });
    expect((await api.call('GET', `/venues/${venue.id}/code`, { token: staff.token })).status).toBe(403);
    expect(
      (await api.call('PUT', `/venues/${missingId}/staff`, { token: admin, body: { userIds: [] } })).status,
    ).toBe(404);
  });
});

describe('checking in at a screen venue', () => {
  it('accepts the current code once a day: 201 with the first-visit badge, then 200 with the same check-in', async () => {
    const venue = await createVenue(api, { checkinMode: 'screen' });
    const person = await citizen();
    const code = await currentCode(api, venue.id);
    const first = await checkIn(venue.id, person.token, { code });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
      venueId: venue.id,
      day: shanghaiToday(),
      checkedInAt: expect.stringMatching(/\+08:00$/),
      alreadyCheckedIn: false,
      newBadges: [{ id: 'first-visit', name: expect.any(String), earnedAt: first.body.checkedInAt }],
    });
    const again = await checkIn(venue.id, person.token, { code: await currentCode(api, venue.id) });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, alreadyCheckedIn: true, newBadges: [] });
  });

  it('gives the seeded staff member the rotating code of 石嘴山科技馆 with its step', async () => {
    const staff = await api.login('staff');
    const reply = await api.call('GET', `/venues/${scienceCenterId}/code`, { token: staff.token });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      code: expect.stringMatching(/^SZV1\./),
      validUntil: expect.any(String),
      stepSeconds: 30,
    });
    const left = Date.parse(reply.body.validUntil) - Date.now();
    expect(left).toBeGreaterThan(-1000);
    expect(left).toBeLessThanOrEqual(30_000);
  });

  it('accepts the code of the step before, refuses older ones as CODE_EXPIRED', async () => {
    const venue = await createVenue(api, { checkinMode: 'screen' });
    const keyed = { id: venue.id, codeKeyVersion: 0 };
    const previous = await screenCode(keyed, Date.now() - 30_000);
    expect((await checkIn(venue.id, (await citizen()).token, { code: previous.code })).status).toBe(201);
    const old = await screenCode(keyed, Date.now() - 95_000);
    const expired = await checkIn(venue.id, (await citizen()).token, { code: old.code });
    expect(expired.status).toBe(422);
    expect(expired.body.error.code).toBe('CODE_EXPIRED');
  });

  it('refuses forged, altered, future and other-venue codes as INVALID_CODE, and a missing one as VALIDATION_FAILED', async () => {
    const venue = await createVenue(api, { checkinMode: 'screen' });
    const other = await createVenue(api, { checkinMode: 'screen' });
    const person = await citizen();
    const good = await currentCode(api, venue.id);
    const altered = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    const future = (await screenCode({ id: venue.id, codeKeyVersion: 0 }, Date.now() + 120_000)).code;
    for (const code of [
      'SZV1.abc.forgedforgedforgedforged',
      altered,
      await currentCode(api, other.id),
      future,
      'hello',
    ]) {
      const reply = await checkIn(venue.id, person.token, { code });
      expect(reply.status).toBe(422);
      expect(reply.body.error.code).toBe('INVALID_CODE');
    }
    const missing = await checkIn(venue.id, person.token, {});
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('VALIDATION_FAILED');
    expect(missing.body.error.details.issues[0].path).toBe('code');
    // Nothing was counted by the refusals.
    const stats = await api.call(
      'GET',
      `/venues/${venue.id}/stats?from=${shanghaiToday()}&to=${shanghaiToday()}`,
      {
        token: admin,
      },
    );
    expect(stats.body.visits).toBe(0);
  });

  it('answers a retry whose code has since expired with the check-in it made', async () => {
    const venue = await createVenue(api, { checkinMode: 'screen' });
    const person = await citizen();
    const keyed = { id: venue.id, codeKeyVersion: 0 };
    const first = await checkIn(venue.id, person.token, {
      code: (await screenCode(keyed, Date.now() - 30_000)).code,
    });
    expect(first.status).toBe(201);
    const retry = await checkIn(venue.id, person.token, {
      code: (await screenCode(keyed, Date.now() - 95_000)).code,
    });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id: first.body.id, alreadyCheckedIn: true });
  });
});

describe('what a check-in costs', () => {
  const calls = (reply: { headers: Headers }) => reply.headers.get('x-store-calls');

  it('is a known, small number of store calls: nine for a new check-in, five for a repeat', async () => {
    const venue = await createVenue(api);
    const person = await citizen();
    const first = await checkIn(venue.id, person.token, { location: fixAt(venue.location) });
    // The rate limit's place, account and venue (in parallel), the check-in, the first visit, the
    // venue's day counter, the city's day (the bureau's figures), the confirmation, the person's
    // check-ins for the badges.
    expect(calls(first)!.split(',').sort()).toEqual(
      [
        'UpdateItemCommand',
        'GetItemCommand',
        'GetItemCommand',
        'PutItemCommand',
        'PutItemCommand',
        'UpdateItemCommand',
        'UpdateItemCommand',
        'UpdateItemCommand',
        'QueryCommand',
      ].sort(),
    );
    const again = await checkIn(venue.id, person.token, { location: fixAt(venue.location) });
    expect(calls(again)!.split(',').sort()).toEqual(
      ['UpdateItemCommand', 'GetItemCommand', 'GetItemCommand', 'GetItemCommand', 'PutItemCommand'].sort(),
    );
    const refused = await checkIn(venue.id, (await citizen()).token, {
      location: fixAt(northOf(venue.location, 9000)),
    });
    expect(refused.status).toBe(422);
    // The rate limit's place (a refused attempt counts), account and venue, then the look for a
    // check-in today that a retry would stand on.
    expect(calls(refused)!.split(',').sort()).toEqual(
      ['UpdateItemCommand', 'GetItemCommand', 'GetItemCommand', 'GetItemCommand'].sort(),
    );
  });
});

describe('checking in at a poster venue', () => {
  it('needs the printed code and a location near the venue', async () => {
    const venue = await createVenue(api, { checkinMode: 'poster', radiusM: 300 });
    const code = await currentCode(api, venue.id);
    const codeReply = await api.call('GET', `/venues/${venue.id}/code`, { token: admin });
    expect(codeReply.body).toEqual({
      code: expect.stringMatching(/^SZP1\./),
      validUntil: null,
      stepSeconds: null,
    });
    const person = await citizen();
    const noLocation = await checkIn(venue.id, person.token, { code });
    expect(noLocation.status).toBe(422);
    expect(noLocation.body.error.code).toBe('VALIDATION_FAILED');
    expect(noLocation.body.error.details.issues[0].path).toBe('location');
    const noCode = await checkIn(venue.id, person.token, { location: fixAt(venue.location) });
    expect(noCode.status).toBe(422);
    expect(noCode.body.error.details.issues[0].path).toBe('code');
    // A photo of the poster shared to someone at home: the code is right, the place is not.
    const home = await checkIn(venue.id, person.token, {
      code,
      location: fixAt(northOf(venue.location, 5000)),
    });
    expect(home.status).toBe(422);
    expect(home.body.error.code).toBe('TOO_FAR');
    expect(home.body.error.details).toEqual({ distanceM: 5000, radiusM: 300 });
    const there = await checkIn(venue.id, person.token, {
      code,
      location: fixAt(northOf(venue.location, 100)),
    });
    expect(there.status).toBe(201);
  });

  it('revokes every printed code when the venue’s key is rotated', async () => {
    const venue = await createVenue(api, { checkinMode: 'poster' });
    const oldCode = await currentCode(api, venue.id);
    const rotated = await api.call('PATCH', `/venues/${venue.id}`, {
      token: admin,
      body: { rotatePrintedCode: true },
    });
    expect(rotated.status).toBe(200);
    const newCode = await currentCode(api, venue.id);
    expect(newCode).not.toBe(oldCode);
    const refused = await checkIn(venue.id, (await citizen()).token, {
      code: oldCode,
      location: fixAt(venue.location),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('INVALID_CODE');
    const accepted = await checkIn(venue.id, (await citizen()).token, {
      code: newCode,
      location: fixAt(venue.location),
    });
    expect(accepted.status).toBe(201);
  });

  it('refuses a rotating code or another poster’s code as INVALID_CODE', async () => {
    const venue = await createVenue(api, { checkinMode: 'poster' });
    const other = await createVenue(api, { checkinMode: 'poster' });
    const person = await citizen();
    for (const code of [
      await currentCode(api, other.id),
      (await screenCode({ id: venue.id, codeKeyVersion: 0 })).code,
    ]) {
      const reply = await checkIn(venue.id, person.token, { code, location: fixAt(venue.location) });
      expect(reply.status).toBe(422);
      expect(reply.body.error.code).toBe('INVALID_CODE');
    }
  });
});

describe('checking in at a geo venue', () => {
  it('takes the accuracy into account: distance minus accuracy within the radius', async () => {
    const venue = await createVenue(api, { radiusM: 300 });
    const person = await citizen();
    // 400 m away, ±150 m: the person may be 250 m away, inside the fence.
    const reply = await checkIn(venue.id, person.token, {
      location: fixAt(northOf(venue.location, 400), 150),
    });
    expect(reply.status).toBe(201);
    // 400 m away, ±50 m: at least 350 m away.
    const far = await checkIn(venue.id, (await citizen()).token, {
      location: fixAt(northOf(venue.location, 400), 50),
    });
    expect(far.status).toBe(422);
    expect(far.body.error).toMatchObject({ code: 'TOO_FAR', details: { distanceM: 400, radiusM: 300 } });
    expect(far.body.error.message).toContain('400');
  });

  it('refuses a fix coarser than 300 m as LOCATION_TOO_COARSE, even at the door', async () => {
    const venue = await createVenue(api);
    const reply = await checkIn(venue.id, (await citizen()).token, { location: fixAt(venue.location, 301) });
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({
      code: 'LOCATION_TOO_COARSE',
      details: { accuracyM: 301, maxAccuracyM: 300 },
    });
    const borderline = await checkIn(venue.id, (await citizen()).token, {
      location: fixAt(venue.location, 300),
    });
    expect(borderline.status).toBe(201);
  });

  it.each([
    ['no location', {}],
    ['a location without accuracy', { location: cityCentre }],
    ['a negative accuracy', { location: { ...cityCentre, accuracy: -1 } }],
    ['a latitude off the globe', { location: { lat: 91, lng: 106, accuracy: 10 } }],
    ['a text latitude', { location: { lat: '39', lng: 106, accuracy: 10 } }],
    ['an unknown field', { location: fixAt(cityCentre), photo: 'x' }],
  ])('refuses %s with VALIDATION_FAILED', async (_, body) => {
    const venue = await createVenue(api);
    const reply = await checkIn(venue.id, (await citizen()).token, body);
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('needs a login and a venue that exists', async () => {
    const venue = await createVenue(api);
    const anonymous = await api.call('POST', `/venues/${venue.id}/checkins`, {
      body: { location: fixAt(venue.location) },
    });
    expect(anonymous.status).toBe(401);
    const missing = await checkIn(missingId, (await citizen()).token, { location: fixAt(cityCentre) });
    expect(missing.status).toBe(404);
  });

  it('never stores the location', async () => {
    const venue = await createVenue(api);
    const person = await citizen();
    const fix = fixAt(northOf(venue.location, 37.123456), 12.5);
    expect((await checkIn(venue.id, person.token, { location: fix })).status).toBe(201);
    const { documents } = await import('../../functions/src/store/document');
    const { tableNames } = await import('../../functions/src/config');
    const { Items } = await documents.query({
      TableName: tableNames.venues,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `VENUE#${venue.id}` },
    });
    const stored = JSON.stringify(Items);
    expect(stored).not.toContain(String(fix.lat));
    expect(stored).not.toContain('accuracy');
    const exported = await api.call('GET', '/me/export', { token: person.token });
    expect(JSON.stringify(exported.body)).not.toContain(String(fix.lat));
  });
});

describe('the science passport', () => {
  it('awards first-visit, five-venues, all-districts and ten-visits at their thresholds, with progress towards the next', async () => {
    const districts = [
      '640202',
      '640202',
      '640202',
      '640202',
      '640205',
      '640202',
      '640221',
      '640202',
      '640202',
      '640202',
    ];
    const venues = [];
    for (const district of districts) venues.push(await createVenue(api, { district }));
    const person = await citizen();
    const empty = await api.call('GET', '/me/passport', { token: person.token });
    expect(empty.body).toEqual({
      visits: 0,
      venues: 0,
      districts: [],
      stamps: [],
      badges: [],
      next: [
        { id: 'first-visit', name: expect.any(String), progress: 0, target: 1 },
        { id: 'five-venues', name: expect.any(String), progress: 0, target: 5 },
        { id: 'all-districts', name: expect.any(String), progress: 0, target: 3 },
        { id: 'ten-visits', name: expect.any(String), progress: 0, target: 10 },
      ],
    });
    const earnedAt: Record<number, string[]> = {};
    for (const [i, venue] of venues.entries()) {
      const reply = await checkIn(venue.id, person.token, { location: fixAt(venue.location) });
      expect(reply.status).toBe(201);
      earnedAt[i + 1] = reply.body.newBadges.map((b: { id: string }) => b.id);
      if (i === 5) {
        const midway = await api.call('GET', '/me/passport', { token: person.token });
        expect(midway.body.next).toEqual([
          { id: 'all-districts', name: expect.any(String), progress: 2, target: 3 },
          { id: 'ten-visits', name: expect.any(String), progress: 6, target: 10 },
        ]);
      }
    }
    expect(earnedAt).toEqual({
      1: ['first-visit'],
      2: [],
      3: [],
      4: [],
      5: ['five-venues'],
      6: [],
      7: ['all-districts'],
      8: [],
      9: [],
      10: ['ten-visits'],
    });
    const passport = await api.call('GET', '/me/passport', { token: person.token });
    expect(passport.status).toBe(200);
    expect(passport.body).toMatchObject({
      visits: 10,
      venues: 10,
      districts: ['640202', '640205', '640221'],
      next: [],
    });
    expect(passport.body.badges.map((b: { id: string }) => b.id)).toEqual([
      'first-visit',
      'five-venues',
      'all-districts',
      'ten-visits',
    ]);
    expect(passport.body.stamps).toHaveLength(10);
    expect(passport.body.stamps[0]).toEqual({
      venueId: venues[0]!.id,
      venueName: venues[0]!.name,
      kind: 'base',
      district: '640202',
      firstVisitOn: shanghaiToday(),
      lastVisitOn: shanghaiToday(),
      visits: 1,
    });
  });

  it('needs a login', async () => {
    expect((await api.call('GET', '/me/passport')).status).toBe(401);
  });
});

describe('a venue’s figures', () => {
  it('gives every day of the range, 0 where none, to its staff and admins only', async () => {
    const venue = await createVenue(api);
    const staff = await staffOf(api, venue.id);
    for (let i = 0; i < 3; i++)
      await checkIn(venue.id, (await citizen()).token, { location: fixAt(venue.location) });
    const today = shanghaiToday();
    const from = new Date(Date.parse(today) - 6 * 86_400_000).toISOString().slice(0, 10);
    const reply = await api.call('GET', `/venues/${venue.id}/stats?from=${from}&to=${today}`, {
      token: staff.token,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ venueId: venue.id, from, to: today, visits: 3, firstTimeVisitors: 3 });
    expect(reply.body.days).toHaveLength(7);
    expect(reply.body.days[6]).toEqual({ day: today, visits: 3, firstTimeVisitors: 3 });
    expect(reply.body.days.slice(0, 6).every((d: { visits: number }) => d.visits === 0)).toBe(true);
    const otherStaff = await staffOf(api, (await createVenue(api)).id);
    expect(
      (
        await api.call('GET', `/venues/${venue.id}/stats?from=${from}&to=${today}`, {
          token: otherStaff.token,
        })
      ).status,
    ).toBe(403);
  });

  it.each([
    ['more than 366 days', 'from=2025-01-01&to=2026-01-02'],
    ['an end before the start', 'from=2026-02-02&to=2026-02-01'],
    ['a day that does not exist', 'from=2026-02-30&to=2026-03-01'],
    ['no range', ''],
  ])('refuses %s with VALIDATION_FAILED', async (_, query) => {
    const reply = await api.call('GET', `/venues/${scienceCenterId}/stats?${query}`, { token: admin });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('accepts exactly 366 days', async () => {
    const reply = await api.call('GET', `/venues/${scienceCenterId}/stats?from=2024-01-01&to=2024-12-31`, {
      token: admin,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.days).toHaveLength(366);
  });

  it('answers the code of a geo venue with CONFLICT: it has none', async () => {
    const venue = await createVenue(api);
    const reply = await api.call('GET', `/venues/${venue.id}/code`, { token: admin });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('CONFLICT');
    expect((await api.call('GET', `/venues/${missingId}/code`, { token: admin })).status).toBe(404);
  });
});

describe('the bureau’s figures', () => {
  it('totals every venue over the range, as JSON and as an Excel workbook', async () => {
    const venue = await createVenue(api, { district: '640221' });
    await checkIn(venue.id, (await citizen()).token, { location: fixAt(venue.location) });
    await checkIn(venue.id, (await citizen()).token, { location: fixAt(venue.location) });
    const today = shanghaiToday();
    const reply = await api.call('GET', `/stats/venues?from=${today}&to=${today}`, { token: admin });
    expect(reply.status).toBe(200);
    expect(reply.body.items).toContainEqual({
      venueId: venue.id,
      name: venue.name,
      district: '640221',
      visits: 2,
      firstTimeVisitors: 2,
    });
    expect(reply.body.items.find((r: { venueId: string }) => r.venueId === scienceCenterId)).toBeDefined();

    const xlsx = await fetch(`${gateway.url}/stats/venues.xlsx?from=${today}&to=${today}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const rows: unknown[][] = [];
    workbook.getWorksheet('场馆打卡汇总')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual([expect.any(Number), venue.name, '平罗县', 2, 2]);
    const daily = workbook.getWorksheet('每日打卡人次')!;
    expect(daily.rowCount).toBe(2);

    const refused = await api.call('GET', `/stats/venues?from=${today}&to=${today}`, {
      token: (await citizen()).token,
    });
    expect(refused.status).toBe(403);
    const bad = await api.call('GET', '/stats/venues?from=2026-01-01', { token: admin });
    expect(bad.status).toBe(422);
  });
});
