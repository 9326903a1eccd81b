// Fault injection: the process dies, or the store drops, between each pair of writes. Afterwards
// nobody is confirmed beyond capacity, a retry completes, and the repair routine restores exact
// counters. (The failure points are honoured only with FAULTS=1, never in production.)
import { client } from '../support/client';
import { citizens, publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';
import { ageRegistration, audit, repairEvent } from '../support/seat-audit';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

/** Later than any request can live, so the repair treats what it finds as abandoned. */
const later = () => Date.now() + 60_000;

/** The invariant: seats the counter gave out cover everyone confirmed, never fewer. */
async function expectNoOversell(eventId: string) {
  const a = await audit(eventId);
  expect(a.confirmedSeats).toBeLessThanOrEqual(a.event.capacity);
  expect(a.event.seatsLeft).toBeGreaterThanOrEqual(0);
  expect(a.event.capacity - a.event.seatsLeft).toBeGreaterThanOrEqual(a.confirmedSeats);
  return a;
}

async function expectExact(eventId: string) {
  const a = await expectNoOversell(eventId);
  expect(a.event.seatsLeft).toBe(a.event.capacity - a.confirmedSeats);
  expect(a.event.waitlistLeft).toBe(a.event.waitlistLimit - a.waitingPeople);
  expect(a.inflight).toEqual([]);
  expect(a.pending).toBe(0);
  return a;
}

const registerPoints = ['after-pending', 'after-hold', 'after-settle'] as const;
const modes = [
  ['crash', 500, 'INTERNAL'],
  ['store-down', 503, 'UNAVAILABLE'],
] as const;

describe('registration interrupted between writes', () => {
  for (const point of registerPoints) {
    for (const [mode, status, code] of modes) {
      it(`${point} (${mode}): the client sees ${status}, a retry completes it`, async () => {
        const { event } = await publishedEvent(api, { capacity: 4 });
        const [me, other] = await citizens(api, 2);
        const failed = await api.call('POST', `/events/${event.id}/registrations`, {
          token: me!.token,
          body: signup(3),
          headers: { 'x-fault': mode === 'crash' ? point : `${point}@store-down` },
        });
        expect(failed.status).toBe(status);
        expect(failed.body.error.code).toBe(code);
        await expectNoOversell(event.id);
        // Someone else's signup meanwhile may only get what is really free.
        const theirs = await api.call('POST', `/events/${event.id}/registrations`, {
          token: other!.token,
          body: signup(2),
        });
        await expectNoOversell(event.id);
        // A retry at once may find the dead attempt's hold and must not count it twice: it
        // answers as things stand (processing, or done).
        const early = await api.call('POST', `/events/${event.id}/registrations`, {
          token: me!.token,
          body: signup(3),
        });
        expect([200, 201]).toContain(early.status);
        await expectNoOversell(event.id);
        // Once the dead attempt is surely gone, a retry completes it.
        await ageRegistration(event.id, me!.user.id, 60_000);
        const retry = await api.call('POST', `/events/${event.id}/registrations`, {
          token: me!.token,
          body: signup(3),
        });
        expect([200, 201]).toContain(retry.status);
        expect(['confirmed', 'waitlisted']).toContain(retry.body.status);
        expect(retry.body.partySize).toBe(3);
        const a = await expectNoOversell(event.id);
        // The retry finished every step the dead attempt left, its op on the event included.
        expect(a.inflight).toEqual([]);
        if (retry.body.status === 'confirmed') expect(theirs.body.status).toBe('waitlisted');
        expect(a.regs.filter((r) => r.userId === me!.user.id)).toHaveLength(1);
        await repairEvent(event.id, later());
        await expectExact(event.id);
      });
    }

    it(`${point}: with no retry, the repair routine finishes or rolls back and recounts`, async () => {
      const { event } = await publishedEvent(api, { capacity: 4 });
      const [me] = await citizens(api, 1);
      await api.call('POST', `/events/${event.id}/registrations`, {
        token: me!.token,
        body: signup(2),
        headers: { 'x-fault': point },
      });
      await expectNoOversell(event.id);
      const report = await repairEvent(event.id, later());
      expect(report.recounted).toBe(true);
      const a = await expectExact(event.id);
      const mine = a.regs.filter((r) => r.userId === me!.user.id);
      if (point === 'after-pending')
        expect(mine).toEqual([]); // rolled back: nothing was held
      else expect(mine[0]).toMatchObject({ status: 'confirmed', ticket: expect.stringMatching(/^SZ2\./) });
    });
  }
});

describe('cancellation interrupted between writes', () => {
  for (const point of ['cancel:after-mark', 'cancel:after-release', 'cancel:after-settle'] as const) {
    it(`${point}: never frees a seat twice; the repair routine finishes the release and promotes`, async () => {
      const { event } = await publishedEvent(api, { capacity: 3, waitlistLimit: 5 });
      const [me, waiting] = await citizens(api, 2);
      await api.call('POST', `/events/${event.id}/registrations`, { token: me!.token, body: signup(3) });
      expect(
        (
          await api.call('POST', `/events/${event.id}/registrations`, {
            token: waiting!.token,
            body: signup(2),
          })
        ).body.status,
      ).toBe('waitlisted');
      const failed = await api.call('DELETE', `/events/${event.id}/registrations/me`, {
        token: me!.token,
        headers: { 'x-fault': point },
      });
      expect(failed.status).toBe(500);
      await expectNoOversell(event.id);
      // An immediate retry reports the cancellation and does not release again.
      const retry = await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: me!.token });
      expect(retry.body.status).toBe('cancelled');
      await expectNoOversell(event.id);
      await repairEvent(event.id, later());
      const a = await expectExact(event.id);
      expect(a.regs.find((r) => r.userId === waiting!.user.id)).toMatchObject({ status: 'confirmed' });
      expect(a.event.seatsLeft).toBe(1);
    });
  }

  it('promote:after-hold: the repair routine completes the promotion with a ticket', async () => {
    const { event } = await publishedEvent(api, { capacity: 2, waitlistLimit: 5 });
    const [me, waiting] = await citizens(api, 2);
    await api.call('POST', `/events/${event.id}/registrations`, { token: me!.token, body: signup(2) });
    await api.call('POST', `/events/${event.id}/registrations`, { token: waiting!.token, body: signup(1) });
    const failed = await api.call('DELETE', `/events/${event.id}/registrations/me`, {
      token: me!.token,
      headers: { 'x-fault': 'promote:after-hold' },
    });
    expect(failed.status).toBe(500);
    await expectNoOversell(event.id);
    await repairEvent(event.id, later());
    const a = await expectExact(event.id);
    expect(a.regs.find((r) => r.userId === waiting!.user.id)).toMatchObject({
      status: 'confirmed',
      ticket: expect.stringMatching(/^SZ2\./),
    });
  });

  it('ignores the fault header unless faults are enabled', async () => {
    const { faultPlanFrom } = await import('../../functions/src/events/faults');
    expect(faultPlanFrom('after-hold')).toEqual({ point: 'after-hold', mode: 'crash' });
    expect(faultPlanFrom('nonsense')).toBeNull();
    process.env.FAULTS = '0';
    expect(faultPlanFrom('after-hold')).toBeNull();
    process.env.FAULTS = '1';
  });
});
