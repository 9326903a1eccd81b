// When WeChat cannot be reached the login is a 503 the phone may retry, not a 500.
import { freePort } from '../../scripts/local/ports';
import { client } from '../support/client';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  process.env.WECHAT_API_BASE = `http://127.0.0.1:${await freePort()}`;
  gateway = await startGateway();
});
afterAll(() => gateway.close());

it('answers 503 UNAVAILABLE when code2Session is unreachable', async () => {
  const reply = await client(gateway.url).call('POST', '/auth/login', { body: { code: 'ok-x' } });
  expect(reply.status).toBe(503);
  expect(reply.body.error.code).toBe('UNAVAILABLE');
});
