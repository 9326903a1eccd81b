// Debian's chromium driven by playwright-core on a phone-sized viewport.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Per page, violations by impact: one JSON line a check, for the report (before/after figures). */
export const axeLog = path.join(repoRoot, '.test-output/axe.jsonl');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

/**
 * axe-core on what is on screen (the H5 router keeps earlier pages in the DOM, hidden; axe skips
 * hidden nodes). Fails on any serious or critical violation; every count is logged.
 */
export async function checkAccessibility(page: Page, name: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })),
      count: v.nodes.length,
    }));
  });
  const byImpact: Record<string, number> = {};
  for (const v of violations) byImpact[v.impact ?? 'none'] = (byImpact[v.impact ?? 'none'] ?? 0) + v.count;
  mkdirSync(path.dirname(axeLog), { recursive: true });
  appendFileSync(
    axeLog,
    `${JSON.stringify({ page: name, byImpact, rules: violations.map((v) => `${v.impact}:${v.id}×${v.count}`) })}\n`,
  );
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (process.env.AXE_REPORT_ONLY !== '1')
    expect(
      blocking.map((v) => `${v.impact} ${v.id}: ${v.help} ${JSON.stringify(v.nodes)}`),
      name,
    ).toEqual([]);
}

/**
 * A screenshot for a person to look at; the H5 router slides pages in, so wait it out first.
 * Every screen photographed is also checked with axe-core (`a11y: false` for a modal or sheet
 * under way, which axe judges half-drawn).
 */
export async function snap(page: Page, name: string, { a11y = true }: { a11y?: boolean } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  if (a11y) await checkAccessibility(page, name);
}

/** Text on the page on screen: the H5 router keeps earlier pages in the DOM, hidden. */
export const shown = (page: Page, text: string | RegExp, exact = false) =>
  page.getByText(text, { exact }).locator('visible=true').first();

/** The same screen at 390 and at 320 CSS px wide (`<name>.png`, `<name>-320.png`). */
export async function snapWidths(page: Page, name: string) {
  const size = page.viewportSize() ?? { width: 390, height: 844 };
  await snap(page, name);
  await page.setViewportSize({ width: 320, height: size.height });
  await snap(page, `${name}-320`, { a11y: false });
  await page.setViewportSize(size);
  await page.waitForTimeout(200);
}
