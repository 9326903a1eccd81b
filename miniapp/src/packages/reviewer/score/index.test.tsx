import { fireEvent, screen, waitFor } from '@testing-library/react';
import { apiError, assignment, contest, reviewer } from '../../../../test/contest-fixtures';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, {
  fakeStorage,
  setRouterParams,
  type FakeRequest,
  type FakeResponse,
} from '../../../../test/taro-double';
import ReviewScorePage from './index';

const reviewsUrl = 'http://api.test/me/reviews?limit=100';
const scoreUrl = 'http://api.test/contests/c1/entries/e1/scores/me';
const planUrl = 'http://api.test/contests/c1/entries/e1/plan';

function openSheet(...routes: Array<(request: FakeRequest) => FakeResponse | undefined>) {
  setRouterParams({ contestId: 'c1', entryId: 'e1', round: '1' });
  return signedInAs(
    reviewer,
    ...routes,
    ({ url }) =>
      url === reviewsUrl ? { statusCode: 200, data: { items: [assignment()], nextCursor: null } } : undefined,
    ({ url }) => (url === 'http://api.test/contests/c1' ? { statusCode: 200, data: contest() } : undefined),
  );
}

/** Taps score `n` of the rubric item at `index` (each item has buttons 1..5). */
const tap = (index: number, n: number) => fireEvent.click(screen.getAllByText(String(n))[index]!);

describe('评分 page', () => {
  it('shows the rubric, the live weighted total, and saves every item with the comment', async () => {
    const requests = openSheet(({ url, method }) =>
      url === scoreUrl && method === 'PUT'
        ? {
            statusCode: 200,
            data: {
              entryId: 'e1',
              round: 1,
              scores: { tech: 5, market: 4, team: 3 },
              total: 83,
              comment: '很好',
              updatedAt: '2026-12-05T10:00:00+08:00',
            },
          }
        : undefined,
    );
    renderPage(ReviewScorePage);
    expect(await screen.findByText('技术创新（权重 40%）')).toBeTruthy();
    expect(screen.getByText('0.00')).toBeTruthy();
    expect(screen.getByText('还有 3 项未评分')).toBeTruthy();
    tap(0, 5);
    expect(screen.getByText('40.00')).toBeTruthy();
    expect(screen.getByText('还有 2 项未评分')).toBeTruthy();
    tap(1, 4);
    tap(2, 3);
    // 40×5/5 + 35×4/5 + 25×3/5 = 40 + 28 + 15
    expect(screen.getByText('83.00')).toBeTruthy();
    expect(screen.queryByText(/项未评分/)).toBeNull();
    fireEvent.change(screen.getByPlaceholderText('项目的亮点与不足，供主办方参考'), {
      target: { value: ' 很好 ' },
    });
    fireEvent.click(screen.getByText('提交评分'));
    await waitFor(() =>
      expect(requests.find((r) => r.method === 'PUT')?.data).toEqual({
        round: 1,
        scores: { tech: 5, market: 4, team: 3 },
        comment: '很好',
      }),
    );
    expect(await screen.findByText(/^上次保存：/)).toBeTruthy();
    // Never a member name: the reviewer reads no entry.
    expect(requests.some((r) => r.url === 'http://api.test/contests/c1/entries/e1')).toBe(false);
  });

  it('asks for the items still unscored before sending', async () => {
    const requests = openSheet();
    renderPage(ReviewScorePage);
    await screen.findByText('技术创新（权重 40%）');
    tap(0, 4);
    fireEvent.click(screen.getByText('提交评分'));
    expect(screen.getByText('还有 2 项没有打分：市场前景、团队能力')).toBeTruthy();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it.each([
    [apiError(403, 'CONFLICT_OF_INTEREST', '需要回避'), /按回避规则您不能为它评分/],
    [apiError(409, 'ROUND_CLOSED', '本轮评审已结束'), /本轮评审已经结束，评分不能再提交或修改/],
  ])('explains %j', async (failure, explanation) => {
    openSheet(({ url }) => (url === scoreUrl ? failure : undefined));
    renderPage(ReviewScorePage);
    await screen.findByText('技术创新（权重 40%）');
    tap(0, 3);
    tap(1, 3);
    tap(2, 3);
    fireEvent.click(screen.getByText('提交评分'));
    expect(await screen.findByText(explanation)).toBeTruthy();
  });

  it('keeps unsaved scores on the device', async () => {
    openSheet();
    renderPage(ReviewScorePage);
    await screen.findByText('技术创新（权重 40%）');
    tap(1, 2);
    expect(fakeStorage.get('szkc.review.e1.1')).toEqual({ scores: { market: 2 }, comment: '' });
  });

  it('opens the plan: a link on H5, download and openDocument on WeChat', async () => {
    openSheet(({ url }) =>
      url === planUrl
        ? {
            statusCode: 200,
            data: { url: 'http://s3.test/plans/e1.pdf?sig=1', expiresAt: '2026-12-05T10:10:00+08:00' },
          }
        : undefined,
    );
    const { unmount } = renderPage(ReviewScorePage);
    fireEvent.click(await screen.findByText('查看商业计划书'));
    const link = (await screen.findByText('打开商业计划书（10 分钟内有效）')) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('http://s3.test/plans/e1.pdf?sig=1');
    unmount();

    const realEnv = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    try {
      renderPage(ReviewScorePage);
      fireEvent.click(await screen.findByText('查看商业计划书'));
      await waitFor(() =>
        expect(Taro.openDocument).toHaveBeenCalledWith({
          filePath: 'wxfile://tmp/plan.pdf',
          showMenu: false,
          fileType: 'pdf',
        }),
      );
      expect(Taro.downloadFile).toHaveBeenCalledWith({ url: 'http://s3.test/plans/e1.pdf?sig=1' });
    } finally {
      process.env.TARO_ENV = realEnv;
    }
  });

  it('shows the summary, and no plan button when the team uploaded none', async () => {
    setRouterParams({ contestId: 'c1', entryId: 'e1', round: '1' });
    signedInAs(
      reviewer,
      ({ url }) =>
        url === reviewsUrl
          ? {
              statusCode: 200,
              data: {
                items: [{ ...assignment(), summary: '用本地工业硅做锂电负极。', hasPlan: false }],
                nextCursor: null,
              },
            }
          : undefined,
      ({ url }) => (url === 'http://api.test/contests/c1' ? { statusCode: 200, data: contest() } : undefined),
    );
    renderPage(ReviewScorePage);
    expect(await screen.findByText('用本地工业硅做锂电负极。')).toBeTruthy();
    expect(screen.getByText('该项目没有上传商业计划书。')).toBeTruthy();
    expect(screen.queryByText('查看商业计划书')).toBeNull();
  });
});
