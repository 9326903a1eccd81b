// Seat rules found broken by the outside review (issue 14, items 1 to 4), proved with real
// concurrent requests: freed seats go to the waitlist before newcomers, repeat taps by the holder
// of the last seat see their registration, a cancelled event's tickets admit nobody, and a person
// already checked in cannot give their seats back.
import { client } from '../support/client';
import { citizens, publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';
import { audit, repairEvent } from '../support/seat-audit';
import { countFromRegistrations } from '../../functions/src/events/repair';
import { waitingCountsFrom } from '../../functions/src/events/waiting-parties';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Session = Awaited<ReturnType<typeof citizens>>[number];
const register = (eventId: string, who: Session, size = 1) =>
  api.call('POST', `/events/${eventId}/registrations`, { token: who.token, body: signup(size) });
const cancel = (eventId: string, who: Session) =>
  api.call('DELETE', `/events/${eventId}/registrations/me`, { token: who.token });

/** Counters as the registrations say, the per-size waiting counts included; nothing in flight. */
async function expectExact(eventId: string) {
  const a = await audit(eventId);
  expect(a.inflight).toEqual([]);
  expect(a.pending).toBe(0);
  expect(a.confirmedSeats).toBeLessThanOrEqual(a.event.capacity);
  expect(a.event.seatsLeft).toBe(a.event.capacity - a.confirmedSeats);
  expect(a.event.waitlistLeft).toBe(a.event.waitlistLimit - a.waitingPeople);
  const counted = countFromRegistrations(a.event, a.regs).waitingParties;
  const stored = Object.fromEntries(
    Object.keys(counted).map((k) => [k, a.event[k as 'waitingParties1'] ?? 0]),
  );
  expect(stored).toEqual(counted);
  expect(counted).toEqual(
    waitingCountsFrom(a.regs.filter((r) => r.status === 'waitlisted').map((r) => r.partySize)),
  );
  // Nobody still waiting would fit the seats left.
  for (const reg of a.regs.filter((r) => r.status === 'waitlisted'))
    expect(reg.partySize).toBeGreaterThan(a.event.seatsLeft);
  return a;
}

describe('freed seats go to the waitlist before newcomers (item 1)', () => {
  it('one seat: A cancels and N registers 0–20 ms later; W is promoted, N waits (20 trials)', async () => {
    const [a, w, n] = await citizens(api, 3, 'fair');
    for (let trial = 0; trial < 20; trial++) {
      const { event } = await publishedEvent(api, { capacity: 1, waitlistLimit: 5 });
      expect((await register(event.id, a!)).body.status).toBe('confirmed');
      expect((await register(event.id, w!)).body).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: 1,
      });
      const cancelling = cancel(event.id, a!);
      await sleep(trial % 21);
      const newcomer = await register(event.id, n!);
      expect((await cancelling).status).toBe(200);
      expect(newcomer.status).toBe(201);
      expect(newcomer.body.status).toBe('waitlisted');
      const mine = await api.call('GET', `/events/${event.id}`, { token: w!.token });
      expect(mine.body.myRegistration.status).toBe('confirmed');
      expect(mine.body.myRegistration.ticket).toEqual(expect.any(String));
      await expectExact(event.id);
    }
  }, 120_000);

  it('a newcomer takes a freed seat when no waiting party fits it', async () => {
    const { event } = await publishedEvent(api, { capacity: 2, waitlistLimit: 5, maxPartySize: 3 });
    const [a, b, family, n] = await citizens(api, 4, 'fit');
    await register(event.id, a!);
    await register(event.id, b!);
    expect((await register(event.id, family!, 3)).body.status).toBe('waitlisted');
    await cancel(event.id, a!);
    expect((await register(event.id, n!, 1)).body.status).toBe('confirmed');
    const after = await expectExact(event.id);
    expect(after.regs.find((r) => r.userId === family!.user.id)?.status).toBe('waitlisted');
  });

  it('more seats from a capacity change go to the waitlist first', async () => {
    const { event, organizer } = await publishedEvent(api, { capacity: 1, waitlistLimit: 5 });
    const [a, w, n] = await citizens(api, 3, 'grow');
    await register(event.id, a!);
    await register(event.id, w!);
    const grown = await api.call('PATCH', `/events/${event.id}`, {
      token: organizer.token,
      body: { capacity: 2 },
    });
    expect(grown.status).toBe(200);
    expect(grown.body.seatsLeft).toBe(0);
    expect((await register(event.id, n!)).body.status).toBe('waitlisted');
    const after = await expectExact(event.id);
    expect(after.regs.find((r) => r.userId === w!.user.id)?.status).toBe('confirmed');
  });

  it('a storm of cancellations, newcomers and retries of EVENT_FULL: every freed seat goes to the waitlist first', async () => {
    const { event } = await publishedEvent(api, { capacity: 12, waitlistLimit: 6 });
    const holders = await citizens(api, 12, 'hold');
    const waiting = await citizens(api, 6, 'wait');
    const turnedAway = await citizens(api, 12, 'away');
    const newcomers = await citizens(api, 30, 'new');
    for (const p of holders) expect((await register(event.id, p)).body.status).toBe('confirmed');
    for (const p of waiting) expect((await register(event.id, p)).body.status).toBe('waitlisted');
    for (const p of turnedAway) expect((await register(event.id, p)).body.error.code).toBe('EVENT_FULL');
    // 9 seats come free: 6 owed to those waiting, 3 for whoever comes next.
    const leaving = holders.slice(0, 9);
    const storm = [
      ...leaving.map((p) => () => cancel(event.id, p)),
      ...newcomers.map((p) => () => register(event.id, p)),
      ...turnedAway.map((p) => () => register(event.id, p)),
      ...turnedAway.map((p) => () => register(event.id, p)),
    ].sort(() => Math.random() - 0.5);
    const replies = await Promise.all(storm.map((send) => send()));
    expect(replies.filter((r) => ![200, 201, 409].includes(r.status)).map((r) => r.body)).toEqual([]);
    expect(
      replies.filter((r) => r.status === 409 && r.body.error.code !== 'EVENT_FULL').map((r) => r.body),
    ).toEqual([]);
    const after = await expectExact(event.id);
    const statusOf = (p: Session) => after.regs.find((r) => r.userId === p.user.id)?.status;
    expect(waiting.map(statusOf)).toEqual(waiting.map(() => 'confirmed'));
    expect(after.confirmedSeats).toBe(12);
    const report = await repairEvent(event.id);
    expect(report).toMatchObject({ recounted: true, seatsLeft: 0, opsResolved: 0, pendingDropped: 0 });
  }, 120_000);
});

describe('repeat taps by the holder of the last seat (item 2)', () => {
  it('20 taps at once on the last seat all answer with the one registration (10 trials)', async () => {
    const [me] = await citizens(api, 1, 'taps');
    for (let trial = 0; trial < 10; trial++) {
      const { event } = await publishedEvent(api, { capacity: 1, waitlistLimit: 0 });
      const replies = await Promise.all(Array.from({ length: 20 }, () => register(event.id, me!)));
      expect(replies.filter((r) => r.status !== 200 && r.status !== 201).map((r) => r.body)).toEqual([]);
      expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
      expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
      expect(new Set(replies.map((r) => r.body.status))).toEqual(new Set(['confirmed']));
      await expectExact(event.id);
    }
  }, 120_000);
});

describe('tickets and check-in (items 3 and 4)', () => {
  it('a cancelled event: its tickets no longer check in, and its people see no ticket', async () => {
    const { event, organizer } = await publishedEvent(api);
    const [me] = await citizens(api, 1, 'gone');
    const { ticket } = (await register(event.id, me!)).body;
    expect(ticket).toEqual(expect.any(String));
    expect((await api.call('POST', `/events/${event.id}/cancel`, { token: organizer.token })).status).toBe(
      200,
    );
    const door = await api.call('POST', `/events/${event.id}/checkins`, {
      token: organizer.token,
      body: { ticket },
    });
    expect(door.status).toBe(422);
    expect(door.body.error.code).toBe('INVALID_TICKET');
    expect(
      (await api.call('GET', `/events/${event.id}`, { token: me!.token })).body.myRegistration.ticket,
    ).toBeNull();
    const mine = await api.call('GET', '/me/registrations', { token: me!.token });
    expect(mine.body.items.find((r: { eventId: string }) => r.eventId === event.id).ticket).toBeNull();
    expect((await register(event.id, me!)).body.ticket ?? null).toBeNull();
  });

  it('after check-in a cancellation is refused with 409 ALREADY_CHECKED_IN and frees nothing', async () => {
    const { event, organizer } = await publishedEvent(api, { capacity: 2, waitlistLimit: 2 });
    const [me, w] = await citizens(api, 2, 'door');
    const { ticket } = (await register(event.id, me!, 2)).body;
    await register(event.id, w!);
    expect(
      (await api.call('POST', `/events/${event.id}/checkins`, { token: organizer.token, body: { ticket } }))
        .status,
    ).toBe(200);
    const refused = await cancel(event.id, me!);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'ALREADY_CHECKED_IN',
      message: expect.stringContaining('签到'),
    });
    const after = await expectExact(event.id);
    expect(after.event.seatsLeft).toBe(0);
    expect(after.regs.find((r) => r.userId === w!.user.id)?.status).toBe('waitlisted');
  });

  it('check-in and cancellation at the same time: exactly one of them wins (10 trials)', async () => {
    const [me] = await citizens(api, 1, 'race');
    for (let trial = 0; trial < 10; trial++) {
      const { event, organizer } = await publishedEvent(api, { capacity: 1, waitlistLimit: 0 });
      const { ticket } = (await register(event.id, me!)).body;
      const [door, leave] = await Promise.all([
        api.call('POST', `/events/${event.id}/checkins`, { token: organizer.token, body: { ticket } }),
        cancel(event.id, me!),
      ]);
      expect([door.status, leave.status].sort()).toEqual(door.status === 200 ? [200, 409] : [200, 422]);
      const after = await expectExact(event.id);
      const reg = after.regs[0]!;
      if (door.status === 200)
        expect(reg).toMatchObject({ status: 'confirmed', checkedInAt: expect.any(String) });
      else expect(reg.status).toBe('cancelled');
    }
  }, 60_000);
});
