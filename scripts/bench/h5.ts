// The H5 build's first load of 首页 and of 活动 in Debian's chromium on a phone viewport, through
// the local static server (compressed as it sends it): bytes over the wire and unpacked, and the
// time to the first paint and to the first card (a service on 首页, an event on 活动, which waits
// for GET /events). Once at full speed on loopback, once on a Lighthouse-like mobile network
// (1.6 Mbps down, 150 ms round trip), each with an empty cache.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { pageLink } from '@szkc/shared';
import { ensureH5Build } from '../local/miniapp-build';
import { serveH5 } from '../local/h5-server';
import { freePort } from '../local/ports';
import { h5Root } from '../local/stack';

const chromiumPath = '/usr/bin/chromium';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

type Network = { label: string; latency: number; downloadBitsPerSecond: number } | null;
type Load = {
  requests: number;
  encoded: number;
  decoded: number;
  scriptEncoded: number;
  scriptDecoded: number;
  firstPaint: number;
  firstCard: number;
};

/** A page and the element that is its first card. */
type Opened = { name: string; url: string; card: string; cardName: string };

async function firstLoad(browser: Browser, opened: Opened, network: Network): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network)
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latency,
        downloadThroughput: network.downloadBitsPerSecond / 8,
        uploadThroughput: 750_000 / 8,
      });
    const scripts = new Set<string>();
    const decodedBy = new Map<string, number>();
    const load: Load = {
      requests: 0,
      encoded: 0,
      decoded: 0,
      scriptEncoded: 0,
      scriptDecoded: 0,
      firstPaint: 0,
      firstCard: 0,
    };
    cdp.on('Network.responseReceived', ({ requestId, type }) => {
      if (type === 'Script') scripts.add(requestId);
    });
    cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
      decodedBy.set(requestId, (decodedBy.get(requestId) ?? 0) + dataLength);
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const decoded = decodedBy.get(requestId) ?? 0;
      load.requests += 1;
      load.encoded += encodedDataLength;
      load.decoded += decoded;
      if (scripts.has(requestId)) {
        load.scriptEncoded += encodedDataLength;
        load.scriptDecoded += decoded;
      }
    });

    await page.goto(opened.url, { waitUntil: 'commit' });
    // The first card on screen, timed in the page (from the start of navigation).
    const card = await page.waitForFunction(
      (selector) => {
        const first = document.querySelector(selector);
        return first && first.getBoundingClientRect().height > 0 ? performance.now() : 0;
      },
      opened.card,
      { polling: 'raf', timeout: 60_000 },
    );
    load.firstCard = (await card.jsonValue()) as number;
    await page.waitForLoadState('networkidle');
    load.firstPaint = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    return load;
  } finally {
    await context.close();
  }
}

export async function measureH5FirstLoad(apiUrl: string): Promise<string[]> {
  if (!existsSync(chromiumPath))
    return [`未找到 ${chromiumPath}：跳过（node scripts/bootstrap.mjs --with-chromium 会安装）`];
  ensureH5Build();
  const app = await serveH5({ root: h5Root, port: await freePort(), apiBase: apiUrl });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const pages: Opened[] = [
      {
        name: '首页',
        url: `${app.url}/#/${pageLink('home')}`,
        card: '.home-feature',
        cardName: '首张服务卡片',
      },
      { name: '活动', url: `${app.url}/#/${pageLink('events')}`, card: '.ev-card', cardName: '首张活动卡片' },
    ];
    const lines: string[] = [];
    // One load first to warm the server's caches and the machine: not counted.
    for (const opened of pages) await firstLoad(browser, opened, null);
    const networks: Network[] = [
      null,
      { label: '1.6 Mbps / RTT 150 ms', latency: 150, downloadBitsPerSecond: 1_600_000 },
    ];
    for (const opened of pages)
      for (const network of networks) {
        const load = await firstLoad(browser, opened, network);
        lines.push(
          `${opened.name} ${(network?.label ?? '本机回环，不限速').padEnd(22)} 传输 ${kb(load.encoded)}（解压后 ${kb(load.decoded)}，` +
            `${load.requests} 个请求；其中 JS ${kb(load.scriptEncoded)}，解压后 ${kb(load.scriptDecoded)}）；` +
            `首次内容绘制 ${ms(load.firstPaint)}，${opened.cardName} ${ms(load.firstCard)}`,
        );
      }
    return lines;
  } finally {
    await browser.close();
    await app.stop();
  }
}
