import { fireEvent, screen } from '@testing-library/react';
import { apiError, contest, entry, founder } from '../../../../test/contest-fixtures';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { fakeStorage, setRouterParams } from '../../../../test/taro-double';
import { shanghaiDate } from '@szkc/shared';
import { pickerStartingDate } from '../../../policies/FieldInput';
import ContestEnterPage from './index';

const detailUrl = 'http://api.test/contests/c1';
const entriesUrl = 'http://api.test/contests/c1/entries';
const eligible = {
  groups: [
    { groupId: 'startup', verdict: 'eligible', criteria: [], missingFields: [] },
    { groupId: 'growth', verdict: 'ineligible', criteria: [], missingFields: [] },
  ],
};
const saved = {
  profile: { name: '石嘴山硅材科技有限公司', establishedOn: '2025-03-01', revenueLastYear: 2_000_000 },
  updatedAt: '2026-11-01T10:00:00+08:00',
};

function api(createAnswer: () => { statusCode: number; data?: unknown }) {
  return signedInAs(
    founder,
    ({ url }) => (url === detailUrl ? { statusCode: 200, data: contest() } : undefined),
    ({ url }) => (url === 'http://api.test/me/enterprise' ? { statusCode: 200, data: saved } : undefined),
    ({ url }) => (url === `${detailUrl}/eligibility` ? { statusCode: 200, data: eligible } : undefined),
    ({ url, method }) => (url === entriesUrl && method === 'POST' ? createAnswer() : undefined),
  );
}

async function fill() {
  fireEvent.click(await screen.findByText('新能源'));
  fireEvent.change(screen.getByPlaceholderText('例如：高纯硅基负极材料'), {
    target: { value: '  光伏硅片回收 ' },
  });
  fireEvent.change(screen.getByPlaceholderText('做什么、解决什么问题、进展到哪一步'), {
    target: { value: '回收退役光伏板中的硅。' },
  });
}

describe('创建参赛项目 page', () => {
  beforeEach(() => setRouterParams({ contestId: 'c1' }));

  it('opens an empty registration date at this month, a team company being usually new', async () => {
    signedInAs(
      founder,
      ({ url }) => (url === detailUrl ? { statusCode: 200, data: contest() } : undefined),
      ({ url }) =>
        url === 'http://api.test/me/enterprise' ? apiError(404, 'NOT_FOUND', '尚未保存企业信息') : undefined,
      ({ url }) => (url === `${detailUrl}/eligibility` ? { statusCode: 200, data: eligible } : undefined),
    );
    const { container } = renderPage(ContestEnterPage);
    await screen.findByText('创建参赛项目');
    const pickers = [...container.querySelectorAll('[data-picker-value]')];
    expect(pickers.map((p) => p.getAttribute('data-picker-value'))).toContain(
      pickerStartingDate(shanghaiDate(), 0),
    );
    expect(pickerStartingDate('2026-12-03', 0)).toBe('2026-12-01');
  });

  it('asks for what is missing before calling the server', async () => {
    const requests = api(() => ({ statusCode: 201, data: entry() }));
    renderPage(ContestEnterPage);
    fireEvent.click(await screen.findByText('创建参赛项目'));
    expect(screen.getByText('请选择赛道')).toBeTruthy();
    expect(screen.getByText('请填写项目名称')).toBeTruthy();
    expect(screen.getByText('请用几句话介绍项目')).toBeTruthy();
    expect(requests.some((r) => r.url === entriesUrl)).toBe(false);
  });

  it('creates the entry with the saved profile and the chosen group, then opens it', async () => {
    const requests = api(() => ({ statusCode: 201, data: entry({ id: 'e9' }) }));
    renderPage(ContestEnterPage);
    await fill();
    // The group check marks each group; the company name fills 所在单位.
    fireEvent.click(await screen.findByText('初创组（符合）'));
    expect(screen.getByText('成长组（不符合）')).toBeTruthy();
    expect(await screen.findByDisplayValue('石嘴山硅材科技有限公司', {}, { timeout: 3000 })).toBeTruthy();
    fireEvent.click(screen.getByText('创建参赛项目'));
    await screen.findByText('正在创建…');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const sent = requests.find((r) => r.url === entriesUrl && r.method === 'POST');
    expect(sent?.data).toEqual({
      trackId: 'energy',
      projectName: '光伏硅片回收',
      summary: '回收退役光伏板中的硅。',
      organizationName: '石嘴山硅材科技有限公司',
      groupId: 'startup',
      profile: saved.profile,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/packages/contests/entry/index?contestId=c1&entryId=e9',
    });
    expect(fakeStorage.has('szkc.contests.entryDraft.c1')).toBe(false);
  });

  it('explains NOT_ELIGIBLE criterion by criterion and ALREADY_ENTERED with a link', async () => {
    let answerWith = apiError(422, 'NOT_ELIGIBLE', '不符合该组别的参赛条件', {
      criteria: [
        {
          id: 'registered',
          label: '注册时间',
          outcome: 'fail',
          detail: '2019年3月1日成立，早于2025年1月1日',
        },
      ],
    });
    api(() => answerWith);
    renderPage(ContestEnterPage);
    await fill();
    fireEvent.click(screen.getByText('创建参赛项目'));
    expect(await screen.findByText('不符合该组别的参赛条件，逐项情况如下：')).toBeTruthy();
    expect(screen.getByText('2019年3月1日成立，早于2025年1月1日')).toBeTruthy();

    answerWith = apiError(409, 'ALREADY_ENTERED', '你已参加本大赛', { entryId: 'e1' });
    fireEvent.click(screen.getByText('创建参赛项目'));
    expect(await screen.findByText(/每人在一个大赛中只能参加一个项目/)).toBeTruthy();
    fireEvent.click(screen.getByText('查看我已参加的项目'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/contests/entry/index?contestId=c1&entryId=e1',
    });
  });

  it('keeps what was typed on the device when the page is left', async () => {
    api(() => ({ statusCode: 201, data: entry() }));
    const { unmount } = renderPage(ContestEnterPage);
    await fill();
    unmount();
    renderPage(ContestEnterPage);
    expect(await screen.findByDisplayValue('回收退役光伏板中的硅。')).toBeTruthy();
  });
});
