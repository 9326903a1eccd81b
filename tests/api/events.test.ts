// 科普 events through the HTTP API: the life of an event and of a registration.
import ExcelJS from 'exceljs';
import { toShanghaiIso } from '@szkc/shared';
import { client, uniqueName } from '../support/client';
import { citizens, eventInput, organizerSession, publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const hour = 3600_000;
const calls = (reply: { headers: Headers }) =>
  (reply.headers.get('x-store-calls') ?? '').split(',').filter((c) => c && c !== 'none');

describe('organising an event', () => {
  it('creates a draft that only its organiser sees, then publishes it to the list', async () => {
    const organizer = await organizerSession(api);
    const title = `讲座 ${uniqueName('t')}`;
    const start = Date.now() + 500 * 24 * hour; // a day of its own, away from other tests' events
    const created = await api.call('POST', '/events', {
      token: organizer.token,
      body: eventInput({
        title,
        startAt: toShanghaiIso(start),
        endAt: toShanghaiIso(start + hour),
        signupClosesAt: toShanghaiIso(start - hour),
      }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      seatsLeft: 10,
      capacity: 10,
      districtName: '大武口区',
      title,
    });
    expect(created.body.startAt).toMatch(/\+08:00$/);
    const id = created.body.id;
    const [citizen] = await citizens(api, 1);
    expect((await api.call('GET', `/events/${id}`)).status).toBe(404);
    expect((await api.call('GET', `/events/${id}`, { token: citizen!.token })).status).toBe(404);
    expect((await api.call('GET', `/events/${id}`, { token: organizer.token })).status).toBe(200);
    const search = `/events?q=${encodeURIComponent(title)}&from=${encodeURIComponent(toShanghaiIso(start - hour))}`;
    const listBefore = await api.call('GET', search);
    expect(listBefore.body.items).toEqual([]);
    expect((await api.call('POST', `/events/${id}/publish`, { token: organizer.token })).body.status).toBe(
      'published',
    );
    const list = await api.call('GET', search);
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([id]);
    expect(calls(list)).toEqual(['QueryCommand']);
    const mine = await api.call('GET', '/me/events', { token: organizer.token });
    expect(mine.body.items.map((e: { id: string }) => e.id)).toContain(id);
  });

  it('lists published events soonest first, filtered by district and category', async () => {
    const base = Date.now() + 400 * 24 * hour; // far ahead, away from other tests' events
    const ids: string[] = [];
    for (const [i, district, category] of [
      [2, '640205', 'lecture'],
      [0, '640205', 'lecture'],
      [1, '640221', 'carnival'],
    ] as const) {
      const { event } = await publishedEvent(api, {
        district,
        category,
        startAt: toShanghaiIso(base + i * 24 * hour),
        endAt: toShanghaiIso(base + i * 24 * hour + 2 * hour),
        signupClosesAt: toShanghaiIso(base + i * 24 * hour - hour),
      });
      ids[i] = event.id;
    }
    const from = `${encodeURIComponent(toShanghaiIso(base - hour))}&to=${encodeURIComponent(toShanghaiIso(base + 3 * 24 * hour))}`;
    const all = await api.call('GET', `/events?from=${from}`);
    expect(all.body.items.map((e: { id: string }) => e.id)).toEqual(ids);
    const huinong = await api.call('GET', `/events?from=${from}&district=640205&category=lecture`);
    expect(huinong.body.items.map((e: { id: string }) => e.id)).toEqual([ids[0], ids[2]]);
    const page1 = await api.call('GET', `/events?from=${from}&limit=2`);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await api.call('GET', `/events?from=${from}&limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((e: { id: string }) => e.id)).toEqual([ids[2]]);
    expect((await api.call('GET', '/events?cursor=bm90LWpzb24')).status).toBe(422);
    expect((await api.call('GET', '/events?district=110101')).status).toBe(422);
  });

  it('refuses a capacity below the seats already taken', async () => {
    const { event, organizer } = await publishedEvent(api, { capacity: 5 });
    const people = await citizens(api, 2);
    await api.call('POST', `/events/${event.id}/registrations`, { token: people[0]!.token, body: signup(3) });
    const cut = await api.call('PATCH', `/events/${event.id}`, {
      token: organizer.token,
      body: { capacity: 2 },
    });
    expect(cut.status).toBe(409);
    expect(cut.body.error.code).toBe('CAPACITY_BELOW_CONFIRMED');
    const ok = await api.call('PATCH', `/events/${event.id}`, {
      token: organizer.token,
      body: { capacity: 3 },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ capacity: 3, seatsLeft: 0 });
    const grow = await api.call('PATCH', `/events/${event.id}`, {
      token: organizer.token,
      body: { capacity: 8, title: '改名后的活动' },
    });
    expect(grow.body).toMatchObject({ capacity: 8, seatsLeft: 5, title: '改名后的活动' });
    const badTimes = await api.call('PATCH', `/events/${event.id}`, {
      token: organizer.token,
      body: { endAt: event.startAt },
    });
    expect(badTimes.status).toBe(422);
  });
});

describe('registering', () => {
  it('confirms with a ticket in 6 store calls (a read, the rate limit, the seat protocol), and a repeat returns the same registration', async () => {
    const { event } = await publishedEvent(api);
    const [me] = await citizens(api, 1);
    const first = await api.call('POST', `/events/${event.id}/registrations`, {
      token: me!.token,
      body: signup(3),
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      eventId: event.id,
      status: 'confirmed',
      partySize: 3,
      waitlistPosition: null,
    });
    expect(first.body.ticket).toMatch(/^SZ2\./);
    // The read that refuses a plainly full event early, the rate limit's place (limits/limits.ts),
    // then the seat protocol's four.
    expect(calls(first)).toEqual([
      'BatchGetItemCommand',
      'UpdateItemCommand',
      'PutItemCommand',
      'UpdateItemCommand',
      'UpdateItemCommand',
      'UpdateItemCommand',
    ]);
    const again = await api.call('POST', `/events/${event.id}/registrations`, {
      token: me!.token,
      body: signup(1),
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.partySize).toBe(3);
    expect(again.body.ticket).toBe(first.body.ticket);
    // A retry after a timeout is answered from the first read: no write, no rate-limit place.
    expect(calls(again)).toEqual(['BatchGetItemCommand']);
    const detail = await api.call('GET', `/events/${event.id}`, { token: me!.token });
    expect(detail.body.seatsLeft).toBe(7);
    expect(detail.body.myRegistration.id).toBe(first.body.id);
    const anonymous = await api.call('GET', `/events/${event.id}`);
    expect(anonymous.body.myRegistration).toBeUndefined();
    expect(calls(anonymous)).toEqual(['GetItemCommand']);
  });

  it('refuses outside the signup window, for a cancelled event and for a too large party', async () => {
    const now = Date.now();
    const [me] = await citizens(api, 1);
    const notOpen = await publishedEvent(api, { signupOpensAt: toShanghaiIso(now + hour) });
    const closed = await publishedEvent(api, {
      signupOpensAt: toShanghaiIso(now - 3 * hour),
      signupClosesAt: toShanghaiIso(now - hour),
    });
    const cancelled = await publishedEvent(api);
    await api.call('POST', `/events/${cancelled.event.id}/cancel`, { token: cancelled.organizer.token });
    const cases: Array<[string, number, string, number?]> = [
      [notOpen.event.id, 409, 'SIGNUP_NOT_OPEN'],
      [closed.event.id, 409, 'SIGNUP_CLOSED'],
      [cancelled.event.id, 409, 'EVENT_CANCELLED'],
      [
        notOpen.event.id.replace(/.$/, 'Z') === notOpen.event.id
          ? '01ARZ3NDEKTSV4RRFFQ69G5FAV'
          : '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        404,
        'NOT_FOUND',
      ],
    ];
    for (const [id, status, code] of cases) {
      const reply = await api.call('POST', `/events/${id}/registrations`, {
        token: me!.token,
        body: signup(1),
      });
      expect(reply.status, code).toBe(status);
      expect(reply.body.error.code).toBe(code);
    }
    const open = await publishedEvent(api, { maxPartySize: 2 });
    const big = await api.call('POST', `/events/${open.event.id}/registrations`, {
      token: me!.token,
      body: signup(3),
    });
    expect(big.status).toBe(422);
    expect(big.body.error.details.issues[0].path).toBe('partySize');
    // A refused attempt leaves nothing behind: a later valid one works.
    const ok = await api.call('POST', `/events/${open.event.id}/registrations`, {
      token: me!.token,
      body: signup(2),
    });
    expect(ok.status).toBe(201);
  });

  it('waitlists when seats are short, promotes in arrival order skipping parties that do not fit', async () => {
    const { event } = await publishedEvent(api, { capacity: 3, waitlistLimit: 4 });
    const [a, x, b, c, d] = await citizens(api, 5);
    const post = (who: typeof a, n: number) =>
      api.call('POST', `/events/${event.id}/registrations`, { token: who!.token, body: signup(n) });
    expect((await post(a, 2)).body.status).toBe('confirmed');
    expect((await post(x, 1)).body.status).toBe('confirmed');
    const bReg = await post(b, 3);
    expect(bReg.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, ticket: null });
    const cReg = await post(c, 1);
    expect(cReg.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    const full = await post(d, 1);
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('EVENT_FULL');
    // Plainly full is answered from one read, before any write (budget: at most 2 store calls).
    expect(calls(full)).toEqual(['BatchGetItemCommand']);
    // A repeat tap of someone who holds a place still gets it back on the full event.
    const again = await post(c, 1);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: cReg.body.id, status: 'waitlisted', waitlistPosition: 2 });
    expect(calls(again)).toEqual(['BatchGetItemCommand', 'QueryCommand']);
    // One seat frees: B (3 people) does not fit and keeps its place; C (1) is promoted.
    const cancelled = await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: x!.token });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', ticket: null });
    const cNow = await api.call('GET', `/events/${event.id}`, { token: c!.token });
    expect(cNow.body.myRegistration).toMatchObject({ status: 'confirmed' });
    expect(cNow.body.myRegistration.ticket).toMatch(/^SZ2\./);
    const bNow = await api.call('GET', `/events/${event.id}`, { token: b!.token });
    expect(bNow.body.myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    // Two seats free: B still does not fit. Then all three: now B fits.
    await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: a!.token });
    expect(
      (await api.call('GET', `/events/${event.id}`, { token: b!.token })).body.myRegistration.status,
    ).toBe('waitlisted');
    await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: c!.token });
    const bLater = await api.call('GET', `/events/${event.id}`, { token: b!.token });
    expect(bLater.body.myRegistration.status).toBe('confirmed');
    expect(bLater.body.seatsLeft).toBe(0);
    const mine = await api.call('GET', '/me/registrations', { token: b!.token });
    expect(mine.body.items[0]).toMatchObject({
      eventId: event.id,
      status: 'confirmed',
      event: { id: event.id },
    });
  });

  it('lets a person who cancelled sign up again, at the back of the queue', async () => {
    const { event } = await publishedEvent(api, { capacity: 2 });
    const [me] = await citizens(api, 1);
    const first = await api.call('POST', `/events/${event.id}/registrations`, {
      token: me!.token,
      body: signup(1),
    });
    await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: me!.token });
    const again = await api.call('POST', `/events/${event.id}/registrations`, {
      token: me!.token,
      body: signup(2),
    });
    expect(again.status).toBe(201);
    // A new attempt, with a new id: nothing left from the first one can count for it.
    expect(again.body).toMatchObject({ status: 'confirmed', partySize: 2 });
    expect(again.body.id).not.toBe(first.body.id);
    const cancelTwice = await api.call('DELETE', `/events/${event.id}/registrations/me`, {
      token: me!.token,
    });
    expect(cancelTwice.body.status).toBe('cancelled');
    expect(
      (await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: me!.token })).body.status,
    ).toBe('cancelled');
    expect((await api.call('GET', `/events/${event.id}`)).body.seatsLeft).toBe(2);
  });
});

describe('roster, export and check-in', () => {
  it('shows the organiser a roster with masked phones, also in Excel', async () => {
    const { event, organizer } = await publishedEvent(api);
    const [p] = await citizens(api, 1);
    await api.call('POST', `/events/${event.id}/registrations`, {
      token: p!.token,
      body: { partySize: 2, contactName: '王小明', contactPhone: '13912345678' },
    });
    const roster = await api.call('GET', `/events/${event.id}/registrations`, { token: organizer.token });
    expect(roster.status).toBe(200);
    expect(roster.body.items).toEqual([
      expect.objectContaining({
        status: 'confirmed',
        partySize: 2,
        contactName: '王小明',
        contactPhoneMasked: '139****5678',
        checkedInAt: null,
      }),
    ]);
    expect(JSON.stringify(roster.body)).not.toContain('13912345678');
    const response = await fetch(`${gateway.url}/events/${event.id}/registrations.xlsx`, {
      headers: { authorization: `Bearer ${organizer.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const text = JSON.stringify(workbook.getWorksheet('报名名单')!.getSheetValues());
    expect(text).toContain('王小明');
    expect(text).toContain('139****5678');
    expect(text).not.toContain('13912345678');
  });

  it('checks a ticket in once, reports the first time on a second scan, and refuses bad tickets', async () => {
    const { event, organizer } = await publishedEvent(api);
    const other = await publishedEvent(api);
    const [p, q] = await citizens(api, 2);
    const reg = (
      await api.call('POST', `/events/${event.id}/registrations`, { token: p!.token, body: signup(2) })
    ).body;
    const otherReg = (
      await api.call('POST', `/events/${other.event.id}/registrations`, { token: q!.token, body: signup(1) })
    ).body;
    const scan = (ticket: string) =>
      api.call('POST', `/events/${event.id}/checkins`, { token: organizer.token, body: { ticket } });
    const first = await scan(reg.ticket);
    expect(first.body).toMatchObject({ registrationId: reg.id, partySize: 2, alreadyCheckedIn: false });
    const mine = await api.call('GET', `/events/${event.id}`, { token: p!.token });
    expect(mine.body.myRegistration.checkedInAt).toBe(first.body.checkedInAt);
    const second = await scan(reg.ticket);
    expect(second.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.body.checkedInAt });
    const flip = (t: string, i: number) => t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
    for (const bad of [
      flip(reg.ticket, reg.ticket.length - 1),
      flip(reg.ticket, 8),
      'SZ1.abc.def',
      otherReg.ticket,
      'hello',
    ]) {
      const reply = await scan(bad);
      expect(reply.status, bad).toBe(422);
      expect(reply.body.error.code).toBe('INVALID_TICKET');
    }
    const [r] = await citizens(api, 1);
    const cancelledReg = (
      await api.call('POST', `/events/${event.id}/registrations`, { token: r!.token, body: signup(1) })
    ).body;
    await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: r!.token });
    expect((await scan(cancelledReg.ticket)).body.error.code).toBe('INVALID_TICKET');
    const roster = await api.call('GET', `/events/${event.id}/registrations`, { token: organizer.token });
    expect(roster.body.items.find((row: { id: string }) => row.id === reg.id).checkedInAt).toBe(
      first.body.checkedInAt,
    );
  });
});
