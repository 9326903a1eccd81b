import { fireEvent, screen } from '@testing-library/react';
import { answer, citizen, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro from '../../../../test/taro-double';
import { ok, passport } from '../../../../test/venue-fixtures';
import PassportPage from './index';

const passportUrl = 'http://api.test/me/passport';

describe('科普护照 page', () => {
  it('shows the totals, each venue stamp, the badges earned and the progress to the next', async () => {
    signedInAs(citizen, ({ url }) =>
      url === passportUrl
        ? ok(
            passport({
              visits: 6,
              venues: 2,
              districts: ['640202', '640221'],
              stamps: [
                {
                  venueId: 'v1',
                  venueName: '石嘴山科技馆',
                  kind: 'science-center',
                  district: '640202',
                  firstVisitOn: '2026-11-01',
                  lastVisitOn: '2026-12-01',
                  visits: 5,
                },
                {
                  venueId: 'v7',
                  venueName: '平罗中学智慧科普校园',
                  kind: 'campus',
                  district: '640221',
                  firstVisitOn: '2026-11-20',
                  lastVisitOn: '2026-11-20',
                  visits: 1,
                },
              ],
              badges: [{ id: 'first-visit', name: '初次打卡', earnedAt: '2026-11-01T10:00:00+08:00' }],
              next: [
                { id: 'five-venues', name: '五馆探索家', progress: 2, target: 5 },
                { id: 'all-districts', name: '走遍三区县', progress: 2, target: 3 },
              ],
            }),
          )
        : undefined,
    );
    renderPage(PassportPage);
    expect(await screen.findByText('打卡次数')).toBeTruthy();
    expect(screen.getByText('6')).toBeTruthy();
    expect(screen.getByText('✓ 大武口区')).toBeTruthy();
    expect(screen.getByText('惠农区')).toBeTruthy();
    expect(screen.getByText('初次打卡')).toBeTruthy();
    expect(screen.getByText('五馆探索家')).toBeTruthy();
    expect(screen.getByText('2 / 5，还差 3')).toBeTruthy();
    expect(screen.getByText('2 / 3，还差 1')).toBeTruthy();
    expect(screen.getAllByText('石嘴山科技馆').length).toBeGreaterThan(0);
    expect(screen.getByText('来过 5 次')).toBeTruthy();
    expect(screen.getByText('12.01')).toBeTruthy();
    fireEvent.click(screen.getByText('平罗中学智慧科普校园', { selector: '.vp-stamp-name' }));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/venues/detail/index?id=v7' });
  });

  it('an empty passport invites the first visit', async () => {
    signedInAs(citizen, ({ url }) => (url === passportUrl ? ok(passport()) : undefined));
    renderPage(PassportPage);
    expect(await screen.findByText(/护照还是空的/)).toBeTruthy();
    expect(screen.getByText('0 / 1，还差 1')).toBeTruthy();
    fireEvent.click(screen.getByText('去找场馆'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/venues/index' });
  });

  it('asks a signed-out person to sign in', async () => {
    answer();
    renderPage(PassportPage);
    expect(await screen.findByText('登录后查看您的科普护照：到场馆打卡，收集印章和徽章')).toBeTruthy();
  });

  it("shows the server's message and retries", async () => {
    let fail = true;
    signedInAs(citizen, ({ url }) =>
      url === passportUrl
        ? fail
          ? { statusCode: 503, data: { error: { code: 'UNAVAILABLE', message: '服务暂时繁忙，请稍后重试' } } }
          : ok(passport())
        : undefined,
    );
    renderPage(PassportPage);
    expect(await screen.findByText('服务暂时繁忙，请稍后重试')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText(/护照还是空的/)).toBeTruthy();
  });
});
