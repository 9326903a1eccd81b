import { fireEvent, screen, waitFor } from '@testing-library/react';
import { shanghaiDate, type User } from '@szkc/shared';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { fakeStorage, setRouterParams } from '../../../../test/taro-double';
import { ok, venue, venueSummary } from '../../../../test/venue-fixtures';
import { thisWeek } from '../../../venues/days';
import StaffVenuePage from './index';

const staff: User = { id: 'u9', nickname: '馆员小张', roles: ['citizen', 'venue_staff'], phoneMasked: null };
const citizen: User = { ...staff, roles: ['citizen'] };

function weekStats() {
  const { from, to } = thisWeek();
  return {
    venueId: 'v1',
    from,
    to,
    visits: 57,
    firstTimeVisitors: 20,
    days: [
      ...(from === to ? [] : [{ day: from, visits: 30, firstTimeVisitors: 12 }]),
      { day: to, visits: from === to ? 57 : 27, firstTimeVisitors: 8 },
    ],
  };
}

const isStats = (url: string) => url.startsWith('http://api.test/venues/v1/stats?');

describe('场馆工作台 (venue staff)', () => {
  it("shows today's and this week's visits and opens the full-screen code", async () => {
    setRouterParams({ id: 'v1' });
    const requests = signedInAs(
      staff,
      ({ url }) => (isStats(url) ? ok(weekStats()) : undefined),
      ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue()) : undefined),
    );
    renderPage(StaffVenuePage);
    expect(await screen.findByText('57')).toBeTruthy();
    expect(screen.getByText('本周打卡（人次）')).toBeTruthy();
    expect(screen.getByText('今日打卡（人次）')).toBeTruthy();
    const { from, to } = thisWeek();
    expect(requests.find((r) => isStats(r.url))?.url).toBe(
      `http://api.test/venues/v1/stats?from=${from}&to=${to}`,
    );
    expect(to).toBe(shanghaiDate());
    fireEvent.click(screen.getByText('全屏显示打卡二维码'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/code/index?id=v1' });
  });

  it('lets staff choose their venue and remembers it', async () => {
    signedInAs(
      staff,
      ({ url }) =>
        url.startsWith('http://api.test/venues?')
          ? ok({ items: [venueSummary()], nextCursor: null })
          : undefined,
      ({ url }) => (isStats(url) ? ok(weekStats()) : undefined),
      ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue()) : undefined),
    );
    renderPage(StaffVenuePage);
    expect(await screen.findByText('选择您所在的场馆')).toBeTruthy();
    fireEvent.click(screen.getByText('石嘴山科技馆'));
    expect(await screen.findByText('57')).toBeTruthy();
    expect(fakeStorage.get('szkc.staffVenue')).toBe('v1');
    fireEvent.click(screen.getByText('换一个场馆'));
    expect(await screen.findByText('选择您所在的场馆')).toBeTruthy();
    expect(fakeStorage.has('szkc.staffVenue')).toBe(false);
  });

  it("says plainly when the venue is not this person's (403)", async () => {
    setRouterParams({ id: 'v1' });
    signedInAs(
      staff,
      ({ url }) =>
        isStats(url)
          ? { statusCode: 403, data: { error: { code: 'FORBIDDEN', message: '没有权限执行此操作' } } }
          : undefined,
      ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue()) : undefined),
    );
    renderPage(StaffVenuePage);
    expect(await screen.findByText(/您不是这个场馆的工作人员/)).toBeTruthy();
  });

  it('tells a citizen the page is for venue staff', async () => {
    setRouterParams({ id: 'v1' });
    const requests = signedInAs(citizen);
    renderPage(StaffVenuePage);
    expect(await screen.findByText('您的账号不是场馆工作人员。如需开通，请联系市科技局。')).toBeTruthy();
    await waitFor(() => expect(requests.some((r) => isStats(r.url))).toBe(false));
  });

  it('a geo venue needs no code', async () => {
    setRouterParams({ id: 'v1' });
    signedInAs(
      staff,
      ({ url }) => (isStats(url) ? ok(weekStats()) : undefined),
      ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue({ checkinMode: 'geo' })) : undefined),
    );
    renderPage(StaffVenuePage);
    expect(await screen.findByText(/不需要打卡码/)).toBeTruthy();
    expect(screen.queryByText('全屏显示打卡二维码')).toBeNull();
  });
});
