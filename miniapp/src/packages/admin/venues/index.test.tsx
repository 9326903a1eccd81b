import { fireEvent, screen } from '@testing-library/react';
import type { User } from '@szkc/shared';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro from '../../../../test/taro-double';
import { ok, venueSummary } from '../../../../test/venue-fixtures';
import AdminVenuesPage from './index';

const admin: User = { id: 'a1', nickname: '管理员', roles: ['citizen', 'admin'], phoneMasked: null };
const staff: User = { ...admin, roles: ['citizen', 'venue_staff'] };
const isList = (url: string) => url.startsWith('http://api.test/venues?');

describe('场馆管理 (admin)', () => {
  it('lists every venue and opens it for editing, a new one, and the stats', async () => {
    signedInAs(admin, ({ url }) =>
      isList(url)
        ? ok({
            items: [venueSummary(), venueSummary({ id: 'v2', name: '星海湖湿地', checkinMode: 'geo' })],
            nextCursor: null,
          })
        : undefined,
    );
    renderPage(AdminVenuesPage);
    fireEvent.click(await screen.findByText('星海湖湿地'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/venue-edit/index?id=v2' });
    fireEvent.click(screen.getByText('新建场馆'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/venue-edit/index' });
    fireEvent.click(screen.getByText('各场馆打卡统计与导出'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/venue-stats/index' });
  });

  it('is for admins only', async () => {
    const requests = signedInAs(staff);
    renderPage(AdminVenuesPage);
    expect(await screen.findByText('此页面仅供管理员使用。')).toBeTruthy();
    expect(requests.some((r) => isList(r.url))).toBe(false);
  });
});
