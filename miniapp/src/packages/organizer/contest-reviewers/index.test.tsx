import { fireEvent, screen } from '@testing-library/react';
import type { User } from '@szkc/shared';
import { apiError, contest } from '../../../../test/contest-fixtures';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import { setRouterParams } from '../../../../test/taro-double';
import ContestReviewersPage from './index';

const organizer: User = {
  id: 'u-org',
  nickname: '科技局赛事办',
  roles: ['citizen', 'organizer'],
  phoneMasked: null,
};
const reviewersUrl = 'http://api.test/contests/c1/reviewers';

function open(answerPut: () => { statusCode: number; data?: unknown }) {
  setRouterParams({ id: 'c1' });
  return signedInAs(
    organizer,
    ({ url }) => (url === 'http://api.test/contests/c1' ? { statusCode: 200, data: contest() } : undefined),
    ({ url, method }) => (url === reviewersUrl && method === 'PUT' ? answerPut() : undefined),
  );
}

describe('分配评审专家 page', () => {
  it('replaces the assignments with tracks and organisations', async () => {
    const requests = open(() => ({ statusCode: 200, data: {} }));
    renderPage(ContestReviewersPage);
    fireEvent.change(await screen.findByPlaceholderText('例如：01JABC…'), { target: { value: ' u-rev ' } });
    fireEvent.click(screen.getByText('新材料'));
    fireEvent.change(screen.getByPlaceholderText('例如：北方民族大学'), {
      target: { value: '北方民族大学' },
    });
    fireEvent.click(screen.getByText('再添加一位评审专家'));
    fireEvent.change(screen.getAllByPlaceholderText('例如：01JABC…')[1]!, { target: { value: 'u-rev2' } });
    fireEvent.click(screen.getAllByText('新能源')[1]!);
    fireEvent.click(screen.getByText('保存评审分配'));
    expect(await screen.findByText('已保存 2 位评审专家的分配。')).toBeTruthy();
    expect(requests.find((r) => r.method === 'PUT')?.data).toEqual({
      reviewers: [
        { userId: 'u-rev', trackIds: ['materials'], organizationName: '北方民族大学' },
        { userId: 'u-rev2', trackIds: ['energy'] },
      ],
    });
  });

  it('asks for a track, and shows the server refusing an account without the reviewer role', async () => {
    const requests = open(() =>
      apiError(422, 'VALIDATION_FAILED', '提交的内容有误', {
        issues: [{ path: 'reviewers.0.userId', message: '该用户不是评审专家' }],
      }),
    );
    renderPage(ContestReviewersPage);
    fireEvent.change(await screen.findByPlaceholderText('例如：01JABC…'), { target: { value: 'u-citizen' } });
    fireEvent.click(screen.getByText('保存评审分配'));
    expect(screen.getByText('每位评审专家至少选择一个赛道')).toBeTruthy();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
    fireEvent.click(screen.getByText('新材料'));
    fireEvent.click(screen.getByText('保存评审分配'));
    expect(await screen.findByText('该用户不是评审专家')).toBeTruthy();
  });
});
