// Interleavings found in review, forced on demand: the first ticket issued in a test is slowed,
// which stalls one attempt between its counter write and its registration write.
import { ulid } from 'ulid';
import { jest } from '@jest/globals';
import { client } from '../support/client';
import { publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';

const stall = { nextTicketMs: 0 };
const real = await import('../../functions/src/events/tickets');
jest.unstable_mockModule('../../functions/src/events/tickets', () => {
  return {
    ...real,
    issueTicket: async (claims: Parameters<typeof real.issueTicket>[0]) => {
      const ms = stall.nextTicketMs;
      stall.nextTicketMs = 0;
      if (ms) await new Promise((resolve) => setTimeout(resolve, ms));
      return real.issueTicket(claims);
    },
  };
});
// ES modules are linked before the file runs: what must see the mock is imported after it.
const { ageRegistration, audit, repairEvent } = await import('../support/seat-audit');
const seats = await import('../../functions/src/events/seats');
const { documents } = await import('../../functions/src/store/document');
const { tableNames } = await import('../../functions/src/config');

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const later = () => Date.now() + 60_000;

async function expectExact(eventId: string) {
  const a = await audit(eventId);
  expect(a.confirmedSeats).toBeLessThanOrEqual(a.event.capacity);
  expect(a.event.seatsLeft).toBe(a.event.capacity - a.confirmedSeats);
  return a;
}

describe('races', () => {
  it('a double tap while the first attempt stalls: one seat, taken once', async () => {
    const { event } = await publishedEvent(api, { capacity: 1, waitlistLimit: 0 });
    const [me, other] = [ulid(), ulid()];
    stall.nextTicketMs = 300;
    const first = seats.register(event.id, me, signup(1));
    await sleep(60);
    const second = await seats.register(event.id, me, signup(1));
    expect(['pending', 'confirmed']).toContain(second.registration.status);
    expect((await first).registration.status).toBe('confirmed');
    await expect(seats.register(event.id, other, signup(1))).rejects.toMatchObject({ code: 'EVENT_FULL' });
    await expectExact(event.id);
  });

  it('a double tap whose other attempt was refused and dropped the registration meanwhile starts over', async () => {
    const { event } = await publishedEvent(api, { capacity: 1, waitlistLimit: 0 });
    const me = ulid();
    // The other attempt wrote its pending registration, then stopped (refused, about to drop it).
    await seats.register(event.id, me, signup(1), { point: 'after-pending', mode: 'crash' }).catch(() => {});
    const left = (await seats.getRegistration(event.id, me))!;
    stall.nextTicketMs = 300; // this attempt holds the seat for that registration, then stalls
    const attempt = seats.register(event.id, me, signup(1));
    await sleep(100);
    await documents.delete({ TableName: tableNames.events, Key: { pk: left.pk, sk: left.sk } });
    // The seat is free again: the attempt gets it under a registration of its own, not a 409.
    const { registration } = await attempt;
    expect(registration).toMatchObject({ status: 'confirmed', userId: me });
    expect(registration.id).not.toBe(left.id);
    await expectExact(event.id);
  });

  it('the repair never takes over a promotion that is still running', async () => {
    const { event } = await publishedEvent(api, { capacity: 1, waitlistLimit: 5 });
    const [first, waiting, late] = [ulid(), ulid(), ulid()];
    await seats.register(event.id, first, signup(1));
    await seats.register(event.id, waiting, signup(1));
    await ageRegistration(event.id, waiting, 3600_000); // waitlisted an hour ago
    stall.nextTicketMs = 400; // the promotion stalls between its hold and its registration write
    const cancelling = seats.cancel(event.id, first);
    await sleep(100);
    await repairEvent(event.id);
    await cancelling;
    // The one seat went to the person waiting; a newcomer can only wait.
    expect((await seats.register(event.id, late, signup(1))).registration.status).toBe('waitlisted');
    const a = await expectExact(event.id);
    expect(a.regs.find((r) => r.userId === waiting)?.status).toBe('confirmed');
  });

  it('an operation left by a crashed earlier attempt gives no free seat to a new signup', async () => {
    const { event } = await publishedEvent(api, { capacity: 1, waitlistLimit: 0 });
    const [me, other] = [ulid(), ulid()];
    await seats.register(event.id, me, signup(1), { point: 'after-settle', mode: 'crash' }).catch(() => {});
    await seats.cancel(event.id, me);
    const again = await seats.register(event.id, me, signup(1));
    expect(again.registration.status).toBe('confirmed');
    await expect(seats.register(event.id, other, signup(1))).rejects.toMatchObject({ code: 'EVENT_FULL' });
    await repairEvent(event.id, later());
    await expectExact(event.id);
  });

  it('a stale cancellation is finished by one taker only', async () => {
    const { event } = await publishedEvent(api, { capacity: 1, waitlistLimit: 0 });
    const [me, next, third] = [ulid(), ulid(), ulid()];
    await seats.register(event.id, me, signup(1));
    await seats.cancel(event.id, me, { point: 'cancel:after-mark', mode: 'crash' }).catch(() => {});
    await ageRegistration(event.id, me, 60_000);
    const stale = (await seats.getRegistration(event.id, me))!;
    // A client retry and the repair, both from the same old read.
    const [retry] = await Promise.all([seats.cancel(event.id, me), repairEvent(event.id, later())]);
    expect(retry.status).toBe('cancelled');
    expect(await seats.claimStaleRelease(stale)).toBeNull();
    expect((await seats.register(event.id, next, signup(1))).registration.status).toBe('confirmed');
    await expect(seats.register(event.id, third, signup(1))).rejects.toMatchObject({ code: 'EVENT_FULL' });
    await expectExact(event.id);
  });

  it('an incomplete cursor is a 422, not a 500', async () => {
    for (const key of [{ gsi1pk: 'PUBLISHED' }, { gsi1pk: 'PUBLISHED', gsi1sk: 'x', pk: 1, sk: 'y' }]) {
      const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');
      expect((await api.call('GET', `/events?cursor=${cursor}`)).status).toBe(422);
    }
  });
});
