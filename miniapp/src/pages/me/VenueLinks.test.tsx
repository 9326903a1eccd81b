import { fireEvent, screen } from '@testing-library/react';
import type { User } from '@szkc/shared';
import { signedInAs } from '../../../test/event-fixtures';
import { renderPage } from '../../../test/render-page';
import Taro from '../../../test/taro-double';
import MePage from './index';

const person = (roles: User['roles']): User => ({ id: 'u1', nickname: '小李', roles, phoneMasked: null });

describe('我的 → venues', () => {
  it('links everyone to the passport, and no one else to the venue desk', async () => {
    signedInAs(person(['citizen']));
    renderPage(MePage);
    fireEvent.click(await screen.findByText('科普护照'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/venues/passport/index' });
    expect(screen.queryByText('场馆工作台')).toBeNull();
    expect(screen.queryByText('场馆管理')).toBeNull();
    expect(screen.queryByText('数据看板')).toBeNull();
  });

  it('links admins to venue management and the desk', async () => {
    signedInAs(person(['citizen', 'admin']));
    renderPage(MePage);
    fireEvent.click(await screen.findByText('场馆管理'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/venues/index' });
    expect(screen.getByText('场馆工作台')).toBeTruthy();
    fireEvent.click(screen.getByText('数据看板'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/stats/overview/index' });
  });

  it('links venue staff to the venue desk', async () => {
    signedInAs(person(['citizen', 'venue_staff']));
    renderPage(MePage);
    fireEvent.click(await screen.findByText('场馆工作台'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/venue/index' });
    expect(screen.queryByText('场馆管理')).toBeNull();
  });
});
