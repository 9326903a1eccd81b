// Per-client rate limits (issue 14, item 9): logins per identity, new registrations per person
// across events (repeat taps never counted nor refused), venue check-ins and contest entry saves
// per person; 429 RATE_LIMITED with Retry-After; a finished window is never counted. Small limits
// for this file only (RATE_LIMITS, honoured on the test stage), set before the functions load.
import { client, uniqueName, type Reply } from '../support/client';
import { contestInput, entryInput } from '../support/contests';
import { eventInput, signup } from '../support/events';
import { startGateway } from '../support/gateway';
import { cityCentre, fixAt, venueInput } from '../support/venues';

const small = {
  login: { limit: 3, windowSeconds: 3600 },
  registration: { limit: 3, windowSeconds: 3600 },
  entryEdit: { limit: 3, windowSeconds: 3600 },
  // Short, so the test can see a window end.
  venueCheckin: { limit: 2, windowSeconds: 3 },
};

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
let admin: string;
let organizer: string;
const before = process.env.RATE_LIMITS;

beforeAll(async () => {
  process.env.RATE_LIMITS = JSON.stringify(small);
  gateway = await startGateway();
  api = client(gateway.url);
  // The seeded admin logs in once in this file: its logins are limited too.
  admin = (await api.login('admin')).token;
  const org = await api.login(uniqueName('org'));
  await api.call('PUT', `/users/${org.user.id}/roles`, { token: admin, body: { roles: ['organizer'] } });
  organizer = org.token;
});
afterAll(async () => {
  process.env.RATE_LIMITS = before;
  await gateway.close();
});

/** Waits, if need be, until at least `ms` of the current fixed window of `seconds` remain. */
async function roomInWindow(seconds: number, ms: number) {
  const left = seconds * 1000 - (Date.now() % (seconds * 1000));
  if (left < ms) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

function expectLimited(reply: Reply, windowSeconds: number) {
  expect(reply.status).toBe(429);
  expect(reply.body.error.code).toBe('RATE_LIMITED');
  expect(reply.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  const retryAfter = Number(reply.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(reply.body.error.details.retryAfterSeconds).toBe(retryAfter);
  return retryAfter;
}

/** Every counter in the limits table. Imported late: the functions' config must see RATE_LIMITS. */
async function counters(): Promise<Array<Record<string, any>>> {
  const { documents } = await import('../../functions/src/store/document');
  const { Items } = await documents.scan({ TableName: process.env.TABLE_LIMITS!, ConsistentRead: true });
  return Items ?? [];
}

const devLogin = (name: string) => api.call('POST', '/auth/login', { body: { code: `dev:${name}` } });

async function publishedEvent(overrides: Record<string, unknown> = {}) {
  const created = await api.call('POST', '/events', { token: organizer, body: eventInput(overrides) });
  expect(created.status).toBe(201);
  const published = await api.call('POST', `/events/${created.body.id}/publish`, { token: organizer });
  expect(published.status).toBe(200);
  return published.body.id as string;
}

describe('logins per identity', () => {
  it('answers 429 with Retry-After after the limit, while another identity still logs in', async () => {
    await roomInWindow(small.login.windowSeconds, 10_000);
    const name = uniqueName('burst');
    const burst = await Promise.all(Array.from({ length: 8 }, () => devLogin(name)));
    expect(burst.filter((r) => r.status === 200)).toHaveLength(small.login.limit);
    const refused = burst.filter((r) => r.status !== 200);
    expect(refused).toHaveLength(8 - small.login.limit);
    for (const reply of refused) expectLimited(reply, small.login.windowSeconds);
    // Still refused afterwards, and no token was issued for the refused ones.
    expectLimited(await devLogin(name), small.login.windowSeconds);
    expect(refused.every((r) => r.body.token === undefined)).toBe(true);

    const other = await devLogin(uniqueName('other'));
    expect(other.status).toBe(200);
  });

  it('limits a WeChat identity by its openid, whatever the code', async () => {
    const openid = uniqueName('o');
    for (let i = 0; i < small.login.limit; i++) {
      const reply = await api.call('POST', '/auth/login', { body: { code: `ok-${openid}` } });
      expect(reply.status).toBe(200);
    }
    const refused = await api.call('POST', '/auth/login', { body: { code: `ok-${openid}` } });
    expectLimited(refused, small.login.windowSeconds);
    const other = await api.call('POST', '/auth/login', { body: { code: `ok-${uniqueName('o')}` } });
    expect(other.status).toBe(200);
  });

  it('keeps no openid, dev name or user id in the counters', async () => {
    const name = uniqueName('keys');
    const { user } = (await devLogin(name)).body;
    const items = await counters();
    expect(items.length).toBeGreaterThan(0);
    const text = JSON.stringify(items);
    expect(text).not.toContain(name);
    expect(text).not.toContain(user.id);
    for (const item of items) {
      expect(item.pk).toMatch(/^(login|registration|venueCheckin|entryEdit)#[A-Za-z0-9_-]{22}$/);
      expect(typeof item.expiresAt).toBe('number');
    }
  });
});

describe('new registrations per person across events', () => {
  it('refuses the N+1th new registration, never a repeat tap on one the person holds', async () => {
    const events = await Promise.all(Array.from({ length: 4 }, () => publishedEvent()));
    const me = await api.login(uniqueName('hoard'));
    const register = (eventId: string) =>
      api.call('POST', `/events/${eventId}/registrations`, { token: me.token, body: signup(1) });

    await roomInWindow(small.registration.windowSeconds, 10_000);
    const first = await register(events[0]!);
    expect(first.status).toBe(201);
    // Repeat taps, some at once: each answers 200 with the same registration, none is counted.
    const taps = await Promise.all(Array.from({ length: 4 }, () => register(events[0]!)));
    for (const tap of taps) {
      expect(tap.status).toBe(200);
      expect(tap.body.id).toBe(first.body.id);
    }
    expect((await register(events[1]!)).status).toBe(201);
    expect((await register(events[2]!)).status).toBe(201);

    const refused = await register(events[3]!);
    expectLimited(refused, small.registration.windowSeconds);
    // Refused before anything was written: no registration, no seat taken.
    const detail = await api.call('GET', `/events/${events[3]}`, { token: me.token });
    expect(detail.body.seatsLeft).toBe(10);
    const mine = await api.call('GET', '/me/registrations', { token: me.token });
    expect(mine.body.items.map((r: { eventId: string }) => r.eventId).sort()).toEqual(
      events.slice(0, 3).sort(),
    );

    // Over the limit, a repeat tap still gets its registration.
    const again = await register(events[1]!);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('confirmed');

    // The limit is the person's: someone else still registers.
    const other = await api.login(uniqueName('other'));
    const theirs = await api.call('POST', `/events/${events[3]}/registrations`, {
      token: other.token,
      body: signup(1),
    });
    expect(theirs.status).toBe(201);
  });

  it('does not count an attempt the event refused', async () => {
    const full = await publishedEvent({ capacity: 1, waitlistLimit: 0 });
    const holder = await api.login(uniqueName('holder'));
    expect(
      (await api.call('POST', `/events/${full}/registrations`, { token: holder.token, body: signup(1) }))
        .status,
    ).toBe(201);
    const me = await api.login(uniqueName('retry'));
    for (let i = 0; i < small.registration.limit + 1; i++) {
      const reply = await api.call('POST', `/events/${full}/registrations`, {
        token: me.token,
        body: signup(1),
      });
      expect(reply.status).toBe(409);
      expect(reply.body.error.code).toBe('EVENT_FULL');
    }
    const open = await Promise.all(Array.from({ length: small.registration.limit }, () => publishedEvent()));
    for (const eventId of open) {
      const reply = await api.call('POST', `/events/${eventId}/registrations`, {
        token: me.token,
        body: signup(1),
      });
      expect(reply.status).toBe(201);
    }
  });
});

describe('venue check-ins per person', () => {
  it('answers 429 past the limit, and counts nothing of a finished window', async () => {
    const venues = await Promise.all(
      Array.from({ length: 2 }, async () => {
        const reply = await api.call('POST', '/venues', { token: admin, body: venueInput() });
        expect(reply.status).toBe(201);
        return reply.body.id as string;
      }),
    );
    const me = await api.login(uniqueName('visitor'));
    const checkIn = (venueId: string, token = me.token) =>
      api.call('POST', `/venues/${venueId}/checkins`, { token, body: { location: fixAt(cityCentre) } });

    await roomInWindow(small.venueCheckin.windowSeconds, 2000);
    expect((await checkIn(venues[0]!)).status).toBe(201);
    expect((await checkIn(venues[1]!)).status).toBe(201);
    const refused = await checkIn(venues[0]!);
    const retryAfter = expectLimited(refused, small.venueCheckin.windowSeconds);
    // Another person checks in meanwhile.
    expect((await checkIn(venues[0]!, (await api.login(uniqueName('v2'))).token)).status).toBe(201);

    // The finished window's counter stays in the store (dynalite has no TTL), full and expired,
    // and is not counted: once the window is over, the same person checks in again.
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    expect((await checkIn(venues[0]!)).status).toBe(200);
    const checkinCounters = (await counters()).filter((i) => String(i.pk).startsWith('venueCheckin#'));
    const finished = checkinCounters.filter(
      (c) => c.hits === small.venueCheckin.limit && c.expiresAt * 1000 <= Date.now(),
    );
    expect(finished.length).toBeGreaterThanOrEqual(1);
  }, 20_000);
});

describe('contest entry saves per person', () => {
  it('answers 429 past the limit; another person still saves', async () => {
    const created = await api.call('POST', '/contests', { token: organizer, body: contestInput() });
    expect(created.status).toBe(201);
    const contestId = created.body.id as string;
    expect((await api.call('POST', `/contests/${contestId}/publish`, { token: organizer })).status).toBe(200);
    const entryOf = async () => {
      const leader = await api.login(uniqueName('lead'));
      const entry = await api.call('POST', `/contests/${contestId}/entries`, {
        token: leader.token,
        body: entryInput(),
      });
      expect(entry.status).toBe(201);
      return {
        token: leader.token,
        url: `/contests/${contestId}/entries/${entry.body.id}`,
        version: entry.body.version,
      };
    };
    const mine = await entryOf();
    const theirs = await entryOf();

    await roomInWindow(small.entryEdit.windowSeconds, 10_000);
    let version = mine.version as number;
    for (let i = 0; i < small.entryEdit.limit; i++) {
      const saved = await api.call('PATCH', mine.url, {
        token: mine.token,
        body: { version, summary: `第 ${i} 次` },
      });
      expect(saved.status).toBe(200);
      version = saved.body.version;
    }
    const refused = await api.call('PATCH', mine.url, {
      token: mine.token,
      body: { version, summary: '再改' },
    });
    expectLimited(refused, small.entryEdit.windowSeconds);
    const unchanged = await api.call('GET', mine.url, { token: mine.token });
    expect(unchanged.body.version).toBe(version);

    const other = await api.call('PATCH', theirs.url, {
      token: theirs.token,
      body: { version: theirs.version, summary: '队伍二的修改' },
    });
    expect(other.status).toBe(200);
  });
});
