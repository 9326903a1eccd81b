import { fireEvent, screen, waitFor } from '@testing-library/react';
import { at, citizen, signedInAs, summary, answer } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { setLocation, setRouterParams, type FakeRequest } from '../../../../test/taro-double';
import { checkin, ok, passport, refused, venue } from '../../../../test/venue-fixtures';
import { shanghaiDate } from '@szkc/shared';
import { wgs84ToGcj02 } from '../../../venues/gcj02';
import VenueDetailPage from './index';

const detailUrl = 'http://api.test/venues/v1';
const checkinUrl = 'http://api.test/venues/v1/checkins';
const passportUrl = 'http://api.test/me/passport';

type Route = (request: FakeRequest) => ReturnType<typeof ok> | undefined;

function openVenue(overrides: Parameters<typeof venue>[0] = {}, ...routes: Route[]) {
  setRouterParams({ id: 'v1' });
  return signedInAs(
    citizen,
    ...routes,
    ({ url }) => (url === detailUrl ? ok(venue({ myVisits: 2, ...overrides })) : undefined),
    ({ url }) => (url === passportUrl ? ok(passport()) : undefined),
  );
}

async function typeCodeAndTap(code: string, button = '打卡') {
  fireEvent.change(await screen.findByPlaceholderText('二维码下方的打卡码'), { target: { value: code } });
  fireEvent.click(screen.getByText(button));
}

describe('场馆详情 page', () => {
  it('shows address, opening hours, phone, my visits and the events held there', async () => {
    openVenue({
      upcomingEvents: [summary({ id: 'ev9', title: '机器人科普讲座', startAt: at(48), endAt: at(50) })],
    });
    renderPage(VenueDetailPage);
    expect(await screen.findByText('石嘴山科技馆')).toBeTruthy();
    expect(screen.getByText('石嘴山市大武口区朝阳西街')).toBeTruthy();
    expect(screen.getByText('周二至周日 9:00–17:00')).toBeTruthy();
    expect(screen.getByText('0952-2012345')).toBeTruthy();
    expect(await screen.findByText('已来过 2 次')).toBeTruthy();
    fireEvent.click(screen.getByText('机器人科普讲座'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/events/detail/index?id=ev9' });
  });

  it('asks a signed-out visitor to sign in before 打卡, and still shows the venue', async () => {
    setRouterParams({ id: 'v1' });
    answer(({ url }) => (url === detailUrl ? ok(venue()) : undefined));
    renderPage(VenueDetailPage);
    expect(await screen.findByText('登录后即可打卡，把印章收进科普护照')).toBeTruthy();
    expect(screen.getByText('去登录')).toBeTruthy();
    expect(screen.getByText('近期没有在这里举办的活动')).toBeTruthy();
  });

  it('screen mode on H5: checks in with the typed code and shows the stamp and the new badge', async () => {
    const requests = openVenue({}, ({ url, method }) =>
      url === checkinUrl && method === 'POST'
        ? ok(checkin({ newBadges: [{ id: 'first-visit', name: '初次打卡', earnedAt: at(0) }] }), 201)
        : undefined,
    );
    renderPage(VenueDetailPage);
    await typeCodeAndTap(' 483920 ');
    expect(await screen.findByText('打卡成功！')).toBeTruthy();
    expect(screen.getByText('获得新徽章')).toBeTruthy();
    expect(screen.getAllByText('初次打卡').length).toBeGreaterThan(0);
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.data).toEqual({ code: '483920' });
    expect(Taro.getLocation).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('查看我的科普护照'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/venues/passport/index' });
  });

  it('refuses an empty code without calling the server', async () => {
    const requests = openVenue();
    renderPage(VenueDetailPage);
    await typeCodeAndTap('');
    expect(await screen.findByText('请先输入打卡码')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it("geo mode sends one location with its accuracy, in GCJ-02 (H5 converts the browser's WGS-84)", async () => {
    setLocation({ latitude: 38.9, longitude: 106.5, accuracy: 35.4 });
    const requests = openVenue({ checkinMode: 'geo' }, ({ url, method }) =>
      url === checkinUrl && method === 'POST' ? ok(checkin(), 201) : undefined,
    );
    renderPage(VenueDetailPage);
    expect(
      await screen.findByText('打卡时会读取一次您的位置，只用来确认您在场馆附近，不会保存。'),
    ).toBeTruthy();
    expect(screen.queryByPlaceholderText('二维码下方的打卡码')).toBeNull();
    fireEvent.click(screen.getByText('定位打卡'));
    expect(await screen.findByText('打卡成功！')).toBeTruthy();
    expect(Taro.getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'wgs84' }));
    expect(requests.find((r) => r.method === 'POST')?.data).toEqual({
      location: { ...wgs84ToGcj02(38.9, 106.5), accuracy: 35 },
    });
  });

  it('poster mode sends the typed code and the location together', async () => {
    setLocation({ latitude: 38.9, longitude: 106.5, accuracy: 20 });
    const requests = openVenue({ checkinMode: 'poster' }, ({ url, method }) =>
      url === checkinUrl && method === 'POST' ? ok(checkin(), 201) : undefined,
    );
    renderPage(VenueDetailPage);
    await typeCodeAndTap('P-7734', '定位并打卡');
    expect(await screen.findByText('打卡成功！')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.data).toEqual({
      code: 'P-7734',
      location: { ...wgs84ToGcj02(38.9, 106.5), accuracy: 20 },
    });
  });

  it('says what to do when the location is refused, without calling the server', async () => {
    setLocation({ errMsg: 'getLocation:fail auth deny' });
    const requests = openVenue({ checkinMode: 'geo' });
    renderPage(VenueDetailPage);
    fireEvent.click(await screen.findByText('定位打卡'));
    expect(await screen.findByText('没有获取到位置')).toBeTruthy();
    expect(screen.getByText(/没有获得位置权限/)).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it.each([
    ['INVALID_CODE', {}, '打卡码不对', /别人转发的二维码图片不能打卡/],
    ['CODE_EXPIRED', {}, '打卡码已过期', /每 30 秒更新一次/],
    ['TOO_FAR', { distanceM: 2300, radiusM: 300 }, '离场馆还有点远', /约 2.3 公里，需要在场馆 300 米范围内/],
    [
      'LOCATION_TOO_COARSE',
      { accuracyM: 850, maxAccuracyM: 300 },
      '定位不够精确',
      /误差约 850 米，需要在 300 米以内。请走到室外开阔处/,
    ],
    ['VALIDATION_FAILED', {}, '打卡信息不完整', /需要扫描现场张贴的二维码，并允许读取一次您的位置/],
  ])('explains %s in plain words', async (code, details, headline, detail) => {
    setLocation({ latitude: 38.9, longitude: 106.5, accuracy: 20 });
    openVenue({ checkinMode: 'poster' }, ({ url, method }) =>
      url === checkinUrl && method === 'POST' ? refused(code, '服务器的说法', details) : undefined,
    );
    renderPage(VenueDetailPage);
    await typeCodeAndTap('P-7734', '定位并打卡');
    expect(await screen.findByText(headline)).toBeTruthy();
    expect(screen.getByText(detail)).toBeTruthy();
    // The person can try again at once.
    expect(screen.getByText('定位并打卡')).toBeTruthy();
  });

  it('shows a second check-in today as already done', async () => {
    openVenue({}, ({ url, method }) =>
      url === checkinUrl && method === 'POST' ? ok(checkin({ alreadyCheckedIn: true })) : undefined,
    );
    renderPage(VenueDetailPage);
    await typeCodeAndTap('483920');
    expect(await screen.findByText('今天已打卡')).toBeTruthy();
    expect(screen.getByText(/每个场馆每天可以打卡一次/)).toBeTruthy();
    expect(screen.queryByText('打卡成功！')).toBeNull();
  });

  it("knows from the passport that today's stamp is already there", async () => {
    openVenue({}, ({ url }) =>
      url === passportUrl
        ? ok(
            passport({
              visits: 1,
              venues: 1,
              stamps: [
                {
                  venueId: 'v1',
                  venueName: '石嘴山科技馆',
                  kind: 'science-center',
                  district: '640202',
                  firstVisitOn: shanghaiDate(),
                  lastVisitOn: shanghaiDate(),
                  visits: 1,
                },
              ],
            }),
          )
        : undefined,
    );
    renderPage(VenueDetailPage);
    expect(await screen.findByText('今天已打卡')).toBeTruthy();
    expect(screen.queryByPlaceholderText('二维码下方的打卡码')).toBeNull();
  });

  it('says when there is no such venue and leads back to the list', async () => {
    setRouterParams({ id: 'gone' });
    answer();
    renderPage(VenueDetailPage);
    fireEvent.click(await screen.findByText('看看其他场馆'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/venues/index' });
  });

  it("shows the server's message when the venue cannot be read, and retries", async () => {
    setRouterParams({ id: 'v1' });
    let fail = true;
    answer(({ url }) =>
      url === detailUrl
        ? fail
          ? { statusCode: 503, data: { error: { code: 'UNAVAILABLE', message: '服务暂时繁忙，请稍后重试' } } }
          : ok(venue())
        : undefined,
    );
    renderPage(VenueDetailPage);
    expect(await screen.findByText('服务暂时繁忙，请稍后重试')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByText('重试'));
    await waitFor(() => expect(screen.getByText('石嘴山科技馆')).toBeTruthy());
  });
});
