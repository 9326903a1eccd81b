import { fireEvent, screen } from '@testing-library/react';
import { contest, founder } from '../../../../test/contest-fixtures';
import { answer, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro from '../../../../test/taro-double';
import ContestListPage from './index';

const listUrl = 'http://api.test/contests?limit=20';

describe('创新大赛 list', () => {
  it('lists contests with status, signup window and tracks, and opens one', async () => {
    answer(({ url }) =>
      url === listUrl ? { statusCode: 200, data: { items: [contest()], nextCursor: null } } : undefined,
    );
    renderPage(ContestListPage);
    expect(await screen.findByText('2026 年石嘴山市创新创业大赛')).toBeTruthy();
    expect(screen.getByText('报名中')).toBeTruthy();
    expect(screen.getByText(/^报名时间：/)).toBeTruthy();
    expect(screen.getByText('新材料')).toBeTruthy();
    expect(screen.getByText('已报名 12 个项目 ›')).toBeTruthy();
    // Signed out: no 我的参赛 shortcut.
    expect(screen.queryByText('我的参赛')).toBeNull();
    fireEvent.click(screen.getByText('2026 年石嘴山市创新创业大赛'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/contests/detail/index?id=c1' });
  });

  it('says so when there is no contest, and offers 我的参赛 when signed in', async () => {
    signedInAs(founder, ({ url }) =>
      url === listUrl ? { statusCode: 200, data: { items: [], nextCursor: null } } : undefined,
    );
    renderPage(ContestListPage);
    expect(await screen.findByText('目前没有正在进行的大赛，请稍后再来看看')).toBeTruthy();
    fireEvent.click(await screen.findByText('我的参赛'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/contests/mine/index' });
  });
});
