// Serves the H5 build and tells it where the API is, by a line injected into index.html, so one
// build works against any local API port.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export type RunningApp = { url: string; stop: () => Promise<void> };

export async function serveH5(options: { root: string; port: number; apiBase: string }): Promise<RunningApp> {
  const root = path.resolve(options.root);
  const indexHtml = (await readFile(path.join(root, 'index.html'), 'utf8')).replace(
    '<head>',
    `<head><script>window.__API_BASE__=${JSON.stringify(options.apiBase)}</script>`,
  );
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    const file = path.resolve(root, `.${pathname}`);
    if (pathname === '/' || pathname === '/index.html' || !file.startsWith(root + path.sep)) {
      response.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-cache' });
      return response.end(indexHtml);
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
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
