import { fireEvent, screen } from '@testing-library/react';
import { contest, entry, founder, summaryOf } from '../../../../test/contest-fixtures';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro from '../../../../test/taro-double';
import MyEntriesPage from './index';

const mineUrl = 'http://api.test/me/entries?limit=20';
const summary = summaryOf(contest());

describe('我的参赛 page', () => {
  it('lists my entries with their contest and opens one', async () => {
    signedInAs(founder, ({ url }) =>
      url === mineUrl
        ? { statusCode: 200, data: { items: [{ ...entry(), contest: summary }], nextCursor: null } }
        : undefined,
    );
    renderPage(MyEntriesPage);
    expect(await screen.findByText('高纯硅基负极材料')).toBeTruthy();
    expect(screen.getByText('草稿（未提交）')).toBeTruthy();
    expect(screen.getByText(/赛道：新材料，队员 1 人/)).toBeTruthy();
    expect(screen.getByText('✗ 尚未上传商业计划书 ›')).toBeTruthy();
    fireEvent.click(screen.getByText('高纯硅基负极材料'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/contests/entry/index?contestId=c1&entryId=e1',
    });
  });

  it('says so when there is none', async () => {
    signedInAs(founder, ({ url }) =>
      url === mineUrl ? { statusCode: 200, data: { items: [], nextCursor: null } } : undefined,
    );
    renderPage(MyEntriesPage);
    expect(await screen.findByText('您还没有参加任何大赛')).toBeTruthy();
  });
});
