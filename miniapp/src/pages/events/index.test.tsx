import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fetched, openAt } from '../../../test/early-gets';
import { answer, summary } from '../../../test/event-fixtures';
import { renderPage } from '../../../test/render-page';
import { pullDownRefresh } from '../../../test/taro-double';
import EventsPage from './index';

const page = (items: unknown[], nextCursor: string | null = null) => ({
  statusCode: 200,
  data: { items, nextCursor },
});
/** A filter chip, not the same words on a card's tag. */
const chip = (text: string) => screen.getAllByText(text).find((el) => el.className.includes('ev-chip'))!;
const isList = (url: string) => url.startsWith('http://api.test/events?') || url === 'http://api.test/events';

describe('活动 list page', () => {
  it('shows seats left, full with a waitlist, and full', async () => {
    answer(({ url }) =>
      isList(url)
        ? page([
            summary({ id: 'a', title: '青少年编程体验营', seatsLeft: 12, capacity: 30 }),
            summary({ id: 'b', title: '矿山地质博物馆研学', seatsLeft: 0, waitlistOpen: true }),
            summary({ id: 'c', title: '科技活动周开幕式', seatsLeft: 0, waitlistOpen: false }),
          ])
        : undefined,
    );
    renderPage(EventsPage);
    expect(await screen.findByText('青少年编程体验营')).toBeTruthy();
    expect(screen.getByText('余 12 席')).toBeTruthy();
    expect(screen.getByText('已满·可候补')).toBeTruthy();
    expect(screen.getByText('已满')).toBeTruthy();
    expect(screen.getByText('没有更多活动了')).toBeTruthy();
  });

  it('asks the API with the district, category and date chosen', async () => {
    const requests = answer(({ url }) => (isList(url) ? page([summary()]) : undefined));
    renderPage(EventsPage);
    await screen.findByText('余 40 席');

    fireEvent.click(chip('惠农区'));
    await waitFor(() => expect(requests.at(-1)?.url).toContain('district=640205'));
    fireEvent.click(chip('讲座'));
    await waitFor(() => expect(requests.at(-1)?.url).toContain('category=lecture'));
    fireEvent.click(chip('本周'));
    await waitFor(() =>
      expect(requests.at(-1)?.url).toMatch(/from=\d{4}-\d{2}-\d{2}T00%3A00%3A00%2B08%3A00&to=/),
    );
    const last = requests.at(-1)!.url;
    expect(last).toContain('district=640205');
    expect(last).toContain('category=lecture');
  });

  it('loads the next page with the cursor and appends it', async () => {
    const requests = answer(({ url }) => {
      if (!isList(url)) return undefined;
      return url.includes('cursor=c2')
        ? page([summary({ id: 'b', title: '第二页的活动' })])
        : page([summary({ id: 'a' })], 'c2');
    });
    renderPage(EventsPage);
    fireEvent.click(await screen.findByText('加载更多'));
    expect(await screen.findByText('第二页的活动')).toBeTruthy();
    expect(screen.getAllByText('详情 ›')).toHaveLength(2);
    expect(requests.some((r) => r.url.includes('cursor=c2'))).toBe(true);
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const requests = answer(({ url }) => (isList(url) ? page([]) : undefined));
    renderPage(EventsPage);
    expect(await screen.findByText('近期暂无活动，敬请期待')).toBeTruthy();
    fireEvent.click(chip('平罗县'));
    expect(await screen.findByText('没有符合条件的活动，换个条件试试')).toBeTruthy();
    fireEvent.click(screen.getByText('清除筛选'));
    await waitFor(() => expect(requests.at(-1)?.url).not.toContain('district'));
  });

  it("shows the server's message and retries", async () => {
    let fail = true;
    answer(({ url }) => {
      if (!isList(url)) return undefined;
      if (fail)
        return {
          statusCode: 503,
          data: { error: { code: 'UNAVAILABLE', message: '服务暂时繁忙，请稍后重试' } },
        };
      return page([summary()]);
    });
    renderPage(EventsPage);
    expect(await screen.findByText('服务暂时繁忙，请稍后重试')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('余 40 席')).toBeTruthy();
  });

  it('refreshes on pull-down', async () => {
    let seats = 40;
    answer(({ url }) => (isList(url) ? page([summary({ seatsLeft: seats })]) : undefined));
    renderPage(EventsPage);
    await screen.findByText('余 40 席');
    seats = 39;
    pullDownRefresh();
    expect(await screen.findByText('余 39 席')).toBeTruthy();
  });
});

describe('活动 opened by its link: index.html asked for the first page already', () => {
  afterEach(() => delete window.__EARLY_GETS__);

  it('shows that answer without asking again; filters, more pages and refresh ask the API', async () => {
    openAt('#/pages/events/index', async () =>
      fetched(200, { items: [summary({ id: 'a', title: '早到的活动' })], nextCursor: 'c2' }),
    );
    const requests = answer(({ url }) =>
      isList(url) ? page([summary({ id: url.includes('cursor=c2') ? 'b' : 'c', title: url })]) : undefined,
    );
    renderPage(EventsPage);
    expect(await screen.findByText('早到的活动')).toBeTruthy();
    expect(requests.filter((r) => isList(r.url))).toEqual([]);

    fireEvent.click(screen.getByText('加载更多'));
    expect(await screen.findByText('http://api.test/events?cursor=c2&limit=20')).toBeTruthy();
    pullDownRefresh();
    expect(await screen.findByText('http://api.test/events?limit=20')).toBeTruthy();
    fireEvent.click(chip('讲座'));
    expect(await screen.findByText('http://api.test/events?category=lecture&limit=20')).toBeTruthy();
    expect(requests.filter((r) => isList(r.url))).toHaveLength(3);
  });

  it('asks the API itself when the early request failed', async () => {
    openAt('#/pages/events/index', async () => {
      throw new TypeError('Failed to fetch');
    });
    const requests = answer(({ url }) => (isList(url) ? page([summary()]) : undefined));
    renderPage(EventsPage);
    expect(await screen.findByText('余 40 席')).toBeTruthy();
    expect(requests.filter((r) => isList(r.url))).toHaveLength(1);
  });

  it("shows the early answer's error, and 重试 asks the API", async () => {
    openAt('#/pages/events/index', async () =>
      fetched(503, { error: { code: 'UNAVAILABLE', message: '服务暂时繁忙，请稍后重试' } }),
    );
    const requests = answer(({ url }) => (isList(url) ? page([summary()]) : undefined));
    renderPage(EventsPage);
    expect(await screen.findByText('服务暂时繁忙，请稍后重试')).toBeTruthy();
    expect(requests).toEqual([]);
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('余 40 席')).toBeTruthy();
  });
});
