// A person's registrations are theirs to export and to delete; deleting keeps the counts right.
import { client } from '../support/client';
import { citizens, publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';
import { audit } from '../support/seat-audit';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

it('exports my registrations with the contact details I gave', async () => {
  const { event } = await publishedEvent(api);
  const [me] = await citizens(api, 1);
  await api.call('POST', `/events/${event.id}/registrations`, {
    token: me!.token,
    body: { partySize: 2, contactName: '李华', contactPhone: '13700001111' },
  });
  const exported = await api.call('GET', '/me/export', { token: me!.token });
  expect(exported.body.registrations).toEqual([
    expect.objectContaining({
      eventId: event.id,
      eventTitle: event.title,
      contactName: '李华',
      contactPhone: '13700001111',
      status: 'confirmed',
      partySize: 2,
    }),
  ]);
});

it('deleting the account frees upcoming seats for the waitlist and erases name and phone', async () => {
  const { event, organizer } = await publishedEvent(api, { capacity: 2, waitlistLimit: 4 });
  const [me, waiting] = await citizens(api, 2);
  await api.call('POST', `/events/${event.id}/registrations`, {
    token: me!.token,
    body: { partySize: 2, contactName: '赵敏', contactPhone: '13600002222' },
  });
  expect(
    (await api.call('POST', `/events/${event.id}/registrations`, { token: waiting!.token, body: signup(2) }))
      .body.status,
  ).toBe('waitlisted');
  expect((await api.call('DELETE', '/me', { token: me!.token })).status).toBe(204);
  const roster = await api.call('GET', `/events/${event.id}/registrations`, { token: organizer.token });
  const text = JSON.stringify(roster.body);
  expect(text).not.toContain('赵敏');
  expect(text).not.toContain('2222');
  expect(
    roster.body.items.find((r: { contactName: string }) => r.contactName === '已注销用户'),
  ).toMatchObject({ status: 'cancelled' });
  const a = await audit(event.id);
  expect(a.regs.find((r) => r.userId === waiting!.user.id)).toMatchObject({ status: 'confirmed' });
  expect(a.event.seatsLeft).toBe(0);
  expect(a.regs.find((r) => r.userId === me!.user.id)?.contactPhone).toBeUndefined();
});
