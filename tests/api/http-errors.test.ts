// The API.md error shape for every kind of bad request, on every route serverless.yml declares.
import fc from 'fast-check';
import { client } from '../support/client';
import { declaredRoutes, startGateway } from '../support/gateway';

let gateway: Awaited<ReturnType<typeof startGateway>>;
let api: ReturnType<typeof client>;
let token: string;
beforeAll(async () => {
  gateway = await startGateway();
  api = client(gateway.url);
  token = (await api.login('admin')).token;
  documented = (await api.call('GET', '/openapi.json')).body.paths;
  expect(bodyRoutes().length).toBeGreaterThan(3);
});
afterAll(() => gateway.close());

const expectErrorShape = (body: any, code: string) => {
  expect(body).toEqual({
    error: {
      code,
      message: expect.stringMatching(/[\u4e00-\u9fa5]/),
      ...(body.error.details ? { details: expect.any(Object) } : {}),
    },
  });
};
// Ids of the platform's own things are ULIDs; the plan's indicators have fixed ids (API.md).
const concrete = (segments: string[]) =>
  '/' +
  segments
    .map((s, i) =>
      s.startsWith('{')
        ? segments[i - 1] === 'indicators'
          ? 'rd-intensity'
          : '01ARZ3NDEKTSV4RRFFQ69G5FAV'
        : s,
    )
    .join('/');
let documented: Record<string, Record<string, { requestBody?: unknown }>> = {};
/** Routes that take a JSON body, as the OpenAPI document says. */
const bodyRoutes = () =>
  declaredRoutes().filter(
    (r) => documented[`/${r.segments.join('/')}`]?.[r.method.toLowerCase()]?.requestBody,
  );

describe('error shape', () => {
  it('answers unknown paths and methods with a JSON 404', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['GET', '/'],
      ['POST', '/me'],
      ['GET', '/auth/login'],
      ['GET', '/users/x/roles/y'],
    ]) {
      const reply = await api.call(method!, path!);
      expect(reply.status, `${method} ${path}`).toBe(404);
      expectErrorShape(reply.body, 'NOT_FOUND');
    }
  });

  it('answers malformed JSON with 400 BAD_REQUEST on every route with a body', async () => {
    for (const route of bodyRoutes()) {
      for (const raw of ['{', '{"code":', 'nul', '[1,2', '\u0000']) {
        const reply = await api.call(route.method, concrete(route.segments), { token, raw });
        expect(reply.status, `${route.method} ${raw}`).toBe(400);
        expectErrorShape(reply.body, 'BAD_REQUEST');
      }
    }
  });

  it('answers a non-JSON content type with 400', async () => {
    const reply = await api.call('POST', '/auth/login', {
      raw: 'code=dev:x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(reply.status).toBe(400);
    expectErrorShape(reply.body, 'BAD_REQUEST');
  });

  it('answers bodies over 64 KiB with 413 on every route with a body', async () => {
    for (const route of bodyRoutes()) {
      const reply = await api.call(route.method, concrete(route.segments), {
        token,
        body: { code: 'x'.repeat(65 * 1024) },
      });
      expect(reply.status, route.method).toBe(413);
      expectErrorShape(reply.body, 'PAYLOAD_TOO_LARGE');
    }
  });

  it('answers schema failures with 422 and the path of each issue', async () => {
    const reply = await api.call('POST', '/auth/login', { body: { code: 42 } });
    expect(reply.status).toBe(422);
    expectErrorShape(reply.body, 'VALIDATION_FAILED');
    expect(reply.body.error.details.issues).toEqual([{ path: 'code', message: expect.any(String) }]);
    const missing = await api.call('POST', '/auth/login', { body: {} });
    expect(missing.body.error.details.issues[0].path).toBe('code');
  });

  it('never answers 5xx or a non-JSON body to arbitrary JSON on any route with a body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bodyRoutes()),
        fc.jsonValue({ maxDepth: 3 }),
        async (route, value) => {
          const reply = await api.call(route.method, concrete(route.segments), { token, body: value });
          expect(reply.status).toBeLessThan(500);
          expect(typeof reply.body).toBe('object');
          if (reply.status >= 400) expect(reply.body.error.code).toMatch(/^[A-Z_]+$/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('carries a request id header on every answer', async () => {
    const reply = await api.call('GET', '/health');
    expect(reply.headers.get('x-request-id')).toBeTruthy();
  });
});
