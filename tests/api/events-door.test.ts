// Door check-in without a camera (issue 9 item 2): by the short code under the QR, and by hand
// from the roster, with the same once-only rule as a scanned ticket.
import { isTicketCode, ticketCodeAlphabet } from '@szkc/shared';
import { client } from '../support/client';
import { citizens, publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';
import { ticketCoder } from '../../functions/src/events/tickets';
import { documents } from '../../functions/src/store/document';
import { tableNames } from '../../functions/src/config';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

type Session = Awaited<ReturnType<typeof api.login>>;
const register = async (eventId: string, who: Session, size = 1, i = 0) =>
  (await api.call('POST', `/events/${eventId}/registrations`, { token: who.token, body: signup(size, i) }))
    .body;
const byCode = (eventId: string, token: string, body: Record<string, unknown>) =>
  api.call('POST', `/events/${eventId}/checkins`, { token, body });
const byHand = (eventId: string, registrationId: string, token: string) =>
  api.call('POST', `/events/${eventId}/registrations/${registrationId}/checkin`, { token });

describe('the short code under the QR', () => {
  it('is shown with the ticket, stays the same, is in the roster and checks in case-blind', async () => {
    const { event, organizer } = await publishedEvent(api);
    const [p] = await citizens(api, 1, 'code');
    const reg = await register(event.id, p!, 2);
    expect(reg.ticketCode).toEqual(expect.any(String));
    expect(isTicketCode(reg.ticketCode)).toBe(true);
    expect(reg.ticketCode).toHaveLength(6);
    const again = (await api.call('GET', `/events/${event.id}`, { token: p!.token })).body.myRegistration;
    expect(again.ticketCode).toBe(reg.ticketCode);
    const mine = (await api.call('GET', '/me/registrations', { token: p!.token })).body.items;
    expect(mine.find((r: { id: string }) => r.id === reg.id).ticketCode).toBe(reg.ticketCode);
    const roster = (await api.call('GET', `/events/${event.id}/registrations`, { token: organizer.token }))
      .body.items;
    expect(roster.find((r: { id: string }) => r.id === reg.id).ticketCode).toBe(reg.ticketCode);

    const typed = `${reg.ticketCode.slice(0, 3).toLowerCase()}-${reg.ticketCode.slice(3)}`;
    const first = await byCode(event.id, organizer.token, { code: typed });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ registrationId: reg.id, partySize: 2, alreadyCheckedIn: false });
    const second = await byCode(event.id, organizer.token, { code: reg.ticketCode });
    expect(second.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.body.checkedInAt });
    const scanned = await byCode(event.id, organizer.token, { ticket: reg.ticket });
    expect(scanned.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.body.checkedInAt });
  });

  it('refuses unknown, malformed and mixed requests, and codes of cancelled registrations', async () => {
    const { event, organizer } = await publishedEvent(api);
    const [p, q] = await citizens(api, 2, 'code');
    const reg = await register(event.id, p!);
    const gone = await register(event.id, q!);
    await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: q!.token });
    const unknown = [...reg.ticketCode]
      .map((ch: string) => ticketCodeAlphabet[(ticketCodeAlphabet.indexOf(ch) + 1) % 32])
      .join('');
    const refused = await byCode(event.id, organizer.token, { code: unknown });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('INVALID_TICKET');
    const cancelled = await byCode(event.id, organizer.token, { code: gone.ticketCode });
    expect(cancelled.status).toBe(422);
    expect(cancelled.body.error).toMatchObject({
      code: 'INVALID_TICKET',
      message: expect.stringContaining('取消'),
    });
    for (const body of [
      { code: 'ABC10O' },
      { code: 'ABC' },
      { code: reg.ticketCode, ticket: reg.ticket },
      {},
      { registrationId: reg.id },
    ]) {
      const reply = await byCode(event.id, organizer.token, body);
      expect(reply.status, JSON.stringify(body)).toBe(422);
      expect(reply.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('an ambiguous code lists the candidates, and one of them is chosen by its id', async () => {
    const { event, organizer } = await publishedEvent(api);
    const [p, q] = await citizens(api, 2, 'twin');
    await register(event.id, p!, 1, 1);
    await register(event.id, q!, 2, 2);
    // Two registrations with one code: ids found by trying (a birthday search over 30 bits).
    const codeOf = await ticketCoder(event.id);
    const seen = new Map<string, string>();
    const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let pair: [string, string] | undefined;
    while (!pair) {
      const id = Array.from({ length: 26 }, () => crockford[Math.floor(Math.random() * 32)]).join('');
      const code = codeOf(id);
      const twin = seen.get(code);
      if (twin && twin !== id) pair = [twin, id];
      seen.set(code, id);
    }
    for (const [who, id] of [
      [p!, pair[0]],
      [q!, pair[1]],
    ] as const) {
      await documents.update({
        TableName: tableNames.events,
        Key: { pk: `EVENT#${event.id}`, sk: `REG#${who.user.id}` },
        UpdateExpression: 'SET id = :id',
        ExpressionAttributeValues: { ':id': id },
      });
    }
    const code = codeOf(pair[0]);
    const reply = await byCode(event.id, organizer.token, { code });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe('AMBIGUOUS_TICKET_CODE');
    const candidates = reply.body.error.details.candidates;
    expect(candidates).toHaveLength(2);
    expect(candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ registrationId: pair[0], contactName: '张二', partySize: 1 }),
        expect.objectContaining({ registrationId: pair[1], contactName: '张三', partySize: 2 }),
      ]),
    );
    expect(JSON.stringify(candidates)).not.toContain('13800001002');
    expect(candidates[0].contactPhoneMasked).toMatch(/^138\*{4}\d{4}$/);
    const chosen = await byCode(event.id, organizer.token, { code, registrationId: pair[1] });
    expect(chosen.body).toMatchObject({ registrationId: pair[1], partySize: 2, alreadyCheckedIn: false });
    const wrong = await byCode(event.id, organizer.token, { code, registrationId: event.id });
    expect(wrong.status).toBe(422);
    const listed = await byCode(event.id, organizer.token, { code });
    expect(
      listed.body.error.details.candidates.find(
        (c: { registrationId: string }) => c.registrationId === pair[1],
      ).checkedInAt,
    ).toBe(chosen.body.checkedInAt);
  });
});

describe('check-in by hand from the roster', () => {
  it('checks a confirmed registration in once; the ticket then answers with the same time', async () => {
    const { event, organizer } = await publishedEvent(api, { capacity: 2, waitlistLimit: 3 });
    const [p, w, c] = await citizens(api, 3, 'hand');
    const reg = await register(event.id, p!, 2);
    const waiting = await register(event.id, w!, 1);
    expect(waiting.status).toBe('waitlisted');
    const first = await byHand(event.id, reg.id, organizer.token);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ registrationId: reg.id, partySize: 2, alreadyCheckedIn: false });
    const second = await byHand(event.id, reg.id, organizer.token);
    expect(second.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.body.checkedInAt });
    const scanned = await byCode(event.id, organizer.token, { ticket: reg.ticket });
    expect(scanned.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.body.checkedInAt });
    const roster = (await api.call('GET', `/events/${event.id}/registrations`, { token: organizer.token }))
      .body.items;
    expect(roster.find((r: { id: string }) => r.id === reg.id).checkedInAt).toBe(first.body.checkedInAt);

    const queued = await byHand(event.id, waiting.id, organizer.token);
    expect(queued.status).toBe(422);
    expect(queued.body.error.code).toBe('INVALID_TICKET');
    const left = await register(event.id, c!, 1);
    await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: c!.token });
    const cancelled = await byHand(event.id, left.id, organizer.token);
    expect(cancelled.status).toBe(422);
    expect(cancelled.body.error.code).toBe('INVALID_TICKET');
    const missing = await byHand(event.id, event.id, organizer.token);
    expect(missing.status).toBe(404);
    expect((await byHand(event.id, 'nope', organizer.token)).status).toBe(404);
  });

  it('is refused for a cancelled event, as its tickets are', async () => {
    const { event, organizer } = await publishedEvent(api);
    const [p] = await citizens(api, 1, 'hand');
    const reg = await register(event.id, p!);
    await api.call('POST', `/events/${event.id}/cancel`, { token: organizer.token });
    const reply = await byHand(event.id, reg.id, organizer.token);
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('INVALID_TICKET');
    const coded = await byCode(event.id, organizer.token, { code: reg.ticketCode });
    expect(coded.body.error.code).toBe('INVALID_TICKET');
  });

  it('at the same time by hand, by code and by ticket: one check-in, one time (10 trials)', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const { event, organizer } = await publishedEvent(api);
      const [p] = await citizens(api, 1, 'rush');
      const reg = await register(event.id, p!, 3);
      const replies = await Promise.all([
        byHand(event.id, reg.id, organizer.token),
        byHand(event.id, reg.id, organizer.token),
        byCode(event.id, organizer.token, { code: reg.ticketCode }),
        byCode(event.id, organizer.token, { ticket: reg.ticket }),
        byHand(event.id, reg.id, organizer.token),
      ]);
      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(replies.filter((r) => !r.body.alreadyCheckedIn)).toHaveLength(1);
      expect(new Set(replies.map((r) => r.body.checkedInAt)).size).toBe(1);
    }
  }, 60_000);
});
