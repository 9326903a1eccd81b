// 科普 events on a phone: a citizen registers a party of 3 for a seeded event, sees the QR ticket,
// the organiser checks the ticket in at the door through the H5 text field (a second scan and a
// forged ticket too), after which the citizen can no longer cancel; an organiser cancels an event.
import { readFileSync } from 'node:fs';
import { pageLink } from '@szkc/shared';
import type { Browser, Page } from 'playwright-core';
import { inject } from '../support/provided';
import { client, uniqueName } from '../support/client';
import { launchPhone, snap, snapWidths, shown as shownOn } from '../support/browser';
import { eventInput } from '../support/events';

const { apiUrl, appUrl } = inject('stack');
const api = client(apiUrl);
const citizenName = uniqueName('e2e-ev');
let browser: Browser;
let page: Page;
const errors: string[] = [];
let target: { id: string; title: string };

beforeAll(async () => {
  // A seeded event a family of 3 can still join, whatever other tests took.
  const list = await api.call('GET', '/events?limit=50');
  expect(list.status).toBe(200);
  const now = Date.now();
  for (const summary of list.body.items) {
    const detail = (await api.call('GET', `/events/${summary.id}`)).body;
    const open = Date.parse(detail.signupOpensAt) <= now && Date.parse(detail.signupClosesAt) > now;
    if (open && detail.seatsLeft >= 10 && detail.maxPartySize >= 3) {
      target = { id: detail.id, title: detail.title };
      break;
    }
  }
  expect(target, 'a seeded event with room for 3').toBeDefined();
  ({ browser, page } = await launchPhone());
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => browser?.close());

const shown = (text: string | RegExp, exact = false) => shownOn(page, text, exact);

/** Taro's H5 Input is a wrapper carrying the placeholder too: aim at the real <input>. */
const input = (placeholder: string) => page.locator(`input[placeholder="${placeholder}"]`);

async function logIn(name: string) {
  // Straight to the 我的 tab: from a sub-page the tab bar is not on screen.
  await page.goto(`${appUrl}#/${pageLink('me')}`);
  const logout = page.getByText('退出登录');
  if (
    await logout
      .first()
      .isVisible()
      .catch(() => false)
  )
    await logout.first().click();
  const nameField = input('例如 zhangsan');
  await nameField.waitFor();
  await nameField.fill(name);
  await page.getByText('登录', { exact: true }).last().click();
  await expect.poll(() => shown('我的报名').isVisible(), { timeout: 15_000 }).toBe(true);
}

it('lists events with filters and seats, as a signed-in citizen', async () => {
  await page.goto(appUrl);
  await logIn(citizenName);
  await page.getByText('活动', { exact: true }).last().click();
  await expect.poll(() => shown(target.title).isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => shown(/余 \d+ 席|已满/).isVisible()).toBe(true);
  await snap(page, 'events-list');
});

it('registers a party of 3 and sees the QR ticket', async () => {
  await shown(target.title).click();
  await expect.poll(() => shown('我要报名').isVisible(), { timeout: 15_000 }).toBe(true);
  await snap(page, 'event-detail');

  await shown('我要报名').click();
  await input('请输入姓名').fill('李华');
  await input('11 位手机号码').fill('13812345678');
  await page.getByText('＋', { exact: true }).click();
  await page.getByText('＋', { exact: true }).click();
  await expect.poll(() => shown('3 人', true).isVisible()).toBe(true);
  await snap(page, 'event-register-sheet');
  await page.getByText('确认报名').click();

  await expect.poll(() => shown('签到码', true).isVisible(), { timeout: 15_000 }).toBe(true);
  const canvas = page.locator('canvas.ticket-qr-canvas');
  await expect.poll(() => canvas.isVisible()).toBe(true);
  // Drawn on the device: black modules on white, and big enough to scan.
  const drawn = await canvas.evaluate((node: HTMLCanvasElement) => {
    const data = node.getContext('2d')!.getImageData(0, 0, node.width, node.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 60) dark++;
    return { dark: dark / (data.length / 4), cssWidth: node.getBoundingClientRect().width };
  });
  expect(drawn.dark).toBeGreaterThan(0.2);
  expect(drawn.cssWidth).toBeGreaterThanOrEqual(240);
  await snap(page, 'registration-ticket');
});

it('lets the organiser check the ticket in by its short code, once, and people in by hand', async () => {
  // The citizen's ticket, read through the API as the citizen.
  const { token } = await api.login(citizenName);
  const mine = (await api.call('GET', `/events/${target.id}`, { token })).body.myRegistration;
  expect(mine).toMatchObject({ status: 'confirmed', partySize: 3 });
  const ticket: string = mine.ticket;
  const code: string = mine.ticketCode;
  await expect.poll(() => shown(code, true).isVisible()).toBe(true);
  await snapWidths(page, 'registration-ticket-code');

  await logIn('organizer');
  await shown('我组织的活动').click();
  await expect.poll(() => shown(target.title).isVisible(), { timeout: 15_000 }).toBe(true);
  await snap(page, 'organizer-events');
  await shown(target.title).click();
  await expect.poll(() => shown('现场签到').isVisible(), { timeout: 15_000 }).toBe(true);
  await snap(page, 'organizer-manage');

  await shown('报名名单与导出').click();
  await expect.poll(() => shown('138****5678').isVisible(), { timeout: 15_000 }).toBe(true);
  await snap(page, 'organizer-roster');
  // The workbook comes through the API with the token and is handed to the browser as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), shown('导出 Excel 名单').click()]);
  expect(download.suggestedFilename()).toMatch(/_报名名单\.xlsx$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as .xlsx is
  await page.goBack();

  await shown('现场签到').click();
  const field = input('如 K7M4QX，或完整票码');
  await field.waitFor();
  // No camera: the 6 characters under the QR, read out and typed in lower case.
  await field.fill(code.toLowerCase());
  await page.getByText('核验并签到').click();
  await expect.poll(() => shown('签到成功 · 3 人').isVisible(), { timeout: 15_000 }).toBe(true);
  await snapWidths(page, 'checkin-ok');

  await field.fill(ticket);
  await page.getByText('核验并签到').click();
  await expect.poll(() => shown(/已于 \d\d:\d\d 签到/).isVisible(), { timeout: 15_000 }).toBe(true);
  await snap(page, 'checkin-again');

  // One character changed: the signature no longer matches.
  const last = ticket.slice(-1);
  await field.fill(ticket.slice(0, -1) + (last === 'A' ? 'B' : 'A'));
  await page.getByText('核验并签到').click();
  await expect.poll(() => shown('无效票').isVisible(), { timeout: 15_000 }).toBe(true);
  await snap(page, 'checkin-invalid');

  // By hand from the roster: someone found by the last four digits of the phone.
  const other = await api.login(uniqueName('e2e-hand'));
  const lastFour = String(Date.now()).slice(-4);
  const theirs = await api.call('POST', `/events/${target.id}/registrations`, {
    token: other.token,
    body: { partySize: 1, contactName: '王芳', contactPhone: `1390000${lastFour}` },
  });
  expect(theirs.body.status).toBe('confirmed');
  await page.goBack();
  await shown('报名名单与导出').click();
  const finder = input('姓名、手机后四位或签到码');
  await finder.waitFor();
  await finder.fill(lastFour);
  await expect.poll(() => shown(`139****${lastFour}`, true).isVisible(), { timeout: 15_000 }).toBe(true);
  expect(await shown('138****5678', true).isVisible()).toBe(false);
  await snapWidths(page, 'roster-found');
  await page.getByLabel('为 王芳 签到').locator('visible=true').first().click();
  await page.locator('.taro-modal__foot div', { hasText: '签到' }).last().click();
  await expect.poll(() => shown('签到成功 · 1 人').isVisible(), { timeout: 15_000 }).toBe(true);
  await snapWidths(page, 'roster-checked-in');
  await finder.fill('');
  await shown(/^已签到 \d+$/).click();
  await expect.poll(() => shown('138****5678').isVisible()).toBe(true);
  await snap(page, 'roster-filter-checked-in');
  const door = await api.call('POST', `/events/${target.id}/checkins`, {
    token: (await api.login('organizer')).token,
    body: { ticket: theirs.body.ticket },
  });
  expect(door.body.alreadyCheckedIn).toBe(true);
});

it('offers no 取消报名 once the ticket was checked in at the door', async () => {
  await logIn(citizenName);
  await shown('我的报名').click();
  await expect.poll(() => shown(target.title).isVisible(), { timeout: 15_000 }).toBe(true);
  await snap(page, 'my-registrations');
  await shown(target.title).click();
  // Checked in at the door by the organiser above: the seats were used, nothing to cancel.
  await expect
    .poll(() => shown('已经签到入场的报名不能再取消。').isVisible(), { timeout: 15_000 })
    .toBe(true);
  expect(await page.getByText('取消报名', { exact: true }).count()).toBe(0);
  await snap(page, 'registration-checked-in');

  const { token } = await api.login(citizenName);
  const mine = (await api.call('GET', `/events/${target.id}`, { token })).body.myRegistration;
  expect(mine.status).toBe('confirmed');
  // The server refuses it too (409 ALREADY_CHECKED_IN), whatever a page shows.
  const refused = await api.call('DELETE', `/events/${target.id}/registrations/me`, { token });
  expect(refused.status).toBe(409);
  expect(refused.body.error.code).toBe('ALREADY_CHECKED_IN');
});

it('lets an organiser cancel an event after confirming twice', async () => {
  // Taro's H5 modal used to swallow the second question, so the event stayed published.
  const name = uniqueName('e2e-org');
  const admin = await api.login('admin');
  const organizer = await api.login(name);
  await api.call('PUT', `/users/${organizer.user.id}/roles`, {
    token: admin.token,
    body: { roles: ['organizer'] },
  });
  const title = `待取消的活动 ${name.slice(-4)}`;
  const created = await api.call('POST', '/events', { token: organizer.token, body: eventInput({ title }) });
  expect(created.status).toBe(201);
  expect(
    (await api.call('POST', `/events/${created.body.id}/publish`, { token: organizer.token })).status,
  ).toBe(200);

  await logIn(name);
  await shown('我组织的活动').click();
  await expect.poll(() => shown(title).isVisible(), { timeout: 15_000 }).toBe(true);
  await shown(title).click();
  await shown('取消活动', true).last().click();
  await page.getByText('继续', { exact: true }).last().click();
  await expect.poll(() => shown('此操作无法撤销').last().isVisible(), { timeout: 5_000 }).toBe(true);
  await snap(page, 'organizer-cancel-second-question');
  await page.locator('.taro-modal__foot div', { hasText: '取消活动' }).last().click();
  await expect
    .poll(
      async () =>
        (await api.call('GET', `/events/${created.body.id}`, { token: organizer.token })).body.status,
      { timeout: 15_000 },
    )
    .toBe('cancelled');
  await expect.poll(() => shown('已取消', true).first().isVisible(), { timeout: 15_000 }).toBe(true);
  await snap(page, 'organizer-cancelled');
});

it('keeps the bottom bar of an event to two lines at 320 px with the largest text', async () => {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    for (const scale of ['长辈模式', '标准']) {
      await page.goto(`${appUrl}#/${pageLink('me')}`);
      await shown(scale, true).click();
      await page.goto(`${appUrl}#/${pageLink('eventDetail', { id: target.id })}`);
      const bar = page.locator('.ev-bar').locator('visible=true').last();
      await bar.waitFor({ timeout: 15_000 });
      // Lines of text in the bar: the state's lines and the button's.
      const measured = await bar.evaluate((element) => {
        const tops = new Set<number>();
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of Array.from(range.getClientRects()))
            if (rect.width > 0) tops.add(Math.round(rect.top / 4));
        }
        const button = element.querySelector('.ev-bar-btn')!.getBoundingClientRect();
        return { lines: tops.size, buttonHeight: button.height, buttonWidth: button.width };
      });
      expect(measured.lines, scale).toBeLessThanOrEqual(2);
      expect(measured.buttonHeight, scale).toBeGreaterThanOrEqual(44);
      expect(measured.buttonWidth, scale).toBeGreaterThan(250);
      // The note, on the page just above the bar.
      await page.locator('.ev-bar-note-page').locator('visible=true').last().scrollIntoViewIfNeeded();
      await snap(page, scale === '标准' ? 'event-detail-bar-320' : 'event-detail-bar-320-largest');
    }
  } finally {
    await page.setViewportSize(size);
  }
});

it('had no uncaught errors in the page', () => {
  expect(errors).toEqual([]);
});
