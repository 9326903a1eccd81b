// A production configuration never accepts dev login, whatever DEV_LOGIN says.
import { client } from '../support/client';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  process.env.STAGE = 'prod';
  process.env.DEV_LOGIN = '1';
  gateway = await startGateway();
});
afterAll(() => gateway.close());

it('refuses dev:<name> codes when STAGE=prod', async () => {
  const config = await import('../../functions/src/config');
  expect(config.isProd).toBe(true);
  expect(config.devLoginEnabled).toBe(false);
  const reply = await client(gateway.url).call('POST', '/auth/login', { body: { code: 'dev:admin' } });
  expect(reply.status).toBe(401);
  expect(reply.body.error.code).toBe('UNAUTHENTICATED');
  expect(reply.headers.get('x-store-calls')).toBeNull();
});
