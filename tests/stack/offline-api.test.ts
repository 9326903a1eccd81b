// The API as serverless-offline serves serverless.yml: routing, the catch-all, CORS for the H5 app.
import { inject } from '../support/provided';
import { client } from '../support/client';

const { apiUrl, appUrl } = inject('stack');
const api = client(apiUrl);

it('routes each path to its function and logs in a seeded user', async () => {
  const { token, user } = await api.login('organizer');
  expect(user.roles).toContain('organizer');
  const me = await api.call('GET', '/me', { token });
  expect(me.status).toBe(200);
  expect(me.body.id).toBe(user.id);
});

it('logs in with WeChat through the loopback stand-in only: an unknown code is a 401, never a call out', async () => {
  // Before, the stack asked the real SSM and api.weixin.qq.com, and failed only for want of a network.
  const unknown = await api.call('POST', '/auth/login', { body: { code: 'a-code-nobody-issued' } });
  expect(unknown.status).toBe(401);
  expect(unknown.body.error.code).toBe('UNAUTHENTICATED');
  const known = await api.call('POST', '/auth/login', { body: { code: `ok-local-${Date.now()}` } });
  expect(known.status).toBe(200);
  expect(known.headers.get('x-content-type-options')).toBe('nosniff');
});

it('answers unknown paths with our JSON 404, not the gateway text', async () => {
  for (const path of ['/nope', '/', '/events/x/y/z']) {
    const reply = await api.call('GET', path);
    expect(reply.status, `${path} ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(404);
    expect(reply.body.error.code).toBe('NOT_FOUND');
  }
});

it('answers CORS preflight from the H5 origin', async () => {
  const response = await fetch(`${apiUrl}/me`, {
    method: 'OPTIONS',
    headers: {
      origin: appUrl,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });
  expect(response.status).toBeLessThan(300);
  expect(response.headers.get('access-control-allow-origin')).toBeTruthy();
});

it('serves the OpenAPI document', async () => {
  const reply = await api.call('GET', '/openapi.json');
  expect(reply.status).toBe(200);
  expect(reply.body.openapi).toBe('3.1.0');
});
