// Preloaded into the serverless-offline process (scripts/local/offline.ts, `node --import`), so the
// local stack answers CORS as API Gateway's HTTP API does. serverless-offline 14 copies the
// request's Origin into Access-Control-Allow-Origin on every answer, `Origin: null` (sandboxed
// frames, file: pages) and origins outside the list included. API Gateway sends `*` when the
// list is `['*']`, the origin itself only when it is listed, and nothing otherwise. This wraps the
// onPreResponse extension offline registers with hapi, and hapi's route CORS step, and corrects
// what they wrote. The allowed origins come from serverless.yml (custom.corsOrigins) through
// SZKC_CORS_ORIGINS.
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
// The hapi that serverless-offline itself imports.
const requireFromOffline = createRequire(path.join(root, 'node_modules/serverless-offline/src/index.js'));
const hapi = requireFromOffline('@hapi/hapi');
// hapi exports a factory; the servers it makes share the prototype of this unstarted one.
const serverPrototype = Object.getPrototypeOf(hapi.server());

const allowed = JSON.parse(process.env.SZKC_CORS_ORIGINS ?? '[]');
const allowAll = allowed.length === 1 && allowed[0] === '*';
const corsHeaders = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
];

/** The Access-Control-Allow-Origin API Gateway would send for this origin, or null for none. */
export function allowOriginFor(origin) {
  if (allowAll) return '*';
  return origin !== 'null' && allowed.includes(origin) ? origin : null;
}

function correct(request, answer = request.response) {
  const origin = request.headers.origin;
  if (!origin || !answer) return;
  const response = answer.isBoom ? answer.output : answer;
  const headers = response.headers;
  if (!headers || !('access-control-allow-origin' in headers)) return;
  const allowOrigin = allowOriginFor(origin);
  if (allowOrigin === null) for (const name of corsHeaders) delete headers[name];
  else headers['access-control-allow-origin'] = allowOrigin;
}

// hapi's own route CORS (offline configures it from the same list) copies the Origin again when
// it marshals the answer, after onPreResponse: correct that too. Routes take `headers` when they
// are built, which is after this preload.
const cors = requireFromOffline('@hapi/hapi/lib/cors.js');
const routeCorsHeaders = cors.headers;
cors.headers = function (response) {
  const result = routeCorsHeaders.call(this, response);
  correct(response.request, response);
  return result;
};

const ext = serverPrototype.ext;
serverPrototype.ext = function (event, method, options) {
  if (event !== 'onPreResponse' || typeof method !== 'function')
    return ext.call(this, event, method, options);
  return ext.call(
    this,
    event,
    function (request, h) {
      const result = method.call(this, request, h);
      correct(request);
      return result;
    },
    options,
  );
};
