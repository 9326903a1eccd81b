import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { User } from '@szkc/shared';
import { contest, founder } from '../../../../test/contest-fixtures';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { answerModals, setRouterParams } from '../../../../test/taro-double';
import ContestRankingPage from './index';

const organizer: User = {
  id: 'u-org',
  nickname: '科技局赛事办',
  roles: ['citizen', 'organizer'],
  phoneMasked: null,
};
const rankingUrl = 'http://api.test/contests/c1/ranking?round=1';
const ranking = {
  items: [
    {
      entryId: 'e1',
      projectName: '高纯硅基负极材料',
      trackId: 'materials',
      groupId: 'startup',
      reviews: 5,
      score: 86.33,
      rank: 1,
    },
    {
      entryId: 'e2',
      projectName: '煤基碳材料',
      trackId: 'materials',
      groupId: 'growth',
      reviews: 3,
      score: 80.5,
      rank: 2,
    },
    {
      entryId: 'e3',
      projectName: '光伏硅片回收',
      trackId: 'energy',
      groupId: 'startup',
      reviews: 0,
      score: null,
      rank: null,
    },
  ],
};

const reviewers = {
  items: [
    {
      userId: 'u-rev',
      nickname: '评审刘教授',
      trackIds: ['materials', 'energy'],
      organizationName: '北方民族大学',
      scoresGiven: 2,
    },
    { userId: 'u-rev2', nickname: '评审王工', trackIds: ['energy'], organizationName: null, scoresGiven: 0 },
  ],
  nextCursor: null,
};

function open() {
  setRouterParams({ id: 'c1' });
  return signedInAs(
    organizer,
    ({ url }) =>
      url === 'http://api.test/contests/c1/reviewers' ? { statusCode: 200, data: reviewers } : undefined,
    ({ url }) => (url === 'http://api.test/contests/c1' ? { statusCode: 200, data: contest() } : undefined),
    ({ url }) => (url === rankingUrl ? { statusCode: 200, data: ranking } : undefined),
    ({ url, method }) =>
      url.endsWith('/rounds/1/close') && method === 'POST' ? { statusCode: 200, data: {} } : undefined,
    ({ url, method }) =>
      url.endsWith('/rounds/1/advance') && method === 'POST' ? { statusCode: 200, data: {} } : undefined,
  );
}

describe('评审进度与排名 page', () => {
  it('ranks per track with progress and says how each score was reached', async () => {
    open();
    renderPage(ContestRankingPage);
    expect(await screen.findByText('评审进度：3 个项目中 2 个已有评分')).toBeTruthy();
    expect(screen.getByText('新材料')).toBeTruthy();
    expect(screen.getByText('新能源')).toBeTruthy();
    expect(screen.getByText('第 1 名：高纯硅基负极材料')).toBeTruthy();
    expect(screen.getByText('86.33 分（5 位评审，去掉一个最高分和一个最低分后取平均）')).toBeTruthy();
    expect(screen.getByText('80.50 分（3 位评审，取平均（不足 5 位不去分））')).toBeTruthy();
    expect(screen.getByText('暂无评分（还没有评审评分）')).toBeTruthy();
  });

  it("shows each reviewer's progress from the scores they have given", async () => {
    const requests = open();
    renderPage(ContestRankingPage);
    expect(await screen.findByText('评审刘教授（北方民族大学）：已评 2 个项目')).toBeTruthy();
    expect(screen.getByText('负责赛道：新材料、新能源')).toBeTruthy();
    expect(screen.getByText('评审王工：尚未评分')).toBeTruthy();
    expect(screen.getByText('负责赛道：新能源')).toBeTruthy();

    const reads = () => requests.filter((r) => r.url.endsWith('/reviewers')).length;
    expect(reads()).toBe(1);
    fireEvent.click(screen.getByText('刷新'));
    await waitFor(() => expect(reads()).toBe(2));
  });

  it('says so when no reviewer is assigned yet', async () => {
    setRouterParams({ id: 'c1' });
    signedInAs(
      organizer,
      ({ url }) =>
        url === 'http://api.test/contests/c1/reviewers'
          ? { statusCode: 200, data: { items: [], nextCursor: null } }
          : undefined,
      ({ url }) => (url === 'http://api.test/contests/c1' ? { statusCode: 200, data: contest() } : undefined),
      ({ url }) => (url === rankingUrl ? { statusCode: 200, data: ranking } : undefined),
    );
    renderPage(ContestRankingPage);
    expect(await screen.findByText(/还没有分配评审专家/)).toBeTruthy();
  });

  it('advances the picked entries and closes the round, each after confirming', async () => {
    const requests = open();
    renderPage(ContestRankingPage);
    fireEvent.click(await screen.findByText('第 1 名：高纯硅基负极材料'));
    answerModals(true);
    fireEvent.click(screen.getByText('晋级选中的 1 个项目'));
    expect(await screen.findByText('已晋级 1 个项目。')).toBeTruthy();
    expect(requests.find((r) => r.url.endsWith('/advance'))?.data).toEqual({ entryIds: ['e1'] });

    answerModals(false);
    fireEvent.click(screen.getByText('结束本轮评审'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests.some((r) => r.url.endsWith('/close'))).toBe(false);
    answerModals(true);
    fireEvent.click(screen.getByText('结束本轮评审'));
    expect(await screen.findByText('第 1 轮评审已结束。')).toBeTruthy();
  });

  it('exports the ranking workbook with the token (WeChat: download and open)', async () => {
    const realEnv = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    try {
      open();
      renderPage(ContestRankingPage);
      fireEvent.click(await screen.findByText('导出排名 Excel'));
      await waitFor(() =>
        expect(Taro.downloadFile).toHaveBeenCalledWith({
          url: 'http://api.test/contests/c1/ranking.xlsx?round=1',
          header: { Authorization: 'Bearer tok-1' },
        }),
      );
      await waitFor(() =>
        expect(Taro.openDocument).toHaveBeenCalledWith(expect.objectContaining({ fileType: 'xlsx' })),
      );
    } finally {
      process.env.TARO_ENV = realEnv;
    }
  });

  it('is closed to citizens', async () => {
    setRouterParams({ id: 'c1' });
    signedInAs(founder, ({ url }) =>
      url === 'http://api.test/contests/c1' ? { statusCode: 200, data: contest() } : undefined,
    );
    renderPage(ContestRankingPage);
    expect(await screen.findByText(/没有此功能的权限/)).toBeTruthy();
  });
});
