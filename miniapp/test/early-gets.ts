// Runs index.html's early script (src/early/script.ts) as the browser would, before the app: in a
// sandbox with the location and fetch a test gives (and jsdom's document), its answers then left
// where the client looks.
import { runInNewContext } from 'node:vm';
import earlyScript from '../src/early/script';

type Fetch = (url: string, init: { headers: Record<string, string> }) => Promise<unknown>;

/** A response as fetch gives it: its status, and a body that is JSON or not. */
export const fetched = (status: number, body: unknown) => ({
  status,
  json: async () => (typeof body === 'string' ? JSON.parse(body) : body),
});

/** Opens the app at `hash` with the given fetch; returns the URLs the script asked for. */
export function openAt(
  hash: string,
  fetch: Fetch | undefined,
  { apiBase, lazyFiles = {} }: { apiBase?: string; lazyFiles?: Record<string, string[]> } = {},
): string[] {
  const asked: string[] = [];
  const sandbox = {
    location: { hash },
    fetch:
      fetch &&
      ((url: string, init: { headers: Record<string, string> }) => {
        asked.push(url);
        return fetch(url, init);
      }),
    __API_BASE__: apiBase,
  } as Record<string, unknown>;
  runInNewContext(earlyScript({ apiBase: 'http://api.test/', lazyFiles }), { window: sandbox, document });
  window.__EARLY_GETS__ = sandbox.__EARLY_GETS__ as Window['__EARLY_GETS__'];
  return asked;
}
