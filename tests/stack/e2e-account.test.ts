// A person on a phone: opens the app, logs in on 我的, sees their name and roles, reads the
// privacy guide, exports their data, deletes the account.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { uniqueName } from '../support/client';
import { launchPhone, snap } from '../support/browser';

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
  await expect.poll(() => page.getByText('石嘴山科创').first().isVisible()).toBe(true);
  await expect.poll(() => page.getByText('石嘴山市科学技术局').first().isVisible()).toBe(true);
  await snap(page, 'home');
});

it('logs in with the dev form on 我的 and shows nickname and roles', async () => {
  await page.getByText('我的', { exact: true }).last().click();
  const input = page.locator('input').first();
  await input.waitFor();
  await snap(page, 'me-logged-out');
  const name = uniqueName('e2e');
  await input.fill(name);
  await page.getByText('登录', { exact: true }).last().click();
  await expect.poll(() => page.getByText(name).first().isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => page.getByText('市民').first().isVisible()).toBe(true);
  await snap(page, 'me-logged-in');
});

it('shows a clear message for a name the server would refuse, without calling it', async () => {
  // Still logged in: log out first through the page.
  await page.getByText('退出登录').first().click();
  const input = page.locator('input').first();
  await input.waitFor();
  await input.fill('Bad Name');
  await page.getByText('登录', { exact: true }).last().click();
  await expect.poll(() => page.getByText('名称只能包含').first().isVisible()).toBe(true);
  await snap(page, 'me-login-error');
});

it('shows the organizer seed account with its role', async () => {
  const input = page.locator('input').first();
  await input.fill('organizer');
  await page.getByText('登录', { exact: true }).last().click();
  await expect.poll(() => page.getByText('活动组织者').first().isVisible(), { timeout: 15_000 }).toBe(true);
});

it('opens the privacy guide', async () => {
  await page.getByText('用户隐私保护指引').first().click();
  await expect.poll(() => page.getByText('石嘴山市科学技术局').first().isVisible()).toBe(true);
  await snap(page, 'privacy');
  await page.goBack();
});

it('had no uncaught errors in the page', () => {
  expect(errors).toEqual([]);
});
