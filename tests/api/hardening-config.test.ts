// Tokens, headers and the export (issue 14, items 12 and 13).
import { SignJWT } from 'jose';
import { client } from '../support/client';
import { citizens, publishedEvent, signup } from '../support/events';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

const key = () => new TextEncoder().encode(process.env.JWT_SECRET!);
const now = () => Math.floor(Date.now() / 1000);

describe('tokens must say when they were issued and when they end (item 12)', () => {
  it('refuses a genuine signature without exp, without iat, or older than a token may live', async () => {
    const [me] = await citizens(api, 1, 'jwt');
    const base = () =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(me!.user.id)
        .setIssuer('szkc-api')
        .setAudience('szkc-miniapp');
    const ttl = 7 * 24 * 3600;
    const tokens = {
      'no exp': await base().setIssuedAt().sign(key()),
      'no iat': await base()
        .setExpirationTime(now() + 3600)
        .sign(key()),
      'issued too long ago': await base()
        .setIssuedAt(now() - ttl - 3600)
        .setExpirationTime(now() + 3600)
        .sign(key()),
    };
    for (const [what, token] of Object.entries(tokens)) {
      const reply = await api.call('GET', '/me', { token });
      expect({ what, status: reply.status, code: reply.body.error?.code }).toEqual({
        what,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
    const good = await base()
      .setIssuedAt()
      .setExpirationTime(now() + 3600)
      .sign(key());
    expect((await api.call('GET', '/me', { token: good })).status).toBe(200);
  });
});

describe('headers and the export (item 13)', () => {
  it('personal answers are no-store, every answer is nosniff', async () => {
    const { event, organizer } = await publishedEvent(api);
    const [me] = await citizens(api, 1, 'hdr');
    await api.call('POST', `/events/${event.id}/registrations`, { token: me!.token, body: signup(1) });
    for (const [path, token] of [
      ['/me', me!.token],
      ['/me/export', me!.token],
      ['/me/registrations', me!.token],
      [`/events/${event.id}/registrations`, organizer.token],
      [`/events/${event.id}/registrations.xlsx`, organizer.token],
    ] as const) {
      const reply = await api.call('GET', path, { token });
      expect({ path, status: reply.status, cache: reply.headers.get('cache-control') }).toEqual({
        path,
        status: 200,
        cache: 'no-store',
      });
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    }
    for (const path of ['/events', '/nope', '/events/not-an-id']) {
      expect((await api.call('GET', path)).headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('/me/export includes the stored WeChat openid', async () => {
    const [me] = await citizens(api, 1, 'oid');
    const reply = await api.call('GET', '/me/export', { token: me!.token });
    expect(reply.status).toBe(200);
    expect(reply.body.user.wechatOpenid).toMatch(/^dev-oid-/);
  });

  it('a ticket shows no internal id and still checks in at the door', async () => {
    const { event, organizer } = await publishedEvent(api);
    const [me] = await citizens(api, 1, 'tkt');
    const reg = (
      await api.call('POST', `/events/${event.id}/registrations`, { token: me!.token, body: signup(2) })
    ).body;
    const decoded = reg.ticket
      .split('.')
      .map((part: string) => Buffer.from(part, 'base64url').toString('latin1'))
      .join('|');
    for (const id of [event.id, me!.user.id, reg.id]) {
      expect(reg.ticket).not.toContain(id);
      expect(decoded).not.toContain(id);
    }
    const door = await api.call('POST', `/events/${event.id}/checkins`, {
      token: organizer.token,
      body: { ticket: reg.ticket },
    });
    expect(door.body).toMatchObject({ registrationId: reg.id, partySize: 2, alreadyCheckedIn: false });
  });
});
