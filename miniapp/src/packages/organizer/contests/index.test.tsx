import { fireEvent, screen } from '@testing-library/react';
import type { User } from '@szkc/shared';
import { contest, summaryOf } from '../../../../test/contest-fixtures';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro from '../../../../test/taro-double';
import OrganizerContestsPage from './index';

const organizer: User = {
  id: 'u-org',
  nickname: '科技局赛事办',
  roles: ['citizen', 'organizer'],
  phoneMasked: null,
};

describe('大赛评审管理 page', () => {
  it('opens the contest form to create one, and to edit and publish a draft', async () => {
    signedInAs(organizer, ({ url }) =>
      url === 'http://api.test/me/contests?limit=20'
        ? { statusCode: 200, data: { items: [summaryOf(contest({ status: 'draft' }))], nextCursor: null } }
        : undefined,
    );
    renderPage(OrganizerContestsPage);
    fireEvent.click(await screen.findByText('编辑与发布'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/organizer/contest-edit/index?id=c1' });
    fireEvent.click(screen.getByText('创建大赛'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/organizer/contest-edit/index' });
  });

  it('lists contests and opens ranking and reviewer assignment', async () => {
    signedInAs(organizer, ({ url }) =>
      url === 'http://api.test/me/contests?limit=20'
        ? { statusCode: 200, data: { items: [summaryOf(contest())], nextCursor: null } }
        : undefined,
    );
    renderPage(OrganizerContestsPage);
    fireEvent.click(await screen.findByText('评审进度与排名'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/organizer/contest-ranking/index?id=c1' });
    fireEvent.click(screen.getByText('分配评审专家'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/organizer/contest-reviewers/index?id=c1',
    });
  });
});
