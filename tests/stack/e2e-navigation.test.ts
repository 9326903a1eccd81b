// Getting around the H5 build as people do (issue 9): organiser, staff, reviewer and admin pages
// load after a reload and from a link opened directly; non-tab pages have a title bar with 返回;
// 登录后报名 comes back to the event; 我的数据 reads as words; the party-size stepper is two named
// buttons a keyboard can press.
import { pageLink, type PageName } from '@szkc/shared';
import type { Browser, Page } from 'playwright-core';
import { inject } from '../support/provided';
import { client, uniqueName } from '../support/client';
import { launchPhone, snap, snapWidths, shown as shownOn } from '../support/browser';

const { apiUrl, appUrl } = inject('stack');
const api = client(apiUrl);
let browser: Browser;
let page: Page;
const errors: string[] = [];
const shown = (text: string | RegExp, exact = false) => shownOn(page, text, exact);
const at = (name: PageName, query?: Record<string, string>) => `${appUrl}#/${pageLink(name, query)}`;
const citizenName = uniqueName('e2e-nav');
let mine: { id: string; title: string };
let open: { id: string; title: string };
let venue: { id: string; name: string };

beforeAll(async () => {
  const organizer = await api.login('organizer');
  mine = (await api.call('GET', '/me/events?limit=50', { token: organizer.token })).body.items.find(
    (event: { status: string }) => event.status === 'published',
  );
  const now = Date.now();
  for (const summary of (await api.call('GET', '/events?limit=50')).body.items) {
    const detail = (await api.call('GET', `/events/${summary.id}`)).body;
    if (
      Date.parse(detail.signupOpensAt) <= now &&
      Date.parse(detail.signupClosesAt) > now &&
      detail.seatsLeft > 2
    ) {
      open = { id: detail.id, title: detail.title };
      break;
    }
  }
  venue = (await api.call('GET', '/venues')).body.items[0];
  expect(mine && open && venue).toBeTruthy();
  ({ browser, page } = await launchPhone());
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => browser?.close());

async function logIn(name: string) {
  await page.goto(at('me'));
  const logout = shown('退出登录', true);
  const nameField = page.locator('input[placeholder="例如 zhangsan"]');
  await expect
    .poll(async () => (await logout.isVisible()) || (await nameField.isVisible()), { timeout: 20_000 })
    .toBe(true);
  if (await logout.isVisible()) await logout.click();
  await nameField.fill(name);
  await page.getByRole('button', { name: '登录', exact: true }).locator('visible=true').click();
  await expect.poll(() => shown('退出登录', true).isVisible(), { timeout: 15_000 }).toBe(true);
}

/** The page shows `ready`, not a loading text that stays. */
async function loads(ready: string | RegExp, name: string) {
  await expect.poll(() => shown(ready).isVisible(), { timeout: 20_000, message: name }).toBe(true);
  expect(await shown(/正在加载/).isVisible(), name).toBe(false);
}

it('organiser pages load after a reload and from a link opened directly', async () => {
  await logIn('organizer');
  await shown('我组织的活动').click();
  await loads(mine.title, 'organizer events');
  await page.reload();
  await loads(mine.title, 'organizer events after reload');

  const direct: Array<[string, string, string | RegExp]> = [
    ['manage', at('organizerManage', { id: mine.id }), '现场签到'],
    ['roster', at('organizerRoster', { id: mine.id }), '导出 Excel 名单'],
    ['checkin', at('organizerCheckin', { eventId: mine.id }), '核验并签到'],
    ['contests', at('organizerContests'), /评审进度|您还没有主办的大赛/],
  ];
  for (const [name, link, ready] of direct) {
    await page.goto('about:blank');
    await page.goto(link);
    await loads(ready, `${name} opened directly`);
    await page.reload();
    await loads(ready, `${name} after reload`);
  }
}, 120_000);

it('staff, reviewer and admin pages load after a reload and from a link opened directly', async () => {
  const direct: Array<[string, string, string | RegExp]> = [
    ['staff', at('staffVenue', { id: venue.id }), /今日打卡（人次）|您不是这个场馆的工作人员/],
    ['reviewer', at('myReviews'), /待评|目前没有分配给您的评审项目/],
    ['admin', at('adminVenues'), venue.name],
  ];
  for (const [user, link, ready] of direct) {
    await logIn(user);
    await page.goto('about:blank');
    await page.goto(link);
    await loads(ready, `${user} opened directly`);
    await page.reload();
    await loads(ready, `${user} after reload`);
  }
}, 120_000);

it('a page other than a tab has a title bar with 返回, to the page before or else to 首页', async () => {
  await page.goto(at('events'));
  await shown(open.title).click();
  await expect.poll(() => shown('我要报名').isVisible(), { timeout: 15_000 }).toBe(true);
  const heading = page.getByRole('heading', { level: 1, name: '活动详情' }).locator('visible=true');
  await expect.poll(() => heading.isVisible()).toBe(true);
  const back = page.getByRole('button', { name: '返回', exact: true }).locator('visible=true');
  const box = (await back.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  await snapWidths(page, 'title-bar-event-detail');
  await back.click();
  await expect.poll(() => page.url()).toContain(pageLink('events'));

  await page.goto('about:blank');
  await page.goto(at('eventDetail', { id: open.id }));
  await page.getByRole('button', { name: '返回首页' }).locator('visible=true').click();
  await expect.poll(() => page.url()).toContain(pageLink('home'));
  // The tabs have the tab bar instead.
  await expect
    .poll(() => page.getByRole('button', { name: /^返回/ }).locator('visible=true').count())
    .toBe(0);
});

it('登录后报名 leads to 我的 and, once logged in, back to the event', async () => {
  await page.goto(at('me'));
  await shown('退出登录', true).click();
  await page.goto(at('eventDetail', { id: open.id }));
  await shown('登录后报名').click();
  await expect.poll(() => page.url()).toContain(pageLink('me'));
  await page.locator('input[placeholder="例如 zhangsan"]').locator('visible=true').fill(citizenName);
  await page.getByRole('button', { name: '登录', exact: true }).locator('visible=true').click();
  await expect
    .poll(() => page.url(), { timeout: 15_000 })
    .toContain(pageLink('eventDetail', { id: open.id }));
  await expect.poll(() => shown('我要报名').isVisible(), { timeout: 15_000 }).toBe(true);
});

it('the party-size stepper is two named buttons a keyboard can press', async () => {
  await shown('我要报名').click();
  const more = page.getByRole('button', { name: '增加人数' }).locator('visible=true');
  const fewer = page.getByRole('button', { name: '减少人数' }).locator('visible=true');
  expect(await fewer.getAttribute('aria-disabled')).toBe('true');
  await more.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => shown('2 人', true).isVisible()).toBe(true);
  await snap(page, 'register-sheet-stepper', { a11y: false });
  await fewer.focus();
  await page.keyboard.press(' ');
  await expect.poll(() => shown('1 人', true).isVisible()).toBe(true);
  await shown('关闭', true).click();
});

it('我的数据 shows the export in words with Beijing times, and still copies the JSON', async () => {
  const { token } = await api.login(citizenName);
  const registered = await api.call('POST', `/events/${open.id}/registrations`, {
    token,
    body: { partySize: 2, contactName: '王芳', contactPhone: '13912345678' },
  });
  expect([200, 201]).toContain(registered.status);
  await page.goto(at('myData'));
  await expect.poll(() => shown('账号信息', true).isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown(open.title, true).isVisible()).toBe(true);
  expect(await shown(/报名成功|候补中/).isVisible()).toBe(true);
  expect(await shown('2 人', true).isVisible()).toBe(true);
  expect(await shown(/导出时间：\d{4}年\d+月\d+日 周. \d{2}:\d{2}（北京时间）/).isVisible()).toBe(true);
  expect(await shown(/"registrations"|contactName|createdAt/).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: '复制 JSON' }).locator('visible=true').isVisible()).toBe(
    true,
  );
  await snapWidths(page, 'my-data');

  // The largest text size, chosen in 我的.
  await page.goto(at('me'));
  await shown('长辈模式', true).click();
  await page.goto(at('myData'));
  await expect.poll(() => shown('账号信息', true).isVisible(), { timeout: 15_000 }).toBe(true);
  await snapWidths(page, 'my-data-largest');
  await page.goto(at('me'));
  await shown('标准', true).click();
});

it('had no uncaught errors in the page', () => {
  expect(errors).toEqual([]);
});
