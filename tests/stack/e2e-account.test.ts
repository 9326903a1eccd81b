// A person on a phone: opens the app, logs in on 我的, sees their name and roles, reads the
// privacy guide, exports their data, deletes the account.
import type { Browser, Page } from 'playwright-core';
import { inject } from '../support/provided';
import { uniqueName } from '../support/client';
import { launchPhone, shown, snap } from '../support/browser';

const { appUrl } = inject('stack');
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ({ browser, page } = await launchPhone());
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => browser?.close());

it('shows the home page', async () => {
  await page.goto(appUrl);
  await expect.poll(() => shown(page, '石嘴山科创').isVisible()).toBe(true);
  await expect.poll(() => shown(page, '石嘴山市科学技术局').isVisible()).toBe(true);
  await snap(page, 'home');
});

it('logs in with the dev form on 我的 and shows nickname and roles', async () => {
  await shown(page, '我的', true).click();
  const input = page.locator('input').locator('visible=true').first();
  await input.waitFor();
  await snap(page, 'me-logged-out');
  const name = uniqueName('e2e');
  await input.fill(name);
  await shown(page, '登录', true).click();
  await expect.poll(() => shown(page, name).isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown(page, '市民').isVisible()).toBe(true);
  await snap(page, 'me-logged-in');
});

it('shows a clear message for a name the server would refuse, without calling it', async () => {
  // Still logged in: log out first through the page.
  await shown(page, '退出登录').click();
  const input = page.locator('input').locator('visible=true').first();
  await input.waitFor();
  await input.fill('Bad Name');
  await shown(page, '登录', true).click();
  await expect.poll(() => shown(page, '名称只能包含').isVisible()).toBe(true);
  await snap(page, 'me-login-error');
});

it('shows the organizer seed account with its role', async () => {
  const input = page.locator('input').locator('visible=true').first();
  await input.fill('organizer');
  await shown(page, '登录', true).click();
  await expect.poll(() => shown(page, '活动组织者').isVisible(), { timeout: 15_000 }).toBe(true);
});

it('opens the privacy guide', async () => {
  await shown(page, '用户隐私保护指引').click();
  await expect.poll(() => shown(page, '石嘴山市科学技术局').isVisible()).toBe(true);
  await snap(page, 'privacy');
  await page.goBack();
});

it('had no uncaught errors in the page', () => {
  expect(errors).toEqual([]);
});
