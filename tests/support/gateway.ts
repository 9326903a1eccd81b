// Routes requests to the functions the way API Gateway's HTTP API does, from serverless.yml's own
// route list: exact routes, {param} segments, and '*' for everything else. Lets integration tests
// call every function over real HTTP without starting serverless-offline.
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { readServerlessYml } from '../../scripts/local/tables';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

type Route = { method: string; segments: string[]; functionName: string; handlerModule: string };

function readRoutes(): { routes: Route[]; fallback: Route | null } {
  const doc = readServerlessYml();
  const routes: Route[] = [];
  let fallback: Route | null = null;
  for (const [functionName, fn] of Object.entries(doc.functions as Record<string, any>)) {
    const handlerModule = path.join(repoRoot, String(fn.handler).replace(/\.handler$/, '.ts'));
    for (const event of fn.events ?? []) {
      const spec = event.httpApi;
      if (typeof spec !== 'string') continue;
      if (spec === '*') {
        fallback = { method: '*', segments: [], functionName, handlerModule };
        continue;
      }
      const [method, routePath] = spec.split(' ');
      routes.push({
        method: method!,
        segments: routePath!.split('/').filter(Boolean),
        functionName,
        handlerModule,
      });
    }
  }
  return { routes, fallback };
}

export const declaredRoutes = () => readRoutes().routes;

const matches = (route: Route, method: string, segments: string[]) =>
  (route.method === method || route.method === 'ANY') &&
  route.segments.length === segments.length &&
  route.segments.every((s, i) => /^\{\w+\}$/.test(s) || s === segments[i]);

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

export function gatewayFetch() {
  const { routes, fallback } = readRoutes();
  const apps = new Map<string, Promise<FetchApp>>();
  const appOf = (route: Route) => {
    if (!apps.has(route.handlerModule)) {
      apps.set(
        route.handlerModule,
        import(route.handlerModule).then((m: { app: FetchApp }) => m.app),
      );
    }
    return apps.get(route.handlerModule)!;
  };
  return async (request: Request): Promise<Response> => {
    const pathname = new URL(request.url).pathname;
    const segments = pathname.split('/').filter(Boolean);
    // Exact segments win over {param} ones, as in API Gateway.
    const candidates = routes.filter((r) => matches(r, request.method, segments));
    candidates.sort(
      (a, b) =>
        b.segments.filter((s) => !s.startsWith('{')).length -
        a.segments.filter((s) => !s.startsWith('{')).length,
    );
    const route = candidates[0] ?? fallback;
    if (!route) return new Response('{"message":"Not Found"}', { status: 404 });
    return (await appOf(route)).fetch(request);
  };
}

/** Every function behind one local HTTP server on a free port. */
export async function startGateway(): Promise<{ url: string; close: () => Promise<void> }> {
  const fetch = gatewayFetch();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
