// Debian's chromium driven by playwright-core on a phone-sized viewport.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './gateway';

export const screenshotDir = path.join(repoRoot, '.test-output/screenshots');

export async function launchPhone(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  return { browser, page };
}

/** A screenshot for a person to look at; the H5 router slides pages in, so wait it out first. */
export async function snap(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** Text on the page on screen: the H5 router keeps earlier pages in the DOM, hidden. */
export const shown = (page: Page, text: string | RegExp, exact = false) =>
  page.getByText(text, { exact }).locator('visible=true').first();

/** The same screen at 390 and at 320 CSS px wide (`<name>.png`, `<name>-320.png`). */
export async function snapWidths(page: Page, name: string) {
  const size = page.viewportSize() ?? { width: 390, height: 844 };
  await snap(page, name);
  await page.setViewportSize({ width: 320, height: size.height });
  await snap(page, `${name}-320`);
  await page.setViewportSize(size);
  await page.waitForTimeout(200);
}
