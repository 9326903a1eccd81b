// Serves the H5 build and tells it where the API is, by a line injected into index.html, so one
// build works against any local API port. Text is sent compressed (brotli or gzip, as the browser
// accepts); the build's content-hashed files are cached for a year, index.html is revalidated.
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { compress, compressedFiles, compressible, negotiate, type Encoding } from './h5-compression';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Names the build gives a content hash (`js/app.bf45ccef.js`): they never change in place. */
const hashed = /\.[0-9a-f]{8}\.[a-z0-9]+$/;

export type RunningApp = { url: string; stop: () => Promise<void> };

export async function serveH5(options: { root: string; port: number; apiBase: string }): Promise<RunningApp> {
  const root = path.resolve(options.root);
  // The API origin is known before the first script runs: connect to it while the scripts load.
  const apiOrigin = new URL(options.apiBase).origin;
  const indexHtml = Buffer.from(
    (await readFile(path.join(root, 'index.html'), 'utf8')).replace(
      '<head>',
      `<head><script>window.__API_BASE__=${JSON.stringify(options.apiBase)}</script>` +
        `<link rel="preconnect" href="${apiOrigin}" crossorigin>`,
    ),
  );
  const indexEncoded: Record<Encoding, Buffer> = {
    br: await compress(indexHtml, 'br'),
    gzip: await compress(indexHtml, 'gzip'),
  };
  const compressed = compressedFiles();

  const send = (
    response: ServerResponse,
    head: boolean,
    headers: Record<string, string>,
    body: Buffer,
    encoding: Encoding | null,
  ) => {
    response.writeHead(200, {
      ...headers,
      ...(encoding ? { 'content-encoding': encoding } : {}),
      'content-length': String(body.length),
    });
    response.end(head ? undefined : body);
  };

  const server: Server = createServer(async (request, response) => {
    const head = request.method === 'HEAD';
    const encoding = negotiate(request.headers['accept-encoding']);
    let pathname: string;
    try {
      pathname = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    } catch {
      pathname = '/';
    }
    const file = path.resolve(root, `.${pathname}`);
    if (pathname === '/' || pathname === '/index.html' || !file.startsWith(root + path.sep)) {
      const headers = {
        'content-type': types['.html']!,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      return send(response, head, headers, encoding ? indexEncoded[encoding] : indexHtml, encoding);
    }
    const extension = path.extname(file);
    const headers: Record<string, string> = {
      'content-type': types[extension] ?? 'application/octet-stream',
      'cache-control': hashed.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    };
    try {
      if (compressible.has(extension)) {
        headers.vary = 'accept-encoding';
        if (encoding) return send(response, head, headers, await compressed(file, encoding), encoding);
      }
      send(response, head, headers, await readFile(file), null);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('未找到');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
