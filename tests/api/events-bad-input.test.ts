// Hostile and broken input on every events endpoint: the API.md error shape, never a 5xx, and
// nothing changes — no registration appears, no counter moves, the event keeps its fields.
import fc from 'fast-check';
import { client } from '../support/client';
import { citizens, eventInput, publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';
import { audit } from '../support/seat-audit';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

// Values no field of a registration accepts: control characters, overlong text, wrong types.
const invalid = [
  '\u0000\u0007',
  '😀'.repeat(2000),
  'x'.repeat(70_000),
  { $ne: null },
  ['array'],
  -1,
  1e21,
  null,
  true,
];

const expectError = (reply: { status: number; body: any }) => {
  expect(reply.status).toBeGreaterThanOrEqual(400);
  expect(reply.status).toBeLessThan(500);
  expect(reply.body.error.code).toMatch(/^[A-Z_]+$/);
  expect(reply.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
};

describe('bad input on events endpoints', () => {
  it('registration: wrong types, missing fields, oversize and hostile text change nothing', async () => {
    const { event } = await publishedEvent(api, { capacity: 5 });
    const [me] = await citizens(api, 1);
    const good = signup(1);
    const bodies: unknown[] = [
      {},
      [],
      'text',
      { ...good, partySize: 0 },
      { ...good, partySize: 11 },
      { ...good, partySize: 1.5 },
      { ...good, extra: 1 },
    ];
    for (const field of ['partySize', 'contactName', 'contactPhone'] as const) {
      const { [field]: _dropped, ...missing } = good;
      bodies.push(missing);
      for (const value of invalid) bodies.push({ ...good, [field]: value });
    }
    for (const body of bodies) {
      const reply = await api.call('POST', `/events/${event.id}/registrations`, { token: me!.token, body });
      expectError(reply);
    }
    const a = await audit(event.id);
    expect(a.regs).toEqual([]);
    expect(a.event.seatsLeft).toBe(5);
  });

  it('keeps hostile-looking but valid text as plain data, returned unchanged', async () => {
    const { event, organizer } = await publishedEvent(api);
    const [me] = await citizens(api, 1);
    const name = '<b>${jndi:x}</b>';
    const reply = await api.call('POST', `/events/${event.id}/registrations`, {
      token: me!.token,
      body: { partySize: 1, contactName: name, contactPhone: '13800138000' },
    });
    expect(reply.status).toBe(201);
    const roster = await api.call('GET', `/events/${event.id}/registrations`, { token: organizer.token });
    expect(roster.body.items[0].contactName).toBe(name);
    expect(roster.headers.get('content-type')).toContain('application/json');
  });

  it('registration: arbitrary JSON never gives a 5xx and never a registration it should not', async () => {
    const { event } = await publishedEvent(api, { capacity: 50, maxPartySize: 3 });
    const people = await citizens(api, 20);
    let i = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            partySize: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
            contactName: fc.string({ maxLength: 40 }),
            contactPhone: fc.string({ maxLength: 15 }),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const reply = await api.call('POST', `/events/${event.id}/registrations`, {
            token: people[i++ % people.length]!.token,
            body,
          });
          expect(reply.status).toBeLessThan(500);
          if (reply.status < 300) {
            expect(
              Number.isInteger(body.partySize) &&
                (body.partySize as number) >= 1 &&
                (body.partySize as number) <= 3,
            ).toBe(true);
            expect(body.contactPhone).toMatch(/^1[3-9]\d{9}$/);
          } else expectError(reply);
        },
      ),
      { numRuns: 150 },
    );
    const a = await audit(event.id);
    expect(a.event.seatsLeft).toBe(50 - a.confirmedSeats);
  });

  it('events: creating and editing with bad fields is refused and the event keeps its values', async () => {
    const { event, organizer } = await publishedEvent(api);
    const bad: Array<Record<string, unknown>> = [
      { capacity: 0 },
      { capacity: -5 },
      { capacity: '10' },
      { maxPartySize: 11 },
      { district: '110101' },
      { category: 'party' },
      { startAt: '2026-12-05 09:30' },
      { startAt: 'tomorrow' },
      { coverUrl: 'javascript:alert(1)' },
      { coverUrl: 'http://insecure.example/x.png' },
      { location: { lat: 200, lng: 0 } },
      { title: '' },
      { title: 'x'.repeat(61) },
      { unknownField: 1 },
      { status: 'published' },
      { seatsLeft: 1000 },
      { organizerId: 'someone-else' },
    ];
    for (const patch of bad) {
      const created = await api.call('POST', '/events', { token: organizer.token, body: eventInput(patch) });
      expect(created.status, JSON.stringify(patch)).toBe(422);
      const patched = await api.call('PATCH', `/events/${event.id}`, { token: organizer.token, body: patch });
      expect(patched.status, JSON.stringify(patch)).toBe(422);
      expect(patched.body.error.details.issues.length).toBeGreaterThan(0);
    }
    const after = await api.call('GET', `/events/${event.id}`);
    expect(after.body).toMatchObject({
      title: event.title,
      capacity: event.capacity,
      seatsLeft: event.seatsLeft,
      coverUrl: null,
    });
  });

  it('unknown and malformed ids answer 404, and other people’s registrations stay out of reach', async () => {
    const [me, other] = await citizens(api, 2);
    const { event } = await publishedEvent(api);
    await api.call('POST', `/events/${event.id}/registrations`, { token: other!.token, body: signup(2) });
    for (const id of ['01ARZ3NDEKTSV4RRFFQ69G5FAV', 'not-an-id', '../../etc/passwd', '%00', 'EVENT%23x']) {
      for (const [method, path] of [
        ['GET', `/events/${id}`],
        ['DELETE', `/events/${id}/registrations/me`],
        ['GET', `/events/${id}/registrations`],
      ] as const) {
        const reply = await api.call(method, path, { token: me!.token });
        // The roster is the organiser's: a citizen may be told 403 before the id is looked up.
        expect(
          method === 'GET' && path.endsWith('/registrations') ? [403, 404] : [404],
          `${method} ${path}`,
        ).toContain(reply.status);
        expectError(reply);
      }
    }
    // My cancel cannot touch another person's registration: there is no id to name it by.
    expect(
      (await api.call('DELETE', `/events/${event.id}/registrations/me`, { token: me!.token })).status,
    ).toBe(404);
    const a = await audit(event.id);
    expect(a.regs.find((r) => r.userId === other!.user.id)?.status).toBe('confirmed');
    // Cursors of someone else's list are refused.
    const otherCursor = Buffer.from(
      JSON.stringify({ gsi2pk: `USER#${other!.user.id}`, gsi2sk: 'x', pk: 'x', sk: 'x' }),
    ).toString('base64url');
    const reply = await api.call('GET', `/me/registrations?cursor=${otherCursor}`, { token: me!.token });
    expect(reply.status).toBe(422);
    for (const query of [
      'limit=0',
      'limit=101',
      'limit=abc',
      'from=yesterday',
      'category=party',
      `q=${'x'.repeat(31)}`,
    ]) {
      expectError(await api.call('GET', `/events?${query}`));
    }
  });
});
