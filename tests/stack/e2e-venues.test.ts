// Science venues on a phone: a citizen finds 石嘴山科技馆 on the 场馆 tab, types the rotating code
// that dev-staff's full-screen code page shows, sees the stamp and the first badge, checks in by
// location at a geo venue, and finds both stamps in the 科普护照. Screenshots at 390 and 320 px.
import { pageLink } from '@szkc/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from '../support/provided';
import { uniqueName } from '../support/client';
import { launchPhone, snap, shown as shownOn } from '../support/browser';

const { appUrl } = inject('stack');
const citizenName = uniqueName('e2e-vn');
// Near 星海湖湿地公园 (seeds/venues.json: GCJ-02 38.9815, 106.4021, radius 1500 m) as a browser reports
// it, in WGS-84, some 450 m away from the GCJ-02 point until the page converts it.
const atTheWetland = { latitude: 38.9803, longitude: 106.3967, accuracy: 30 };
let browser: Browser;
let citizenContext: BrowserContext;
let staffContext: BrowserContext;
let page: Page;
let staffPage: Page;
const errors: string[] = [];

const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

beforeAll(async () => {
  ({ browser } = await launchPhone());
  // Two people on two phones: the citizen (whose phone allows the location) and the staff member.
  citizenContext = await browser.newContext({
    ...phone,
    geolocation: atTheWetland,
    permissions: ['geolocation'],
  });
  staffContext = await browser.newContext(phone);
  page = await citizenContext.newPage();
  staffPage = await staffContext.newPage();
  for (const p of [page, staffPage]) p.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => browser?.close());

const shown = (text: string | RegExp, exact = false, on = page) => shownOn(on, text, exact);

/** Both widths: the usual phone and the narrowest the app must still serve. */
async function snapBoth(on: Page, name: string) {
  await snap(on, `${name}-390`);
  await on.setViewportSize({ width: 320, height: 740 });
  await snap(on, `${name}-320`);
  await on.setViewportSize(phone.viewport);
}

async function logIn(on: Page, name: string, expected: string) {
  await on.goto(`${appUrl}#/${pageLink('me')}`);
  const field = on.locator('input[placeholder="例如 zhangsan"]');
  await field.waitFor();
  await field.fill(name);
  await on.getByText('登录', { exact: true }).last().click();
  await expect.poll(() => shown(expected, false, on).isVisible(), { timeout: 15_000 }).toBe(true);
}

it('lists the venues on the 场馆 tab', async () => {
  await logIn(page, citizenName, '科普护照');
  await page.getByText('场馆', { exact: true }).last().click();
  await expect.poll(() => shown('石嘴山科技馆', true).isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown('星海湖湿地公园', true).isVisible()).toBe(true);
  await snapBoth(page, 'venues-list');
});

it('opens 石嘴山科技馆 with its address, hours and the 打卡 panel', async () => {
  await shown('石嘴山科技馆', true).click();
  await expect.poll(() => shown('到馆打卡').isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown('本馆打卡方式：扫描现场屏幕上的二维码').isVisible()).toBe(true);
  await snapBoth(page, 'venue-detail');
});

it("checks in with the code dev-staff's code page shows, and gets the stamp and the first badge", async () => {
  await logIn(staffPage, 'staff', '场馆工作台');
  await shown('场馆工作台', false, staffPage).click();
  await expect
    .poll(() => shown('选择您所在的场馆', false, staffPage).isVisible(), { timeout: 15_000 })
    .toBe(true);
  await shown('石嘴山科技馆', true, staffPage).click();
  await expect
    .poll(() => shown('今日打卡（人次）', false, staffPage).isVisible(), { timeout: 15_000 })
    .toBe(true);
  await snapBoth(staffPage, 'staff-desk');
  await shown('全屏显示打卡二维码', false, staffPage).click();
  const codeText = staffPage.locator('.ticket-qr-code').locator('visible=true').first();
  await expect.poll(() => codeText.isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown(/秒后自动换新码/, false, staffPage).isVisible()).toBe(true);
  await snapBoth(staffPage, 'staff-code');
  const code = (await codeText.textContent())!.trim();
  expect(code).toMatch(/^SZV1\./);

  const field = page.locator('input[placeholder="二维码下方的打卡码"]').locator('visible=true');
  await field.fill(code);
  await shown('打卡', true).click();
  await expect.poll(() => shown('打卡成功！').isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown('获得新徽章').isVisible()).toBe(true);
  await expect.poll(() => shown('初次打卡').isVisible()).toBe(true);
  await snapBoth(page, 'venue-checked-in');
});

it('says a second check-in today is already done', async () => {
  await page.reload();
  await expect.poll(() => shown('今天已打卡').isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown('已来过 1 次').isVisible()).toBe(true);
  await snapBoth(page, 'venue-already');
});

it('checks in by location at a geo venue', async () => {
  await page.goto(`${appUrl}#/${pageLink('venues')}`);
  await expect.poll(() => shown('星海湖湿地公园', true).isVisible(), { timeout: 15_000 }).toBe(true);
  await shown('星海湖湿地公园', true).click();
  // The list behind it names the mode in the same words: aim at the button.
  const locate = page.locator('.btn', { hasText: '定位打卡' }).locator('visible=true').first();
  await expect.poll(() => locate.isVisible(), { timeout: 15_000 }).toBe(true);
  await locate.click();
  await expect.poll(() => shown('打卡成功！').isVisible(), { timeout: 15_000 }).toBe(true);
  await snapBoth(page, 'venue-geo-checked-in');
});

it('shows both stamps and the badge in the 科普护照', async () => {
  await shown('查看我的科普护照').click();
  await expect.poll(() => shown('场馆印章').isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => page.locator('.vp-stamp').locator('visible=true').count()).toBe(2);
  await expect.poll(() => shown('初次打卡').isVisible()).toBe(true);
  await expect.poll(() => shown('五馆探索家').isVisible()).toBe(true);
  await snapBoth(page, 'passport');
});

it('had no uncaught errors in the pages', () => {
  expect(errors).toEqual([]);
});
