import { fireEvent, screen, waitFor } from '@testing-library/react';
import { contest, entry, founder } from '../../../../test/contest-fixtures';
import { answer, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { setRouterParams } from '../../../../test/taro-double';
import ContestDetailPage from './index';

const detailUrl = 'http://api.test/contests/c1';
const eligibilityUrl = 'http://api.test/contests/c1/eligibility';

const groupAnswer = {
  groups: [
    {
      groupId: 'startup',
      verdict: 'ineligible',
      criteria: [
        {
          id: 'registered',
          label: '注册时间',
          outcome: 'fail',
          detail: '2019年3月1日成立，早于2025年1月1日',
        },
        {
          id: 'revenue',
          label: '销售收入',
          outcome: 'pass',
          detail: '最近一年销售收入 800 万元，不超过 1000 万元',
        },
      ],
      missingFields: [],
    },
    {
      groupId: 'growth',
      verdict: 'eligible',
      criteria: [{ id: 'registered', label: '注册时间', outcome: 'pass', detail: '2019年3月1日成立' }],
      missingFields: [],
    },
  ],
};

describe('大赛详情 page', () => {
  beforeEach(() => setRouterParams({ id: 'c1' }));

  it('shows tracks, groups with their rules in words, the signup window and rounds', async () => {
    const cited = contest();
    cited.groups[0] = {
      ...cited.groups[0]!,
      source: '《第十四届中国创新创业大赛章程》第十条',
      verified: false,
    };
    answer(
      ({ url }) => (url === detailUrl ? { statusCode: 200, data: cited } : undefined),
      ({ url }) =>
        url === eligibilityUrl
          ? {
              statusCode: 200,
              data: {
                groups: groupAnswer.groups.map((g) => ({
                  ...g,
                  verdict: 'incomplete',
                  criteria: [
                    { id: 'registered', label: '注册时间', outcome: 'unknown', detail: '请填写成立日期' },
                  ],
                  missingFields: ['establishedOn'],
                })),
              },
            }
          : undefined,
    );
    renderPage(ContestDetailPage);
    expect(await screen.findByText('2026 年石嘴山市创新创业大赛')).toBeTruthy();
    expect(screen.getByText(/^报名时间：/)).toBeTruthy();
    expect(screen.getByText('每队 1–3 人')).toBeTruthy();
    expect(screen.getByText('· 企业在2025年1月1日及以后注册成立')).toBeTruthy();
    expect(screen.getByText('· 最近一年销售收入不超过1000 万元')).toBeTruthy();
    expect(screen.getByText('· 企业在2024年12月31日及以前注册成立')).toBeTruthy();
    // During signup no round is under way yet.
    expect(screen.getByText('第 1 轮 初赛')).toBeTruthy();
    expect(screen.getByText('依据：《第十四届中国创新创业大赛章程》第十条')).toBeTruthy();
    expect(screen.getAllByText('待核对：以主办方最新通知为准')).toHaveLength(1);
    // Signed out: asked to sign in before entering.
    expect(screen.getByText('登录后即可报名参赛，或用队友发来的邀请码加入团队。')).toBeTruthy();
    // The group check runs with nothing filled in and asks, as the policy self-test does.
    expect(await screen.findAllByText('信息不全')).toHaveLength(2);
    expect(screen.getAllByText('请填写成立日期')).toHaveLength(2);
    expect(screen.getAllByText('?')).toHaveLength(2);
  });

  it('fills the group check from the saved enterprise profile and shows ✓ ✗ per criterion', async () => {
    const requests = signedInAs(
      founder,
      ({ url }) => (url === detailUrl ? { statusCode: 200, data: contest() } : undefined),
      ({ url }) =>
        url === 'http://api.test/me/enterprise'
          ? {
              statusCode: 200,
              data: {
                profile: {
                  name: '石嘴山硅材科技有限公司',
                  establishedOn: '2019-03-01',
                  revenueLastYear: 8_000_000,
                },
                updatedAt: '2026-11-01T10:00:00+08:00',
              },
            }
          : undefined,
      ({ url }) => (url === eligibilityUrl ? { statusCode: 200, data: groupAnswer } : undefined),
    );
    renderPage(ContestDetailPage);
    expect(await screen.findByText('已填入您保存的企业信息（石嘴山硅材科技有限公司）。')).toBeTruthy();
    expect(await screen.findByText('2019年3月1日成立，早于2025年1月1日')).toBeTruthy();
    expect(screen.getByText('不符合')).toBeTruthy();
    expect(screen.getByText('符合')).toBeTruthy();
    expect(screen.getAllByText('✓')).toHaveLength(2);
    expect(screen.getAllByText('✗')).toHaveLength(1);
    await waitFor(() => {
      const sent = requests.filter((r) => r.url === eligibilityUrl).pop();
      expect(sent?.data).toEqual({
        profile: { name: '石嘴山硅材科技有限公司', establishedOn: '2019-03-01', revenueLastYear: 8_000_000 },
      });
    });
    fireEvent.click(screen.getByText('创建参赛项目（我是队长）'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/contests/enter/index?contestId=c1' });
    fireEvent.click(screen.getByText('我有邀请码，加入队友的项目'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/contests/join/index?contestId=c1' });
  });

  it('leads a member to their entry instead of offering a second one', async () => {
    signedInAs(founder, ({ url }) =>
      url === detailUrl ? { statusCode: 200, data: contest({ myEntry: entry(), groups: [] }) } : undefined,
    );
    renderPage(ContestDetailPage);
    fireEvent.click(await screen.findByText('查看我的参赛项目'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/contests/entry/index?contestId=c1&entryId=e1',
    });
    expect(screen.queryByText('创建参赛项目（我是队长）')).toBeNull();
    expect(screen.queryByText('检查我属于哪个组别')).toBeNull();
  });
});
