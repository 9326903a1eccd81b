import { fireEvent, screen } from '@testing-library/react';
import { founder, reviewer } from '../../../test/contest-fixtures';
import { signedInAs } from '../../../test/event-fixtures';
import { renderPage } from '../../../test/render-page';
import Taro from '../../../test/taro-double';
import MePage from './index';

describe('我的 page: contest links', () => {
  it('offers 我的参赛 to everyone signed in, and no review pages to a citizen', async () => {
    signedInAs(founder);
    renderPage(MePage);
    fireEvent.click(await screen.findByText('我的参赛'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/contests/mine/index' });
    expect(screen.queryByText('我的评审')).toBeNull();
  });

  it('offers 我的评审 to a reviewer', async () => {
    signedInAs(reviewer);
    renderPage(MePage);
    fireEvent.click(await screen.findByText('我的评审'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/reviewer/reviews/index' });
  });

  it('offers 大赛评审管理 to an organiser', async () => {
    signedInAs({ ...founder, roles: ['citizen', 'organizer'] });
    renderPage(MePage);
    fireEvent.click(await screen.findByText('大赛评审管理'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/organizer/contests/index' });
  });
});
