import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Indicator, User } from '@szkc/shared';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import { indicators, overview } from '../../../../test/stats-fixtures';
import Taro, { setRouterParams, type FakeResponse } from '../../../../test/taro-double';
import { ok } from '../../../../test/venue-fixtures';
import { defaultYear } from './form';
import StatsReportPage from './index';

const admin: User = { id: 'a1', nickname: '管理员', roles: ['citizen', 'admin'], phoneMasked: null };
const isOverview = (url: string) => url === 'http://api.test/stats/overview';
const putUrl = 'http://api.test/stats/indicators/high-tech-enterprises';
const earlier = { year: 2023, value: 80, note: '2023 年统计公报', reportedAt: '2025-03-01T10:00:00+08:00' };
const hte = () =>
  indicators({ 'high-tech-enterprises': { history: [earlier] } }).find(
    (i) => i.id === 'high-tech-enterprises',
  )!;

function open(id = 'high-tech-enterprises', put?: (body: unknown) => FakeResponse) {
  setRouterParams({ id });
  const requests = signedInAs(admin, (request) => {
    if (isOverview(request.url))
      return ok(overview({ indicators: indicators({ 'high-tech-enterprises': { history: [earlier] } }) }));
    if (request.url === putUrl && request.method === 'PUT' && put) return put(request.data);
    return undefined;
  });
  renderPage(StatsReportPage);
  return requests;
}

const valueField = () => screen.getByPlaceholderText(/年的数值$/);

describe('填报 a yearly figure', () => {
  it("shows the plan's figures and the reports so far, and records a new one", async () => {
    const saved: Indicator = {
      ...hte(),
      latest: { year: 2025, value: 101, source: 'reported', note: '2025 年统计公报' },
      history: [
        earlier,
        { year: 2025, value: 101, note: '2025 年统计公报', reportedAt: '2026-12-02T19:00:00+08:00' },
      ],
    };
    const requests = open('high-tech-enterprises', () => ok(saved));
    expect(await screen.findByText('高新技术企业数量')).toBeTruthy();
    expect(screen.getByText('基期：2020 年 63 家')).toBeTruthy();
    expect(screen.getByText('2025 年目标：120 家')).toBeTruthy();
    expect(screen.getByText('2023 年统计公报')).toBeTruthy();

    fireEvent.click(screen.getByText('2025'));
    fireEvent.change(valueField(), { target: { value: '101' } });
    fireEvent.change(screen.getByPlaceholderText(/统计公报/), { target: { value: '2025 年统计公报' } });
    fireEvent.click(screen.getByText('提交填报'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已填报' })),
    );
    expect(requests.find((r) => r.method === 'PUT')?.data).toEqual({
      year: 2025,
      value: 101,
      note: '2025 年统计公报',
    });
    expect(screen.getByText('101')).toBeTruthy();
    expect(screen.getByText('填报于 12月2日 周三 19:00')).toBeTruthy();
    expect((valueField() as HTMLInputElement).value).toBe('');
  });

  it('says in Chinese what is wrong before sending', async () => {
    const requests = open();
    await screen.findByText('填报年度数值');
    expect(screen.getByText(String(defaultYear())).className).toContain('st-chip-active');
    fireEvent.click(screen.getByText('提交填报'));
    expect(screen.getByText('请填写数值')).toBeTruthy();
    fireEvent.change(valueField(), { target: { value: '十二' } });
    fireEvent.click(screen.getByText('提交填报'));
    expect(screen.getByText('数值须为数字')).toBeTruthy();
    fireEvent.change(valueField(), { target: { value: '-3' } });
    fireEvent.click(screen.getByText('提交填报'));
    expect(screen.getByText('数值不能为负数')).toBeTruthy();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it("shows the server's field messages from a 422", async () => {
    open('high-tech-enterprises', () => ({
      statusCode: 422,
      data: {
        error: {
          code: 'VALIDATION_FAILED',
          message: '填报内容有误',
          details: { issues: [{ path: 'value', message: '以“家”计的数值须为整数' }] },
        },
      },
    }));
    fireEvent.change(await screen.findByPlaceholderText(/年的数值$/), { target: { value: '100.5' } });
    fireEvent.click(screen.getByText('提交填报'));
    expect(await screen.findByText('以“家”计的数值须为整数')).toBeTruthy();
    expect(screen.getByText('填报内容有误')).toBeTruthy();
  });

  it('offers no form for a figure the platform counts', async () => {
    open('science-bases');
    expect(await screen.findByText('此项由平台按登记的场馆实时统计，无需填报。')).toBeTruthy();
    expect(screen.queryByText('提交填报')).toBeNull();
    expect(screen.getByText('还没有填报记录')).toBeTruthy();
  });

  it('says when the id names no indicator', async () => {
    open('no-such-figure');
    expect(await screen.findByText('没有这项规划指标')).toBeTruthy();
  });
});
