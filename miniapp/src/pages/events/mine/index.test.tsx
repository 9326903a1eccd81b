import { fireEvent, screen, waitFor } from '@testing-library/react';
import { at, citizen, myRegistration, signedInAs, summary } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { fakeStorage, pullDownRefresh, setApiHandler } from '../../../../test/taro-double';
import MyRegistrationsPage from './index';

const isMine = (url: string) => url.startsWith('http://api.test/me/registrations');

describe('我的报名 page', () => {
  it('asks a signed-out person to log in on 我的, without asking the server', async () => {
    renderPage(MyRegistrationsPage);
    expect(await screen.findByText('登录后可查看您报名的活动和入场码')).toBeTruthy();
    fireEvent.click(screen.getByText('去登录'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('lists the registrations, loads the next page, and opens one', async () => {
    const requests = signedInAs(citizen, ({ url }) => {
      if (!isMine(url)) return undefined;
      return url.includes('cursor=c2')
        ? {
            statusCode: 200,
            data: {
              items: [
                myRegistration({
                  id: 'reg2',
                  eventId: 'ev2',
                  status: 'waitlisted',
                  waitlistPosition: 2,
                  ticket: null,
                  event: summary({ id: 'ev2', title: '矿山地质博物馆研学' }),
                }),
              ],
              nextCursor: null,
            },
          }
        : { statusCode: 200, data: { items: [myRegistration()], nextCursor: 'c2' } };
    });
    renderPage(MyRegistrationsPage);
    expect(await screen.findByText('走进石嘴山科技馆：机器人科普讲座')).toBeTruthy();
    expect(screen.getByText('查看入场码 ›')).toBeTruthy();

    fireEvent.click(screen.getByText('加载更多'));
    expect(await screen.findByText('候补第 2 位')).toBeTruthy();
    expect(screen.queryByText('加载更多')).toBeNull();
    expect(requests.filter((r) => isMine(r.url))).toHaveLength(2);

    fireEvent.click(screen.getByText('矿山地质博物馆研学'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/tickets/registration/index?eventId=ev2' });
  });

  it('says when there is nothing yet and offers the 活动 tab', async () => {
    signedInAs(citizen, ({ url }) =>
      isMine(url) ? { statusCode: 200, data: { items: [], nextCursor: null } } : undefined,
    );
    renderPage(MyRegistrationsPage);
    fireEvent.click(await screen.findByText('去看看近期活动'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/events/index' });
  });

  it("shows the server's message, retries, and refreshes on pull-down", async () => {
    let answer: 'fail' | 'one' | 'cancelled' = 'fail';
    signedInAs(citizen, ({ url }) => {
      if (!isMine(url)) return undefined;
      if (answer === 'fail')
        return {
          statusCode: 503,
          data: { error: { code: 'UNAVAILABLE', message: '服务暂时繁忙，请稍后重试' } },
        };
      const status = answer === 'one' ? 'confirmed' : 'cancelled';
      return { statusCode: 200, data: { items: [myRegistration({ status })], nextCursor: null } };
    });
    renderPage(MyRegistrationsPage);
    expect(await screen.findByText('服务暂时繁忙，请稍后重试')).toBeTruthy();
    answer = 'one';
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('查看入场码 ›')).toBeTruthy();

    answer = 'cancelled';
    pullDownRefresh();
    await waitFor(() => expect(screen.queryByText('查看入场码 ›')).toBeNull());
    expect(screen.getByText('已取消')).toBeTruthy();
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled();
  });

  it('stops the pull-down at once while signed out', async () => {
    setApiHandler(() => ({ statusCode: 500 }));
    expect(fakeStorage.has('szkc.token')).toBe(false);
    renderPage(MyRegistrationsPage);
    pullDownRefresh();
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(Taro.request).not.toHaveBeenCalled();
  });

  it('lists what is still to come soonest first, then what is over, latest first', async () => {
    const on = (id: string, title: string, hours: number) =>
      myRegistration({
        id,
        eventId: id,
        event: summary({ id, title, startAt: at(hours), endAt: at(hours + 2) }),
      });
    // The server sends them newest registration first.
    const items = [
      on('a', '上月的讲座', -700),
      on('b', '下月的展览', 700),
      on('c', '昨天的研学', -26),
      on('d', '明天的讲座', 24),
    ];
    signedInAs(citizen, ({ url }) =>
      isMine(url) ? { statusCode: 200, data: { items, nextCursor: null } } : undefined,
    );
    renderPage(MyRegistrationsPage);
    await screen.findByText('明天的讲座');
    const titles = screen.getAllByText(/讲座|展览|研学/).map((node) => node.textContent);
    expect(titles).toEqual(['明天的讲座', '下月的展览', '昨天的研学', '上月的讲座']);
  });
});
