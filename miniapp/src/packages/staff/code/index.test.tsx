import { screen, waitFor } from '@testing-library/react';
import { toShanghaiIso, type User } from '@szkc/shared';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import { setRouterParams } from '../../../../test/taro-double';
import { ok, venue } from '../../../../test/venue-fixtures';
import StaffCodePage from './index';

const staff: User = { id: 'u9', nickname: '馆员小张', roles: ['citizen', 'venue_staff'], phoneMasked: null };
const codeUrl = 'http://api.test/venues/v1/code';

describe('场馆打卡码 page', () => {
  it('shows the rotating code as a large QR code with a countdown, and fetches the next one at validUntil', async () => {
    setRouterParams({ id: 'v1' });
    let served = 0;
    signedInAs(
      staff,
      ({ url }) => {
        if (url !== codeUrl) return undefined;
        served += 1;
        // The first code runs out in just over a second; the next one lasts a full step.
        const validUntil = toShanghaiIso(Date.now() + (served === 1 ? 1200 : 30_000));
        return ok({ code: `ROT-${served}`, validUntil, stepSeconds: 30 });
      },
      ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue()) : undefined),
    );
    renderPage(StaffCodePage);
    expect(await screen.findByText('ROT-1')).toBeTruthy();
    expect(screen.getByRole('img', { name: '场馆打卡二维码' })).toBeTruthy();
    expect(await screen.findByText('石嘴山科技馆')).toBeTruthy();
    expect(screen.getByText(/秒后自动换新码|正在换新码/)).toBeTruthy();
    expect(await screen.findByText('ROT-2', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText(/(2\d|30) 秒后自动换新码/)).toBeTruthy();
    // Real timers: the code runs out in a second, but a busy machine may take longer.
  }, 15_000);

  it('keeps the last code on screen and says so when a refresh fails', async () => {
    setRouterParams({ id: 'v1' });
    let served = 0;
    signedInAs(
      staff,
      ({ url }) => {
        if (url !== codeUrl) return undefined;
        served += 1;
        if (served > 1)
          return {
            statusCode: 503,
            data: { error: { code: 'UNAVAILABLE', message: '服务暂时繁忙，请稍后重试' } },
          };
        return ok({ code: 'ROT-1', validUntil: toShanghaiIso(Date.now() + 1000), stepSeconds: 30 });
      },
      ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue()) : undefined),
    );
    renderPage(StaffCodePage);
    expect(await screen.findByText('ROT-1')).toBeTruthy();
    expect(
      await screen.findByText(/网络不稳定，正在重新获取打卡码/, undefined, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByText('ROT-1')).toBeTruthy();
  }, 15_000);

  it('lays out the printed code of a poster venue with the instructions, and a print button on H5', async () => {
    setRouterParams({ id: 'v2' });
    signedInAs(
      staff,
      ({ url }) =>
        url === 'http://api.test/venues/v2/code'
          ? ok({ code: 'PRINTED-42', validUntil: null, stepSeconds: null })
          : undefined,
      ({ url }) =>
        url === 'http://api.test/venues/v2'
          ? ok(venue({ id: 'v2', name: '宁夏畜牧高科示范基地', checkinMode: 'poster' }))
          : undefined,
    );
    renderPage(StaffCodePage);
    expect(await screen.findByText('PRINTED-42')).toBeTruthy();
    expect(await screen.findByText('宁夏畜牧高科示范基地')).toBeTruthy();
    expect(screen.getByText('3. 扫描上方二维码，并允许读取一次位置')).toBeTruthy();
    expect(screen.getByText('打印张贴码')).toBeTruthy();
    expect(screen.queryByText(/秒后自动换新码/)).toBeNull();
  });

  it("refuses plainly when the venue is not this person's", async () => {
    setRouterParams({ id: 'v1' });
    signedInAs(
      staff,
      ({ url }) =>
        url === codeUrl
          ? { statusCode: 403, data: { error: { code: 'FORBIDDEN', message: '没有权限执行此操作' } } }
          : undefined,
      ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue()) : undefined),
    );
    renderPage(StaffCodePage);
    await waitFor(() => expect(screen.getByText(/您不是这个场馆的工作人员/)).toBeTruthy());
  });
});
