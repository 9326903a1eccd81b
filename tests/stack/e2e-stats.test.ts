// The bureau's 数据看板 on a phone: figures are made through the API first (a party of 3 signs up
// for an event this month, a citizen checks in at a venue), then the seeded admin opens 我的 →
// 数据看板 in the H5 build, sees the plan's fourteen rows and the platform's figures, the charts are
// checked on a screenshot for drawn pixels, and a yearly figure is reported through the form.
// Screenshots at 390 and 320 px.
import { pageLink, toShanghaiIso } from '@szkc/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchPhone, snap, shown as shownOn } from '../support/browser';
import { client, uniqueName } from '../support/client';
import { publishedEvent, signup } from '../support/events';
import { inject } from '../support/provided';
import { createVenue, fixAt } from '../support/venues';

const { apiUrl, appUrl } = inject('stack');
const api = client(apiUrl);
const hour = 3600_000;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  // This month's participants and this week's visits, so the charts have something to draw.
  const now = Date.now();
  const { event } = await publishedEvent(api, {
    startAt: toShanghaiIso(now + 2 * hour),
    endAt: toShanghaiIso(now + 3 * hour),
    signupClosesAt: toShanghaiIso(now + hour),
  });
  const citizen = await api.login(uniqueName('e2e-st'));
  const registered = await api.call('POST', `/events/${event.id}/registrations`, {
    token: citizen.token,
    body: signup(3),
  });
  expect(registered.status).toBe(201);
  const venue = await createVenue(api);
  const checkin = await api.call('POST', `/venues/${venue.id}/checkins`, {
    token: citizen.token,
    body: { location: fixAt(venue.location) },
  });
  expect(checkin.status).toBe(201);

  ({ browser, page } = await launchPhone());
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => browser?.close());

const shown = (text: string | RegExp, exact = false) => shownOn(page, text, exact);

async function snapBoth(name: string) {
  await snap(page, `${name}-390`);
  await page.setViewportSize({ width: 320, height: 740 });
  await snap(page, `${name}-320`);
  await page.setViewportSize({ width: 390, height: 844 });
}

/** Pixels of the element's screenshot that are not (near) white: the chart drawn, not a blank box. */
async function drawnPixels(element: Locator): Promise<number> {
  const png = (await element.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data: rgba } = context.getImageData(0, 0, image.width, image.height);
    let count = 0;
    for (let i = 0; i < rgba.length; i += 4)
      if (rgba[i]! < 200 || rgba[i + 1]! < 200 || rgba[i + 2]! < 200) count++;
    return count;
  }, png);
}

it('opens 数据看板 from 我的 and shows the fourteen rows and the platform figures', async () => {
  await page.goto(`${appUrl}#/${pageLink('me')}`);
  const field = page.locator('input[placeholder="例如 zhangsan"]');
  await field.waitFor();
  await field.fill('admin');
  await page.getByText('登录', { exact: true }).last().click();
  await expect.poll(() => shown('数据看板', true).isVisible(), { timeout: 15_000 }).toBe(true);
  await shown('数据看板', true).click();
  await expect.poll(() => shown('规划指标', true).isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => page.locator('.st-ind').locator('visible=true').count()).toBe(14);
  await expect.poll(() => shown('高新技术企业数量', true).isVisible()).toBe(true);
  await expect.poll(() => shown('科普教育基地', true).isVisible()).toBe(true);
  await snapBoth('stats-overview');
  const platform = shown('平台实时数据');
  await platform.scrollIntoViewIfNeeded();
  await expect.poll(() => platform.isVisible()).toBe(true);
  await snapBoth('stats-platform');
});

it('draws the participants and visits charts on their canvases', async () => {
  const canvases = page.locator('canvas[data-testid="stats-chart"]').locator('visible=true');
  await expect.poll(() => canvases.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  for (const index of [0, 1]) {
    const canvas = canvases.nth(index);
    await canvas.scrollIntoViewIfNeeded();
    // Bars, axes and labels: thousands of pixels on a 2x screen, not a handful.
    expect(await drawnPixels(canvas)).toBeGreaterThan(2_000);
  }
  expect(await canvases.nth(0).getAttribute('aria-label')).toMatch(
    /^科普活动每月报名人数：近 12 个月共 \d+ 人报名/,
  );
  await snapBoth('stats-charts');
  await shown('查看数据表 ▾').click();
  await expect.poll(() => shown('报名人数', true).isVisible()).toBe(true);
});

it('reports a yearly figure through the form and sees it in the history and on the board', async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
  const row = page.locator('.st-ind', { hasText: '科技型中小企业数量' }).locator('visible=true').first();
  await row.getByText('填报', { exact: true }).click();
  await expect.poll(() => shown('填报年度数值').isVisible(), { timeout: 15_000 }).toBe(true);
  await shown('2025', true).click();
  const value = page.locator('input[placeholder="2025 年的数值"]').locator('visible=true');
  await value.fill('-5');
  await shown('提交填报', true).click();
  await expect.poll(() => shown('数值不能为负数').isVisible()).toBe(true);
  await value.fill('268');
  await page.locator('textarea').locator('visible=true').fill('2025 年科技型中小企业评价入库名单');
  await shown('提交填报', true).click();
  await expect.poll(() => shown('填报于', false).isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown('2025 年科技型中小企业评价入库名单').isVisible()).toBe(true);
  // The 已填报 toast stays 2 s; then the form and the new history entry.
  await page.waitForTimeout(2_000);
  await shown('填报记录', true).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await snapBoth('stats-report');

  await page.goBack();
  const board = page.locator('.st-ind', { hasText: '科技型中小企业数量' }).locator('visible=true').first();
  await expect
    .poll(() => board.getByText('268', { exact: true }).isVisible(), { timeout: 15_000 })
    .toBe(true);
  // 185 (2020) → 268 → 400: 83 of 215 on the way.
  await expect.poll(() => board.getByText('进度 38%').isVisible()).toBe(true);
});

it('had no uncaught errors in the pages', () => {
  expect(errors).toEqual([]);
});
