// Compressed bodies for the H5 static server: the build's precompressed siblings (`app.js.br`,
// `app.js.gz`, written by miniapp/config/precompress.ts) when there are, else compressed once here
// and kept in memory, so a build made without them is still sent small.
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const suffix: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Text types worth compressing; images and fonts are compressed already. */
export const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map']);

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, else none (q=0 refuses). */
export function negotiate(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const wants = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return null;
}

/** Compresses a body in memory (brotli at a quality fast enough to do per request). */
export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: 9 });
}

/** Compressed files by path and encoding: the precompressed sibling if the build wrote one. */
export function compressedFiles() {
  const cache = new Map<string, Promise<Buffer>>();
  return (file: string, encoding: Encoding): Promise<Buffer> => {
    const key = `${encoding}:${file}`;
    let body = cache.get(key);
    if (!body) {
      body = readFile(file + suffix[encoding]).catch(async () => compress(await readFile(file), encoding));
      // A file that is missing is not remembered: the next request answers 404 again.
      body.catch(() => cache.delete(key));
      cache.set(key, body);
    }
    return body;
  };
}
