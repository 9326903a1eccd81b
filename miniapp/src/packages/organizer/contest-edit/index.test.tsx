import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Contest, User } from '@szkc/shared';
import { apiError, contest, founder } from '../../../../test/contest-fixtures';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { answerModals, setRouterParams } from '../../../../test/taro-double';
import ContestEditPage from './index';

const organizer: User = {
  id: 'u-org',
  nickname: '科技局赛事办',
  roles: ['citizen', 'organizer'],
  phoneMasked: null,
};

/** The contest as the backend sends it to its organiser. */
const stored = (overrides: Partial<Contest> = {}): Contest =>
  ({ ...contest({ status: 'draft' }), rubricLocked: false, ...overrides }) as Contest;

const type = (label: string, value: string) => {
  const field = screen.getByText(label).parentElement!;
  fireEvent.change(field.querySelector('input, textarea')!, { target: { value } });
};

describe('创建/编辑大赛 page', () => {
  it('creates a draft: live weight total, money in 万元 sent as yuan, then opens it for publishing', async () => {
    const requests = signedInAs(organizer, ({ url, method }) =>
      url === 'http://api.test/contests' && method === 'POST'
        ? { statusCode: 201, data: stored({ id: 'new1' }) }
        : undefined,
    );
    renderPage(ContestEditPage);
    await screen.findByText('基本信息');
    type('大赛名称', '2027 年石嘴山市创新创业大赛');
    fireEvent.click(screen.getByText('发明创新大赛'));
    type('大赛介绍', '面向全市企业和团队。');
    type('赛道 1 名称', '新材料');

    type('评分项 1', '技术创新');
    type('权重', '60');
    expect(screen.getByText('权重合计 60，须为 100（还差 40）')).toBeTruthy();
    fireEvent.click(screen.getByText('添加评分项'));
    type('评分项 2', '市场前景');
    fireEvent.change(screen.getAllByText('权重')[1]!.parentElement!.querySelector('input')!, {
      target: { value: '40' },
    });
    expect(screen.getByText('权重合计 100，符合要求')).toBeTruthy();

    fireEvent.click(screen.getByText('添加组别'));
    type('组别 1 名称', '初创组');
    type('最近一年销售收入不超过（万元，可不填）', '1000.5');
    type('条件依据（文件名称及条款）', '《大赛章程》第五条');
    fireEvent.click(screen.getByText('保存为草稿'));

    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/organizer/contest-edit/index?id=new1' }),
    );
    const body = requests.find((r) => r.method === 'POST')?.data as Record<string, unknown>;
    expect(body).toMatchObject({
      title: '2027 年石嘴山市创新创业大赛',
      kind: 'invention',
      description: '面向全市企业和团队。',
      teamMin: 1,
      teamMax: 5,
      tracks: [{ id: 'track-1', name: '新材料' }],
      groups: [
        {
          id: 'group-1',
          name: '初创组',
          rules: { revenueMaxYuan: 10_005_000 },
          source: '《大赛章程》第五条',
          verified: false,
        },
      ],
      rubric: [
        { id: 'item-1', label: '技术创新', weight: 60 },
        { id: 'item-2', label: '市场前景', weight: 40 },
      ],
      rounds: [{ n: 1, name: '初赛' }],
    });
    expect(body.signupOpensAt).toMatch(/^\d{4}-\d{2}-\d{2}T09:00:00\+08:00$/);
  });

  it('checks the form with the server schema before sending anything', async () => {
    const requests = signedInAs(organizer);
    renderPage(ContestEditPage);
    await screen.findByText('基本信息');
    type('权重', '90');
    fireEvent.click(screen.getByText('保存为草稿'));
    expect(await screen.findByText('请选择大赛类别')).toBeTruthy();
    expect(screen.getByText('评分项权重之和须为 100')).toBeTruthy();
    expect(screen.getByText('权重合计 90，须为 100（还差 10）')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it("shows the server's 422 issues next to their rows", async () => {
    signedInAs(organizer, ({ url, method }) =>
      url === 'http://api.test/contests' && method === 'POST'
        ? apiError(422, 'VALIDATION_FAILED', '填写的内容有误', {
            issues: [{ path: 'tracks.1.name', message: '赛道名称含有不可见字符' }],
          })
        : undefined,
    );
    renderPage(ContestEditPage);
    await screen.findByText('基本信息');
    type('大赛名称', '大赛');
    fireEvent.click(screen.getByText('创新创业大赛'));
    type('大赛介绍', '介绍');
    type('赛道 1 名称', '新材料');
    fireEvent.click(screen.getByText('添加赛道'));
    type('赛道 2 名称', '新能源');
    type('评分项 1', '综合');
    type('权重', '100');
    fireEvent.click(screen.getByText('保存为草稿'));
    const message = await screen.findByText('赛道名称含有不可见字符');
    expect(message.parentElement!.textContent).toContain('赛道 2 名称');
    expect(screen.getByText('填写的内容有误')).toBeTruthy();
  });

  it('edits a draft sending only what changed, and publishes it after confirming', async () => {
    setRouterParams({ id: 'c1' });
    const requests = signedInAs(
      organizer,
      ({ url, method }) =>
        url === 'http://api.test/contests/c1' && method === 'PATCH'
          ? { statusCode: 200, data: stored({ title: '新名称' }) }
          : undefined,
      ({ url, method }) =>
        url === 'http://api.test/contests/c1/publish' && method === 'POST'
          ? { statusCode: 200, data: stored({ title: '新名称', status: 'open' }) }
          : undefined,
      ({ url }) => (url === 'http://api.test/contests/c1' ? { statusCode: 200, data: stored() } : undefined),
    );
    renderPage(ContestEditPage);
    // Stored yuan come back as 万元.
    expect(await screen.findByDisplayValue('1000')).toBeTruthy();
    expect(screen.getByText('2025-01-01 ▾')).toBeTruthy();
    type('大赛名称', '新名称');
    fireEvent.click(screen.getByText('保存修改'));
    await waitFor(() => expect(requests.some((r) => r.method === 'PATCH')).toBe(true));
    expect(requests.find((r) => r.method === 'PATCH')?.data).toEqual({ title: '新名称' });

    answerModals(true);
    fireEvent.click(await screen.findByText('发布大赛'));
    expect(await screen.findByText('已发布')).toBeTruthy();
    expect(requests.some((r) => r.url.endsWith('/publish'))).toBe(true);
    expect(screen.queryByText('发布大赛')).toBeNull();
  });

  it('shows a locked rubric read-only, with the reason', async () => {
    setRouterParams({ id: 'c1' });
    signedInAs(organizer, ({ url }) =>
      url === 'http://api.test/contests/c1'
        ? { statusCode: 200, data: stored({ status: 'reviewing', rubricLocked: true }) }
        : undefined,
    );
    renderPage(ContestEditPage);
    expect(await screen.findByText(/评分标准（评分项和权重）已锁定/)).toBeTruthy();
    expect(screen.getByText('技术创新：权重 40')).toBeTruthy();
    expect(screen.queryByText('添加评分项')).toBeNull();
    // Published: saved tracks and groups are renamed, never removed; new ones can go again.
    expect(screen.queryByText('删除赛道 1')).toBeNull();
    expect(screen.queryByText('删除组别 1')).toBeNull();
    fireEvent.click(screen.getByText('添加赛道'));
    expect(screen.getByText('删除赛道 3')).toBeTruthy();
  });

  it('turns a RUBRIC_LOCKED answer into the explanation at the rubric', async () => {
    setRouterParams({ id: 'c1' });
    signedInAs(
      organizer,
      ({ url, method }) =>
        url === 'http://api.test/contests/c1' && method === 'PATCH'
          ? apiError(409, 'RUBRIC_LOCKED', '已有评分，评分标准不能再修改')
          : undefined,
      ({ url }) => (url === 'http://api.test/contests/c1' ? { statusCode: 200, data: stored() } : undefined),
    );
    renderPage(ContestEditPage);
    await screen.findByDisplayValue('技术创新');
    type('评分项 1', '技术先进性');
    fireEvent.click(screen.getByText('保存修改'));
    expect(await screen.findByText(/评分标准（评分项和权重）已锁定/)).toBeTruthy();
    expect(screen.getByText(/^已有评分，评分标准不能再修改。评分标准已恢复为保存的内容/)).toBeTruthy();
    // Back to what is saved; the other changes go with the next save.
    expect(screen.getByText('技术创新：权重 40')).toBeTruthy();
    expect(screen.queryByText('技术先进性：权重 40')).toBeNull();
  });

  it('is closed to citizens', async () => {
    signedInAs(founder);
    renderPage(ContestEditPage);
    expect(await screen.findByText(/没有此功能的权限/)).toBeTruthy();
  });
});
