import { fireEvent, screen, waitFor } from '@testing-library/react';
import { answer } from '../../../test/event-fixtures';
import { renderPage } from '../../../test/render-page';
import Taro, { setLocation } from '../../../test/taro-double';
import { ok, venueSummary } from '../../../test/venue-fixtures';
import { wgs84ToGcj02 } from '../../venues/gcj02';
import VenuesPage from './index';

const isList = (url: string) => url === 'http://api.test/venues' || url.startsWith('http://api.test/venues?');
const page = (items: unknown[], nextCursor: string | null = null) => ok({ items, nextCursor });
const chip = (text: string) => screen.getAllByText(text).find((el) => el.className.includes('vn-chip'))!;

describe('场馆 tab', () => {
  it('lists venues by name without asking for the location', async () => {
    answer(({ url }) =>
      isList(url)
        ? page([
            venueSummary(),
            venueSummary({
              id: 'v2',
              name: '星海湖湿地',
              kind: 'park',
              checkinMode: 'geo',
              district: '640202',
            }),
          ])
        : undefined,
    );
    renderPage(VenuesPage);
    expect(await screen.findByText('石嘴山科技馆')).toBeTruthy();
    expect(screen.getByText('星海湖湿地')).toBeTruthy();
    expect(screen.getByText('扫码打卡')).toBeTruthy();
    expect(screen.getByText('定位打卡')).toBeTruthy();
    expect(screen.getByText('没有更多场馆了')).toBeTruthy();
    expect(Taro.getLocation).not.toHaveBeenCalled();
  });

  it('filters by district and kind', async () => {
    const requests = answer(({ url }) => (isList(url) ? page([venueSummary()]) : undefined));
    renderPage(VenuesPage);
    await screen.findByText('石嘴山科技馆');
    fireEvent.click(chip('平罗县'));
    await waitFor(() => expect(requests.at(-1)?.url).toContain('district=640221'));
    fireEvent.click(chip('科普教育基地'));
    await waitFor(() => expect(requests.at(-1)?.url).toContain('kind=base'));
    expect(requests.at(-1)?.url).toContain('district=640221');
  });

  it('asks for the location on 离我最近 and shows distances in 米 and 公里', async () => {
    setLocation({ latitude: 39.01, longitude: 106.38, accuracy: 30 });
    const requests = answer(({ url }) =>
      isList(url)
        ? url.includes('near=')
          ? page([
              venueSummary({ distanceM: 850 }),
              venueSummary({ id: 'v2', name: '平罗中学', distanceM: 23456 }),
            ])
          : page([venueSummary()])
        : undefined,
    );
    renderPage(VenuesPage);
    await screen.findByText('石嘴山科技馆');
    expect(screen.getByText('会读取一次您的位置，只用来按远近排列，不会保存')).toBeTruthy();
    fireEvent.click(screen.getByText('离我最近的场馆'));
    expect(await screen.findByText('距您 850 米')).toBeTruthy();
    expect(screen.getByText('距您 23 公里')).toBeTruthy();
    // H5: the browser's WGS-84 fix, sent as GCJ-02 like WeChat's.
    expect(Taro.getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'wgs84' }));
    const near = wgs84ToGcj02(39.01, 106.38);
    expect(requests.at(-1)?.url).toContain(`near=${near.lat.toFixed(6)}%2C${near.lng.toFixed(6)}`);
    expect(screen.getByText('已按离您的远近排列')).toBeTruthy();

    fireEvent.click(screen.getByText('改为按名称'));
    await waitFor(() => expect(requests.at(-1)?.url).not.toContain('near='));
  });

  it('explains a refused location and keeps the list by name', async () => {
    setLocation({ errMsg: 'getLocation:fail auth deny' });
    answer(({ url }) => (isList(url) ? page([venueSummary()]) : undefined));
    renderPage(VenuesPage);
    await screen.findByText('石嘴山科技馆');
    fireEvent.click(screen.getByText('离我最近的场馆'));
    expect(await screen.findByText(/没有获得位置权限/)).toBeTruthy();
    expect(screen.getByText('石嘴山科技馆')).toBeTruthy();
  });

  it('says when nothing matches, and shows the error with 重试', async () => {
    let fail = true;
    answer(({ url }) => {
      if (!isList(url)) return undefined;
      if (fail)
        return {
          statusCode: 503,
          data: { error: { code: 'UNAVAILABLE', message: '服务暂时繁忙，请稍后重试' } },
        };
      return page([]);
    });
    renderPage(VenuesPage);
    expect(await screen.findByText('服务暂时繁忙，请稍后重试')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('暂时还没有开放打卡的场馆')).toBeTruthy();
    fireEvent.click(chip('惠农区'));
    expect(await screen.findByText('没有符合条件的场馆，换个条件试试')).toBeTruthy();
  });

  it('opens a venue and the passport by name', async () => {
    answer(({ url }) => (isList(url) ? page([venueSummary()]) : undefined));
    renderPage(VenuesPage);
    fireEvent.click(await screen.findByText('石嘴山科技馆'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/venues/detail/index?id=v1' });
    fireEvent.click(screen.getByText('科普护照 ›'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/venues/passport/index' });
  });
});
