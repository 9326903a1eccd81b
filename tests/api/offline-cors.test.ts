// The local stack's serverless-offline answers CORS as API Gateway does with serverless.yml's
// local origins (`['*']`): `*`, never the request's Origin copied back, and never `null`
// (issue 14, item 13). Before, offline reflected any Origin, `null` included.
import { startOffline, type RunningApi } from '../../scripts/local/offline';
import { freePort } from '../../scripts/local/ports';

let offline: RunningApi;
beforeAll(async () => {
  offline = await startOffline({ port: await freePort(), lambdaPort: await freePort(), env: {} });
}, 120_000);
afterAll(() => offline?.stop());

const get = (origin: string) => fetch(`${offline.url}/health`, { headers: { origin } });
const preflight = (origin: string) =>
  fetch(`${offline.url}/me`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });

it('does not reflect Origin: null, on an answer or a preflight', async () => {
  for (const response of [await get('null'), await preflight('null')]) {
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).not.toBe('null');
  }
});

it('answers any origin with `*`, as API Gateway does for the local stage', async () => {
  for (const response of [
    await get('http://127.0.0.1:10086'),
    await preflight('https://elsewhere.example'),
  ]) {
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  }
  const answer = await get('http://127.0.0.1:10086');
  expect(answer.status).toBe(200);
  expect(answer.headers.get('access-control-expose-headers')).toContain('Retry-After');
});
