// POST /auth/login with real wx.login codes goes to code2Session; here a fake WeChat on loopback.
import { client } from '../support/client';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
});
afterAll(() => gateway.close());

describe('WeChat login', () => {
  it('exchanges the code for an openid and keeps one account per openid', async () => {
    const openid = `o-${Date.now()}`;
    const first = await api.call('POST', '/auth/login', { body: { code: `ok-${openid}` } });
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({ nickname: '微信用户', roles: ['citizen'], phoneMasked: null });
    const second = await api.call('POST', '/auth/login', { body: { code: `ok-${openid}` } });
    expect(second.body.user.id).toBe(first.body.user.id);
    const me = await api.call('GET', '/me', { token: second.body.token });
    expect(me.status).toBe(200);
  });

  it.each([
    ['used', 401, 'UNAUTHENTICATED'],
    ['risky', 403, 'FORBIDDEN'],
    ['syserr', 503, 'UNAVAILABLE'],
    ['garbage', 503, 'UNAVAILABLE'],
  ])('turns code2Session answer %s into %i %s', async (code, status, errorCode) => {
    const reply = await api.call('POST', '/auth/login', { body: { code } });
    expect(reply.status).toBe(status);
    expect(reply.body.error.code).toBe(errorCode);
    expect(reply.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('answers 45011 (too frequent) with 429 and Retry-After', async () => {
    const reply = await api.call('POST', '/auth/login', { body: { code: 'busy' } });
    expect(reply.status).toBe(429);
    expect(reply.body.error.code).toBe('RATE_LIMITED');
    expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
