// A rush of real concurrent requests against dynalite: never more people confirmed than seats.
import { client } from '../support/client';
import { citizens, publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';
import { audit, repairEvent } from '../support/seat-audit';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const sizes = [1, 2, 3, 1, 2, 1, 3, 2];

describe('a rush of signups', () => {
  it('500 people with mixed party sizes for 100 seats: exact seats, waitlist in arrival order, no one twice', async () => {
    const { event } = await publishedEvent(api, { capacity: 100, waitlistLimit: 40, maxPartySize: 3 });
    const people = await citizens(api, 500, 'rush');
    const replies = await Promise.all(
      people.map((p, i) =>
        api.call('POST', `/events/${event.id}/registrations`, {
          token: p.token,
          body: signup(sizes[i % sizes.length]!, i),
        }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(
      statuses.every((s) => s === 201 || s === 409),
      JSON.stringify(replies.find((r) => r.status !== 201 && r.status !== 409)?.body),
    ).toBe(true);
    const confirmed = replies.filter((r) => r.status === 201 && r.body.status === 'confirmed');
    const waitlisted = replies.filter((r) => r.status === 201 && r.body.status === 'waitlisted');
    const full = replies.filter((r) => r.status === 409);
    expect(full.every((r) => r.body.error.code === 'EVENT_FULL')).toBe(true);

    const seats = confirmed.reduce((n, r) => n + r.body.partySize, 0);
    expect(seats).toBeLessThanOrEqual(100);
    const a = await audit(event.id);
    expect(a.confirmedSeats).toBe(seats);
    expect(a.event.seatsLeft).toBe(100 - seats);
    // Seats stop below capacity only by parties that did not fit: seats only ever went down in
    // this rush, so every party turned away is larger than what is left at the end.
    const turnedAway = replies.flatMap((r, i) =>
      r.status === 409 || r.body.status === 'waitlisted' ? [sizes[i % sizes.length]!] : [],
    );
    for (const size of turnedAway) expect(size).toBeGreaterThan(100 - seats);
    expect(a.waitingPeople).toBe(waitlisted.reduce((n, r) => n + r.body.partySize, 0));
    expect(a.waitingPeople).toBeLessThanOrEqual(40);
    expect(a.event.waitlistLeft).toBe(40 - a.waitingPeople);
    expect(a.pending).toBe(0);
    expect(a.inflight).toEqual([]);
    // One registration per person.
    expect(new Set(a.regs.map((r) => r.userId)).size).toBe(a.regs.length);
    // Waitlist positions follow arrival: 1..n without gaps, in arrival order.
    const mine = await Promise.all(
      waitlisted.map((r) =>
        api.call('GET', `/events/${event.id}`, { token: people[replies.indexOf(r)]!.token }),
      ),
    );
    const byArrival = a.regs
      .filter((r) => r.status === 'waitlisted')
      .sort((x, y) => x.arrivedMs - y.arrivedMs || x.id.localeCompare(y.id));
    const positions = new Map(
      mine.map((m) => [m.body.myRegistration.id, m.body.myRegistration.waitlistPosition]),
    );
    expect(byArrival.map((r) => positions.get(r.id))).toEqual(byArrival.map((_, i) => i + 1));
    // The repair routine finds nothing to correct.
    const report = await repairEvent(event.id);
    expect(report).toMatchObject({
      recounted: true,
      seatsLeft: 100 - seats,
      waitlistLeft: 40 - a.waitingPeople,
      opsResolved: 0,
      pendingDropped: 0,
    });
    // 500 logins and 500 signups: ~100 s on a shared 2-core machine at load 11, before and after
    // the waiting-party conditions (97 s and 108 s side by side), so 120 s was too tight.
  }, 240_000);

  it('the same person tapping 报名 ten times at once gets one registration', async () => {
    const { event } = await publishedEvent(api, { capacity: 5 });
    const [me] = await citizens(api, 1);
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.call('POST', `/events/${event.id}/registrations`, { token: me!.token, body: signup(2) }),
      ),
    );
    expect(
      replies.filter((r) => r.status !== 200 && r.status !== 201).map((r) => JSON.stringify(r.body)),
    ).toEqual([]);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    const a = await audit(event.id);
    expect(a.regs).toHaveLength(1);
    expect(a.event.seatsLeft).toBe(3);
    expect(a.inflight).toEqual([]);
  });

  it('cancellations and new signups at the same time keep counters exact and promote in order', async () => {
    const { event } = await publishedEvent(api, { capacity: 30, waitlistLimit: 30, maxPartySize: 3 });
    const first = await citizens(api, 40, 'mix');
    const firstReplies = await Promise.all(
      first.map((p, i) =>
        api.call('POST', `/events/${event.id}/registrations`, {
          token: p.token,
          body: signup(sizes[i % sizes.length]!, i),
        }),
      ),
    );
    const confirmedPeople = first.filter((_, i) => firstReplies[i]!.body.status === 'confirmed');
    const late = await citizens(api, 30, 'late');
    await Promise.all([
      ...confirmedPeople
        .slice(0, 10)
        .map((p) => api.call('DELETE', `/events/${event.id}/registrations/me`, { token: p.token })),
      ...late.map((p, i) =>
        api.call('POST', `/events/${event.id}/registrations`, {
          token: p.token,
          body: signup(sizes[i % sizes.length]!, i),
        }),
      ),
      repairEvent(event.id),
    ]);
    const a = await audit(event.id);
    expect(a.confirmedSeats).toBeLessThanOrEqual(30);
    expect(a.event.seatsLeft).toBe(30 - a.confirmedSeats);
    expect(a.event.waitlistLeft).toBe(30 - a.waitingPeople);
    expect(a.inflight).toEqual([]);
    // Nobody still waiting would fit in the seats left.
    const waiting = a.regs.filter((r) => r.status === 'waitlisted');
    for (const reg of waiting) expect(reg.partySize).toBeGreaterThan(a.event.seatsLeft);
    const report = await repairEvent(event.id);
    expect(report.seatsLeft).toBe(a.event.seatsLeft);
  }, 120_000);
});
