// A store that cannot be reached gives 503 UNAVAILABLE (safe to retry), never a 500 or a trace.
import { freePort } from '../../scripts/local/ports';
import { client } from '../support/client';
import { startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  process.env.DYNAMODB_ENDPOINT = `http://127.0.0.1:${await freePort()}`;
  gateway = await startGateway();
});
afterAll(() => gateway.close());

it('answers 503 UNAVAILABLE with a request id when the store is down', async () => {
  const reply = await client(gateway.url).call('POST', '/auth/login', { body: { code: 'dev:nobody' } });
  expect(reply.status).toBe(503);
  expect(reply.body.error.code).toBe('UNAVAILABLE');
  expect(reply.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(JSON.stringify(reply.body)).not.toMatch(/ECONNREFUSED|at .*\.ts|stack/i);
}, 30_000);
