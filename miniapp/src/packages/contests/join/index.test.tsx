import { fireEvent, screen } from '@testing-library/react';
import { apiError, contest, entry, teammate } from '../../../../test/contest-fixtures';
import { answer, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { setRouterParams } from '../../../../test/taro-double';
import ContestJoinPage from './index';

const detailUrl = 'http://api.test/contests/c1';
const joinUrl = 'http://api.test/contests/c1/join';

describe('加入参赛团队 page', () => {
  it('joins with the code the share card carried and opens the entry', async () => {
    setRouterParams({ contestId: 'c1', code: 'k7q2mp' });
    const requests = signedInAs(
      teammate,
      ({ url }) => (url === detailUrl ? { statusCode: 200, data: contest() } : undefined),
      ({ url }) => (url === joinUrl ? { statusCode: 200, data: entry() } : undefined),
    );
    renderPage(ContestJoinPage);
    const input = (await screen.findByPlaceholderText('例如：K7Q 2MP')) as HTMLInputElement;
    expect(input.value).toBe('K7Q 2MP');
    fireEvent.click(screen.getByText('加入团队'));
    await screen.findByText('正在加入…');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests.find((r) => r.url === joinUrl)?.data).toEqual({ joinCode: 'K7Q2MP' });
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/packages/contests/entry/index?contestId=c1&entryId=e1',
    });
  });

  it.each([
    [apiError(422, 'INVALID_JOIN_CODE', '邀请码无效或已过期'), /邀请码 7 天内有效/],
    [apiError(409, 'TEAM_FULL', '团队人数已满'), /每队最多 3 人/],
    [apiError(409, 'ALREADY_ENTERED', '已参赛', { entryId: 'e0' }), /要换团队，请先退出原来的团队/],
  ])('explains %j kindly', async (failure, explanation) => {
    setRouterParams({ contestId: 'c1' });
    signedInAs(
      teammate,
      ({ url }) => (url === detailUrl ? { statusCode: 200, data: contest() } : undefined),
      ({ url }) => (url === joinUrl ? failure : undefined),
    );
    renderPage(ContestJoinPage);
    fireEvent.change(await screen.findByPlaceholderText('例如：K7Q 2MP'), { target: { value: 'abcd efgh' } });
    fireEvent.click(screen.getByText('加入团队'));
    expect(await screen.findByText(explanation)).toBeTruthy();
  });

  it('asks a signed-out person to sign in first', async () => {
    setRouterParams({ contestId: 'c1', code: 'K7Q2MP' });
    answer(({ url }) => (url === detailUrl ? { statusCode: 200, data: contest() } : undefined));
    renderPage(ContestJoinPage);
    expect(await screen.findByText('登录后即可用邀请码加入队友的参赛项目')).toBeTruthy();
  });
});
