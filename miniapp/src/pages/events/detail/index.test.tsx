import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { at, citizen, conflict, event, registration, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { fakeStorage, setApiHandler, setRouterParams } from '../../../../test/taro-double';
import MePage from '../../me/index';
import EventDetailPage from './index';

const detailUrl = 'http://api.test/events/ev1';
const registerUrl = 'http://api.test/events/ev1/registrations';

function openSheet() {
  setRouterParams({ id: 'ev1' });
}

async function fillSheet(name: string, phone: string) {
  fireEvent.click(await screen.findByText('我要报名'));
  fireEvent.change(screen.getByPlaceholderText('请输入姓名'), { target: { value: name } });
  fireEvent.change(screen.getByPlaceholderText('11 位手机号码'), { target: { value: phone } });
}

describe('活动详情 page', () => {
  it('shows time, place, seats, organiser and the signup window', async () => {
    openSheet();
    signedInAs(citizen, ({ url }) => (url === detailUrl ? { statusCode: 200, data: event() } : undefined));
    renderPage(EventDetailPage);
    expect(await screen.findByText('走进石嘴山科技馆：机器人科普讲座')).toBeTruthy();
    expect(screen.getByText('石嘴山市大武口区世纪大道')).toBeTruthy();
    expect(screen.getByText('余 40 席，可以报名')).toBeTruthy();
    expect(screen.getByText('石嘴山市科学技术局')).toBeTruthy();
    // H5 build: no phone calendar, no map button.
    expect(screen.queryByText('添加到手机日历')).toBeNull();
  });

  it('keeps the bottom bar to the state and a full-width button on a narrow phone at 长辈模式', async () => {
    const roomy = window.innerWidth;
    try {
      openSheet();
      signedInAs(citizen, ({ url }) => (url === detailUrl ? { statusCode: 200, data: event() } : undefined));
      renderPage(EventDetailPage);
      const bar = () => document.querySelector('.ev-bar')!;
      expect(await screen.findByText('余 40 席，可以报名')).toBeTruthy();
      // Side by side at 390 px and standard text: the state, its note and the button.
      expect(bar().classList.contains('ev-bar-compact')).toBe(false);
      expect(bar().querySelector('.ev-bar-note')?.textContent).toMatch(/^报名截止：/);

      fakeStorage.set('szkc.textSize', 'largest');
      window.innerWidth = 320;
      act(() => void window.dispatchEvent(new Event('resize')));
      cleanup();
      renderPage(EventDetailPage);
      expect(await screen.findByText('余 40 席，可以报名')).toBeTruthy();
      expect(bar().classList.contains('ev-bar-compact')).toBe(true);
      expect(bar().querySelector('.ev-bar-note')).toBeNull();
      expect(bar().querySelector('.ev-bar-btn')?.textContent).toBe('我要报名');
      // The note is still there, on the page just above the bar.
      expect(screen.getByText(/^报名截止：/).classList.contains('ev-bar-note-page')).toBe(true);

      // Turned back to a roomy width: side by side again.
      window.innerWidth = 1024;
      fakeStorage.set('szkc.textSize', 'standard');
      cleanup();
      renderPage(EventDetailPage);
      expect(await screen.findByText('余 40 席，可以报名')).toBeTruthy();
      window.innerWidth = 320;
      act(() => void window.dispatchEvent(new Event('resize')));
      expect(bar().classList.contains('ev-bar-compact')).toBe(true);
    } finally {
      window.innerWidth = roomy;
    }
  });

  it('says an event that does not exist is not there, and offers the list instead of 重试', async () => {
    openSheet();
    signedInAs(citizen, ({ url }) =>
      url === detailUrl
        ? { statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '没有找到该活动' } } }
        : undefined,
    );
    renderPage(EventDetailPage);
    expect(await screen.findByText('没有找到这个活动，它可能已被删除，或链接不完整。')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
    fireEvent.click(screen.getByText('看看其他活动'));
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/events/index' }));
  });

  it('checks phone and party size before calling the server', async () => {
    openSheet();
    const requests = signedInAs(citizen, ({ url }) =>
      url === detailUrl ? { statusCode: 200, data: event({ maxPartySize: 3 }) } : undefined,
    );
    renderPage(EventDetailPage);
    await fillSheet('李华', '1381234');
    // The stepper's buttons are named for screen readers, and stop at maxPartySize (3) and at 1.
    const more = screen.getByRole('button', { name: '增加人数' });
    const fewer = screen.getByRole('button', { name: '减少人数' });
    expect(fewer.getAttribute('aria-disabled')).toBe('true');
    for (let i = 0; i < 5; i++) fireEvent.click(more);
    expect(screen.getByText('3 人')).toBeTruthy();
    expect(more.getAttribute('aria-disabled')).toBe('true');
    expect(fewer.getAttribute('aria-disabled')).toBe('false');
    for (let i = 0; i < 5; i++) fireEvent.click(fewer);
    expect(screen.getByText('1 人')).toBeTruthy();
    // The limit is on the page and in the sheet, in the event's own numbers (3 here).
    expect(screen.getAllByText(/每次报名最多 3 人，大人孩子都算，如一位家长带两个孩子算 3 人/)).toHaveLength(
      2,
    );

    fireEvent.click(screen.getByText('确认报名'));
    expect(await screen.findByText('请填写 11 位手机号码')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('registers a party of 3 and opens the ticket', async () => {
    openSheet();
    let mine: unknown = null;
    const requests = signedInAs(citizen, ({ url, method }) => {
      if (url === detailUrl) return { statusCode: 200, data: event({ myRegistration: mine as null }) };
      if (url === registerUrl && method === 'POST') {
        mine = registration();
        return { statusCode: 201, data: mine };
      }
      return undefined;
    });
    renderPage(EventDetailPage);
    await fillSheet('李华', '13812345678');
    fireEvent.click(screen.getByText('＋'));
    fireEvent.click(screen.getByText('＋'));
    fireEvent.click(screen.getByText('确认报名'));

    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: '/packages/tickets/registration/index?eventId=ev1',
      }),
    );
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.data).toEqual({ partySize: 3, contactName: '李华', contactPhone: '13812345678' });
    expect(post?.header.Authorization).toBe('Bearer tok-1');
    expect(await screen.findByText('您已报名成功 · 3 人')).toBeTruthy();
  });

  it("shows the server's message for 409 EVENT_FULL and re-reads the event", async () => {
    openSheet();
    let full = false;
    const requests = signedInAs(citizen, ({ url, method }) => {
      if (url === detailUrl)
        return { statusCode: 200, data: event(full ? { seatsLeft: 0, waitlistOpen: false } : {}) };
      if (url === registerUrl && method === 'POST') {
        full = true;
        return conflict('EVENT_FULL', '活动名额已满');
      }
      return undefined;
    });
    renderPage(EventDetailPage);
    await fillSheet('李华', '13812345678');
    fireEvent.click(screen.getByText('确认报名'));
    expect(await screen.findByText('活动名额已满')).toBeTruthy();
    await waitFor(() => expect(requests.filter((r) => r.url === detailUrl)).toHaveLength(2));
    expect(await screen.findByText('候补名单也已满，请关注其他活动')).toBeTruthy();
    // The sheet, still open, no longer offers a signup that cannot succeed.
    expect(document.querySelector('.ev-sheet-title')?.textContent).toBe('名额已满');
    expect(screen.getByText('名额刚刚报满，候补也已满，请关注其他活动。')).toBeTruthy();
    expect(screen.getByText('确认报名').closest('button')?.disabled).toBe(true);
  });

  it('tells when signup opens, and when it is closed, full or cancelled', async () => {
    openSheet();
    let current = event({ signupOpensAt: '2099-12-01T09:00:00+08:00' });
    signedInAs(citizen, ({ url }) => (url === detailUrl ? { statusCode: 200, data: current } : undefined));
    const { unmount } = renderPage(EventDetailPage);
    expect(await screen.findByText('报名尚未开始')).toBeTruthy();
    expect(screen.getByText(/12月1日 周二 09:00 开始报名，请届时再来/)).toBeTruthy();
    expect(screen.getByText('12月1日 周二 09:00 开始报名').className).toContain('ev-seats-closed');
    unmount();

    for (const [state, text] of [
      [{ signupClosesAt: at(-1) }, '报名已截止'],
      [{ seatsLeft: 0, waitlistOpen: true }, '名额已满，可登记候补'],
      [{ status: 'cancelled' as const }, '活动已取消'],
      [
        { myRegistration: registration({ status: 'waitlisted', waitlistPosition: 2, ticket: null }) },
        '候补中 · 第 2 位',
      ],
    ] as const) {
      current = event(state);
      const view = renderPage(EventDetailPage);
      expect(await screen.findAllByText(text)).not.toHaveLength(0);
      view.unmount();
    }
  });

  it('sends a signed-out person to 我的 to log in, and back to this event once logged in', async () => {
    openSheet();
    setApiHandler(({ url }) => {
      if (url === detailUrl) return { statusCode: 200, data: event() };
      if (url === 'http://api.test/auth/login')
        return { statusCode: 200, data: { token: 'tok-1', user: citizen } };
      return { statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '未找到' } } };
    });
    const detail = renderPage(EventDetailPage);
    fireEvent.click(await screen.findByText('登录后报名'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '请先登录，登录后将回到本活动' }),
    );
    detail.unmount();

    renderPage(MePage);
    fireEvent.change(screen.getByPlaceholderText('例如 zhangsan'), { target: { value: 'xiaoli' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/events/detail/index?id=ev1' }),
    );
  });
});
