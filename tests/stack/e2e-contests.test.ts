// Innovation contests on a phone: a founder opens 首页 → 创新大赛 → the seeded startup contest, runs
// the group check, creates an entry and sees the join code; a colleague on a second phone types the
// code on the join page; the founder uploads a real PDF through the H5 file input and submits, and
// the API agrees the entry is submitted. Screenshots at 390 and 320 px.
import { pageLink, pageUrl } from '@szkc/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from '../support/provided';
import { client, uniqueName } from '../support/client';
import { launchPhone, snap, shown as shownOn } from '../support/browser';

const { apiUrl, appUrl } = inject('stack');
const api = client(apiUrl);
// seeds/contests.ts: open for signup, tracks 新材料…, groups 初创组/成长组, teams of 1 to 5.
const contestId = '01KCSZS2026STARTVP00000001';
const contestTitle = /石嘴山市创新创业大赛/;
const founderName = uniqueName('e2e-ct-lead');
const mateName = uniqueName('e2e-ct-mate');
const thirdName = uniqueName('e2e-ct-link');
const projectName = '高纯硅基负极材料';
let browser: Browser;
let founderContext: BrowserContext;
let mateContext: BrowserContext;
let page: Page;
let matePage: Page;
let entryId = '';
let joinCode = '';
const errors: string[] = [];

const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

/** The smallest well-formed PDF: one empty page, with a cross-reference table whose offsets add up. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

beforeAll(async () => {
  ({ browser } = await launchPhone());
  founderContext = await browser.newContext(phone);
  mateContext = await browser.newContext(phone);
  page = await founderContext.newPage();
  matePage = await mateContext.newPage();
  for (const p of [page, matePage]) p.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => browser?.close());

const shown = (text: string | RegExp, exact = false, on = page) => shownOn(on, text, exact);
/** Taro's H5 Input is a wrapper carrying the placeholder too: aim at the real <input> on screen. */
const input = (placeholder: string, on = page) =>
  on.locator(`input[placeholder="${placeholder}"]`).locator('visible=true').first();

/** Both widths: the usual phone and the narrowest the app must still serve. */
async function snapBoth(on: Page, name: string) {
  await snap(on, `${name}-390`);
  await on.setViewportSize({ width: 320, height: 740 });
  await snap(on, `${name}-320`);
  await on.setViewportSize(phone.viewport);
}

/** Both widths with the element on screen at the top (scrolled again after the narrower layout). */
async function snapAt(on: Page, selector: string, text: string | RegExp, name: string) {
  const element = on.locator(selector, { hasText: text }).locator('visible=true').last();
  const toTop = () => element.evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await toTop();
  await snap(on, `${name}-390`);
  await on.setViewportSize({ width: 320, height: 740 });
  await toTop();
  await snap(on, `${name}-320`);
  await on.setViewportSize(phone.viewport);
}

async function logIn(on: Page, name: string) {
  await on.goto(`${appUrl}#/${pageLink('me')}`);
  const field = on.locator('input[placeholder="例如 zhangsan"]');
  await field.waitFor();
  await field.fill(name);
  await on.getByText('登录', { exact: true }).last().click();
  await expect.poll(() => shown('退出登录', false, on).isVisible(), { timeout: 15_000 }).toBe(true);
}

it('opens 首页 → 创新大赛 → the startup contest', async () => {
  await logIn(page, founderName);
  await page.getByText('首页', { exact: true }).last().click();
  await shown('创新大赛', true).click();
  // The card on the list, not some other line naming the contest.
  const card = page.locator('.contest-card', { hasText: contestTitle }).locator('visible=true').first();
  await expect.poll(() => card.isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => card.locator('.contest-status-open').textContent()).toBe('报名中');
  await snapBoth(page, 'contests-list');

  await card.click();
  await expect.poll(() => shown('创建参赛项目（我是队长）').isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown('检查我属于哪个组别').isVisible()).toBe(true);
  await snapBoth(page, 'contest-detail');
});

it('runs the group check: registered this year with small revenue fits 初创组, not 成长组', async () => {
  const check = page.locator('.group-check').locator('visible=true').first();
  // The date picker opens on today: a company registered today.
  await check.locator('.field-picker').click();
  await page.waitForTimeout(500); // the picker slides up first
  await page.getByText('确定', { exact: true }).locator('visible=true').first().click();
  await check.locator('.field-money-input input').fill('500');
  const verdict = (group: string) =>
    check
      .locator('.group-result', { has: page.locator('.result-name', { hasText: group }) })
      .locator('.policy-badge');
  await expect.poll(() => verdict('初创组').textContent(), { timeout: 15_000 }).toBe('符合');
  await expect.poll(() => verdict('成长组').textContent()).toBe('不符合');
  await snapAt(page, '.group-result', '初创组', 'contest-group-check');
});

it('creates an entry with track, group, name, summary and organisation, and sees the join code', async () => {
  await shown('创建参赛项目（我是队长）').click();
  await expect.poll(() => shown('您将作为队长创建项目', false).isVisible(), { timeout: 15_000 }).toBe(true);
  await shown('新材料', true).click();
  await input('例如：高纯硅基负极材料').fill(projectName);
  await page
    .locator('textarea[placeholder="做什么、解决什么问题、进展到哪一步"]')
    .locator('visible=true')
    .first()
    .fill('用宁夏本地硅资源制备锂电池负极材料，已完成中试。');
  const organisation = page
    .locator('.contest-field', { hasText: '所在单位' })
    .locator('visible=true')
    .locator('input');
  await organisation.fill('石嘴山硅材料科技有限公司');
  // The group check on this page, then the group chosen by hand.
  const check = page.locator('.group-check').locator('visible=true').first();
  await check.locator('.field-picker').click();
  await page.waitForTimeout(500);
  await page.getByText('确定', { exact: true }).locator('visible=true').first().click();
  await check.locator('.field-money-input input').fill('500');
  await expect.poll(() => shown('初创组（符合）').isVisible(), { timeout: 15_000 }).toBe(true);
  await shown('初创组（符合）').click();
  await snapAt(page, '.card', '您将作为队长创建项目', 'contest-enter-form');
  await snapAt(page, '.card', '参赛组别', 'contest-enter-group');

  // The button, not the page's title of the same words in the H5 title bar.
  await page.getByRole('button', { name: '创建参赛项目', exact: true }).locator('visible=true').click();
  await expect.poll(() => shown('邀请队友').isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown('组别：初创组').isVisible()).toBe(true);
  await expect.poll(() => shown('单位：石嘴山硅材料科技有限公司').isVisible()).toBe(true);
  entryId = /entryId=([0-9A-Z]+)/.exec(page.url())?.[1] ?? '';
  expect(entryId).not.toBe('');
  joinCode = ((await page.locator('.join-code').locator('visible=true').first().textContent()) ?? '').trim();
  expect(joinCode).toMatch(/^[0-9A-Z ]{6,}$/);
  await snapBoth(page, 'contest-entry-created');
  await snapAt(page, '.card', '邀请队友', 'contest-entry-code');
});

it('lets a colleague join with the code typed on the join page', async () => {
  await logIn(matePage, mateName);
  await matePage.goto(`${appUrl}#/${pageLink('contestDetail', { id: contestId })}`);
  await expect
    .poll(() => shown('我有邀请码，加入队友的项目', false, matePage).isVisible(), { timeout: 15_000 })
    .toBe(true);
  await shown('我有邀请码，加入队友的项目', false, matePage).click();
  const codeField = input('例如：K7Q 2MP', matePage);
  await codeField.waitFor();
  await codeField.fill(joinCode.toLowerCase());
  await snapBoth(matePage, 'contest-join');
  await shown('加入团队', true, matePage).click();
  await expect.poll(() => shown(projectName, true, matePage).isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown('团队成员（2 人）', false, matePage).isVisible()).toBe(true);
  await snapAt(matePage, '.card', '团队成员', 'contest-joined');
});

it('lets another colleague join through the link the share card carries, code filled in', async () => {
  const context = await browser.newContext(phone);
  const linkPage = await context.newPage();
  linkPage.on('pageerror', (error) => errors.push(error.message));
  await logIn(linkPage, thirdName);
  // The share card's path (entry page, useShareAppMessage) as the H5 router reads it.
  const sharePath = pageUrl('contestJoin', { contestId, code: joinCode.replace(/ /g, '') });
  await linkPage.goto(`${appUrl}#${sharePath}`);
  const codeField = input('例如：K7Q 2MP', linkPage);
  await expect.poll(() => codeField.inputValue(), { timeout: 15_000 }).toBe(joinCode);
  await shown('加入团队', true, linkPage).click();
  await expect
    .poll(() => shown('团队成员（3 人）', false, linkPage).isVisible(), { timeout: 15_000 })
    .toBe(true);
  await context.close();

  // The founder sees both colleagues on coming back to the page.
  await page.reload();
  await expect.poll(() => shown('团队成员（3 人）').isVisible(), { timeout: 15_000 }).toBe(true);
});

it('uploads a real PDF through the H5 file input and sees the plan recorded', async () => {
  const fileInput = page.locator('input[type="file"]').last();
  await fileInput.setInputFiles({
    name: '商业计划书.pdf',
    mimeType: 'application/pdf',
    buffer: minimalPdf(),
  });
  await expect.poll(() => shown('✓ 已上传：商业计划书.pdf').isVisible(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => shown('更换商业计划书', false).isVisible()).toBe(true);
  await snapAt(page, '.card', '更换商业计划书', 'contest-plan-uploaded');
});

it('submits, and the entry is submitted on the page and in the API', async () => {
  await shown('提交参赛', true).click();
  await expect.poll(() => shown(/^已于 .* 提交/).isVisible(), { timeout: 15_000 }).toBe(true);
  const badge = page.locator('.contest-status').locator('visible=true').first();
  await expect.poll(() => badge.textContent()).toBe('已提交');
  // The 已提交 toast fades after 1.5 s; the pictures show the page under it.
  await page.waitForTimeout(2_000);
  await snapAt(page, '.card', '提交与撤回', 'contest-submitted');
  await snapAt(page, '.card', projectName, 'contest-submitted-top');

  const { token } = await api.login(founderName);
  const entry = await api.call('GET', `/contests/${contestId}/entries/${entryId}`, { token });
  expect(entry.status).toBe(200);
  expect(entry.body).toMatchObject({ status: 'submitted', projectName, groupId: 'startup' });
  expect(entry.body.members).toHaveLength(3);
  expect(entry.body.plan).toMatchObject({ fileName: '商业计划书.pdf', contentType: 'application/pdf' });
  expect(entry.body.submittedAt).toEqual(expect.any(String));

  // 我的参赛 lists it too.
  await page.goto(`${appUrl}#/${pageLink('myEntries')}`);
  await expect.poll(() => shown(projectName).isVisible(), { timeout: 15_000 }).toBe(true);
  await snapBoth(page, 'contest-mine');
});

it('had no uncaught errors in the pages', () => {
  expect(errors).toEqual([]);
});
