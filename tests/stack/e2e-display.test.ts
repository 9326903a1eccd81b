// 长辈模式 (issue 9 item 9): the largest text size chosen in 我的 scales the text of every page,
// and no page then runs wider than a 320 px phone; pinch-zoom is not disabled. Every screen is
// photographed (normal at 390 px, largest at 320 px) and checked with axe-core (item 10).
import { pageLink, type PageName } from '@szkc/shared';
import type { Browser, Page } from 'playwright-core';
import { inject } from '../support/provided';
import { client } from '../support/client';
import { checkAccessibility, launchPhone, snap, shown as shownOn } from '../support/browser';

const { apiUrl, appUrl } = inject('stack');
const api = client(apiUrl);
let browser: Browser;
let page: Page;
const errors: string[] = [];
const shown = (text: string | RegExp, exact = false) => shownOn(page, text, exact);

/** The main pages, by deep link, each with words that say it has loaded. */
let pages: Array<{ name: string; link: string; ready: string | RegExp }> = [];

beforeAll(async () => {
  const organizer = await api.login('organizer');
  const event = (await api.call('GET', '/events?limit=1')).body.items[0];
  const mine = (await api.call('GET', '/me/events?limit=1', { token: organizer.token })).body.items[0];
  const venue = (await api.call('GET', '/venues')).body.items[0];
  const contest = (await api.call('GET', '/contests')).body.items[0];
  const at = (name: PageName, query?: Record<string, string>) => `${appUrl}#/${pageLink(name, query)}`;
  pages = [
    { name: 'home', link: at('home'), ready: '石嘴山市科学技术局' },
    { name: 'events', link: at('events'), ready: event.title },
    { name: 'event-detail', link: at('eventDetail', { id: event.id }), ready: event.title },
    { name: 'venues', link: at('venues'), ready: venue.name },
    { name: 'venue-detail', link: at('venueDetail', { id: venue.id }), ready: venue.name },
    { name: 'passport', link: at('passport'), ready: /打卡|徽章/ },
    { name: 'policies', link: at('policies'), ready: '高新技术企业认定' },
    { name: 'policy-detail', link: at('policyDetail', { id: 'tech-sme' }), ready: '科技型中小企业' },
    { name: 'policy-match', link: at('policyMatch'), ready: /统一社会信用代码/ },
    { name: 'me', link: at('me'), ready: '字体大小' },
    { name: 'my-data', link: at('myData'), ready: /我的数据|导出/ },
    { name: 'my-registrations', link: at('myRegistrations'), ready: /我的报名|还没有报名|报名/ },
    { name: 'organizer-events', link: at('organizerEvents'), ready: mine.title },
    { name: 'organizer-manage', link: at('organizerManage', { id: mine.id }), ready: '现场签到' },
    { name: 'organizer-roster', link: at('organizerRoster', { id: mine.id }), ready: '导出 Excel 名单' },
    { name: 'organizer-checkin', link: at('organizerCheckin', { eventId: mine.id }), ready: '核验并签到' },
    { name: 'organizer-edit', link: at('organizerEdit'), ready: /活动名称|标题/ },
    { name: 'contests', link: at('contestList'), ready: contest.title },
    { name: 'contest-detail', link: at('contestDetail', { id: contest.id }), ready: contest.title },
    { name: 'organizer-contests', link: at('organizerContests'), ready: contest.title },
  ];
  ({ browser, page } = await launchPhone());
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => browser?.close());

async function open(target: (typeof pages)[number]) {
  await page.goto(target.link);
  await expect
    .poll(() => shown(target.ready).isVisible(), { timeout: 20_000, message: target.name })
    .toBe(true);
}

/** Elements of the page on screen that reach past the window's sides. */
const overflow = () =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('.taro_page *'))) {
      const rect = el.getBoundingClientRect();
      if (!rect.width || !rect.height || !(el as HTMLElement).offsetParent) continue;
      // Inside a row that scrolls sideways (the filter chips) running past the side is the point.
      let scroller = el.parentElement;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX))
        scroller = scroller.parentElement;
      if (scroller && scroller.clientWidth <= width) continue;
      if (rect.right > width + 1 || rect.left < -1)
        out.push(`${el.tagName.toLowerCase()}.${(el as HTMLElement).className} ${Math.round(rect.right)}px`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 8) };
  });

it('keeps pinch-zoom: the viewport does not say user-scalable=no', async () => {
  await page.goto(appUrl);
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).toContain('width=device-width');
  expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)/);
  expect(viewport).not.toMatch(/maximum-scale/);
});

it('signs in and passes axe on every main page at normal size', async () => {
  await page.goto(`${appUrl}#/${pageLink('me')}`);
  const nameField = page.locator('input[placeholder="例如 zhangsan"]');
  await nameField.waitFor();
  await nameField.fill('organizer');
  await page.getByText('登录', { exact: true }).last().click();
  await expect.poll(() => shown('我的报名').isVisible(), { timeout: 15_000 }).toBe(true);
  for (const target of pages) {
    await open(target);
    await snap(page, `normal-${target.name}`);
  }
}, 240_000);

/**
 * Buttons, links and fields on the page on screen smaller than 44×44 CSS px (WCAG 2.5.5), by
 * their text. A control inside a larger one counts as the larger one's part (a chip's label).
 */
const smallTargets = () =>
  page.evaluate(() => {
    const selector =
      'button, a[href], input, textarea, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="switch"]';
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(`.taro_page ${selector}`))) {
      if (!el.offsetParent || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.parentElement?.closest(selector)) continue;
      const rect = el.getBoundingClientRect();
      if (!rect.width || !rect.height) continue;
      // A field's wrapper is the target on H5: Taro's Input wraps the real <input>.
      const target = el.tagName === 'INPUT' ? (el.closest('taro-input-core') ?? el) : el;
      const box = target.getBoundingClientRect();
      if (box.width < 43.5 || box.height < 43.5) {
        const name =
          el.getAttribute('aria-label') ||
          el.textContent?.trim() ||
          el.getAttribute('placeholder') ||
          el.tagName;
        out.push(`${name.slice(0, 20)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return out;
  });

it('every button, link and field on the main pages is at least 44×44 px at 390 px wide', async () => {
  const small: Record<string, string[]> = {};
  for (const target of pages) {
    await open(target);
    await page.waitForTimeout(400);
    const found = await smallTargets();
    if (found.length) small[target.name] = found;
  }
  expect(small).toEqual({});
}, 240_000);

it('长辈模式 in 我的 makes text 1.5× as large, kept across reloads', async () => {
  await open(pages.find((p) => p.name === 'me')!);
  const sizeOf = () =>
    page.evaluate(() => {
      const title = Array.from(document.querySelectorAll('.card-title')).find(
        (el) => (el as HTMLElement).offsetParent && el.textContent === '字体大小',
      );
      return title ? parseFloat(getComputedStyle(title).fontSize) : 0;
    });
  await shown('标准', true).click();
  const normal = await sizeOf();
  expect(normal).toBeGreaterThan(10);
  await shown('长辈模式', true).click();
  await expect.poll(sizeOf).toBeCloseTo(normal * 1.5, 0);
  expect(
    await page.getByRole('button', { name: '长辈模式', pressed: true }).locator('visible=true').count(),
  ).toBe(1);
  await page.reload();
  await expect.poll(() => shown('字体大小').isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(sizeOf).toBeCloseTo(normal * 1.5, 0);
});

it('at the largest text size and 320 px wide, no main page runs past the screen', async () => {
  await page.setViewportSize({ width: 320, height: 700 });
  const wide: Record<string, unknown> = {};
  for (const target of pages) {
    await open(target);
    await snap(page, `largest-${target.name}-320`, { a11y: false });
    const found = await overflow();
    if (found.out.length || found.scrollWidth > found.width) wide[target.name] = found;
  }
  expect(wide).toEqual({});
  await checkAccessibility(page, 'largest-organizer-contests-320');
}, 240_000);

it('had no uncaught errors in the page', () => {
  expect(errors).toEqual([]);
});
