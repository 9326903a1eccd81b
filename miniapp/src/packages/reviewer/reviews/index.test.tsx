import { fireEvent, screen } from '@testing-library/react';
import { assignment, contest, founder, reviewer } from '../../../../test/contest-fixtures';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro from '../../../../test/taro-double';
import MyReviewsPage from './index';

const reviewsUrl = 'http://api.test/me/reviews?limit=100';

describe('我的评审 page', () => {
  it('lists the assignments with progress and opens a score sheet', async () => {
    signedInAs(
      reviewer,
      ({ url }) =>
        url === reviewsUrl
          ? {
              statusCode: 200,
              data: {
                items: [
                  assignment(),
                  assignment({
                    entryId: 'e2',
                    projectName: '煤基碳材料',
                    myScore: {
                      entryId: 'e2',
                      round: 1,
                      scores: {},
                      total: 82.4,
                      comment: null,
                      updatedAt: '2026-12-05T10:00:00+08:00',
                    },
                  }),
                ],
                nextCursor: null,
              },
            }
          : undefined,
      ({ url }) => (url === 'http://api.test/contests/c1' ? { statusCode: 200, data: contest() } : undefined),
    );
    renderPage(MyReviewsPage);
    expect(await screen.findByText('已评 1 个，还有 1 个待评')).toBeTruthy();
    expect(screen.getByText('已评 82.40 分')).toBeTruthy();
    expect(screen.getByText('待评分')).toBeTruthy();
    expect((await screen.findAllByText('赛道：新材料，第 1 轮')).length).toBe(2);
    fireEvent.click(screen.getByText('高纯硅基负极材料'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/reviewer/score/index?contestId=c1&entryId=e1&round=1',
    });
  });

  it('tells an account without the reviewer role why there is nothing', async () => {
    const requests = signedInAs(founder);
    renderPage(MyReviewsPage);
    expect(await screen.findByText(/您的账号不是评审专家账号/)).toBeTruthy();
    expect(requests.some((r) => r.url.startsWith('http://api.test/me/reviews'))).toBe(false);
  });
});
