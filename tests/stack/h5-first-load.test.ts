// The H5 first load (issue 9 item 14): text is sent compressed with the headers caches need, the
// app's icon is there (no 404 for favicon.ico), and 首页 loads only its own page's code: the
// other pages' files come when they are opened, without another copy of what pages share. 活动
// opened by its link asks for its list and its page files from index.html, beside the app's code.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { pageLink } from '@szkc/shared';
import { inject } from '../support/provided';
import { launchPhone, shown } from '../support/browser';

const { apiUrl, appUrl } = inject('stack');

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A GET that leaves the body as sent (fetch would decompress it and choose Accept-Encoding). */
function get(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const call = request(
      url,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    call.on('error', reject);
    call.end();
  });
}

const decoded = ({ headers, body }: Raw) =>
  headers['content-encoding'] === 'br'
    ? brotliDecompressSync(body)
    : headers['content-encoding'] === 'gzip'
      ? gunzipSync(body)
      : body;

let html = '';
beforeAll(async () => {
  html = decoded(await get(`${appUrl}/`, 'gzip, deflate, br')).toString('utf8');
});

test('the page and its scripts are sent compressed, as the browser accepts', async () => {
  const page = await get(`${appUrl}/`, 'gzip, deflate, br');
  expect(page.headers['content-encoding']).toBe('br');
  expect(page.headers.vary).toBe('accept-encoding');
  expect(page.headers['cache-control']).toBe('no-cache');
  expect(html).toContain('window.__API_BASE__');

  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map(
    (m) => new URL(m[1]!, `${appUrl}/`).href,
  );
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const plain = await get(script);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // Content-hashed names are cached for good: a new build has new names.
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const brotli = await get(script, 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toBe('accept-encoding');
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(decoded(brotli).equals(plain.body)).toBe(true);

    // Brotli refused (q=0): gzip.
    const gzip = await get(script, 'br;q=0, gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip).equals(plain.body)).toBe(true);
  }
  // The app's own script is the big one: compressed, it is a fraction of itself.
  const largest = Math.max(...(await Promise.all(scripts.map(async (s) => (await get(s)).body.length))));
  const app = scripts.find((s) => s.includes('/app.'))!;
  expect((await get(app)).body.length).toBe(largest);
  expect((await get(app, 'br')).body.length).toBeLessThan(largest / 3);
});

test('the app has its icon: linked from the page, and at /favicon.ico', async () => {
  const link = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
  expect(link).toBeDefined();
  for (const url of [new URL(link!, `${appUrl}/`).href, `${appUrl}/favicon.ico`]) {
    const icon = await get(url);
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/x-icon');
    expect([...icon.body.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO file
  }
});

describe('in chromium', () => {
  let browser: Browser;
  let page: Page;
  const scripts: Array<{ url: string; bytes: Promise<number> }> = [];
  beforeAll(async () => {
    ({ browser, page } = await launchPhone());
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push({ url: response.url(), bytes: response.body().then((body) => body.length) });
    });
  });
  afterAll(() => browser?.close());

  test('首页 loads its own page code only; 活动 loads its own when opened', async () => {
    await page.goto(`${appUrl}/#/${pageLink('home')}`);
    await shown(page, '石嘴山市科学技术局').waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const first = [...scripts];
    // The shell (Taro, React, the app) and 首页's chunk, plus the components its pages share.
    expect(first.length).toBeLessThanOrEqual(5);

    await shown(page, '活动', true).click();
    await shown(page, '我的报名').waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const opened = scripts.slice(first.length);
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.some(({ url }) => first.some((script) => script.url === url))).toBe(false);
    // Only 活动's own code: what pages share (Taro's components) came once, with 首页.
    const bytes = (await Promise.all(opened.map((script) => script.bytes))).reduce((a, b) => a + b, 0);
    expect(bytes).toBeLessThan(40_000);
  });

  test('活动 opened by its link: index.html asks for the list at once, the page uses that answer', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const phone = await context.newPage();
    const cdp = await context.newCDPSession(phone);
    await cdp.send('Network.enable');
    const sent: Array<{ id: string; url: string; method: string; from: string | undefined }> = [];
    const finished = new Set<string>();
    cdp.on('Network.requestWillBeSent', ({ requestId, request, initiator }) =>
      sent.push({
        id: requestId,
        url: request.url,
        method: request.method,
        from: initiator.stack?.callFrames[0]?.url ?? initiator.url,
      }),
    );
    // What had finished loading when each request was sent.
    const finishedWhenSent = new Map<string, string[]>();
    cdp.on('Network.requestWillBeSent', ({ requestId }) => finishedWhenSent.set(requestId, [...finished]));
    cdp.on('Network.loadingFinished', ({ requestId }) =>
      finished.add(sent.find((request) => request.id === requestId)?.url ?? requestId),
    );

    await phone.goto(`${appUrl}/#/${pageLink('events')}`);
    await shown(phone, '详情 ›').waitFor({ timeout: 15_000 });
    await phone.waitForLoadState('networkidle');

    const lists = sent.filter(({ url, method }) => method === 'GET' && url.startsWith(`${apiUrl}/events?`));
    // One request for the list, the page's own: started by the page's HTML, not by a script file.
    expect(lists.map(({ url }) => url)).toEqual([`${apiUrl}/events?limit=20`]);
    expect(lists[0]!.from).toBe(`${appUrl}/`);
    // Before the app's code had arrived.
    expect(finishedWhenSent.get(lists[0]!.id)!.some((url) => /\/js\//.test(url))).toBe(false);
    // The page's own files too were asked for by the HTML, beside the app's, and only once: the
    // router found them loaded instead of asking once the app's code had run.
    const files = sent.filter(({ url }) => /\/(js|css)\//.test(url));
    expect(files.filter(({ from }) => from !== `${appUrl}/`)).toEqual([]);
    expect(new Set(files.map(({ url }) => url)).size).toBe(files.length);
    expect(files.length).toBeGreaterThan(3); // the page's, not only the shell's
    await context.close();
  });
});
