import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { User } from '@szkc/shared';
import { signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import { indicators, overview } from '../../../../test/stats-fixtures';
import Taro from '../../../../test/taro-double';
import { drawnCharts } from '../../../../test/ucharts-double';
import { ok } from '../../../../test/venue-fixtures';
import { downloadWorkbook } from '../../../../test/workbook-download';
import StatsOverviewPage from './index';

const admin: User = { id: 'a1', nickname: '管理员', roles: ['citizen', 'admin'], phoneMasked: null };
const isOverview = (url: string) => url === 'http://api.test/stats/overview';

const withFigures = () =>
  overview({
    indicators: indicators({
      'high-tech-enterprises': {
        latest: { year: 2024, value: 90, source: 'reported', note: '2024 年统计公报' },
        history: [
          { year: 2024, value: 90, note: '2024 年统计公报', reportedAt: '2026-03-01T10:00:00+08:00' },
        ],
      },
      'science-literacy': {
        latest: { year: 2025, value: 13.5, source: 'reported', note: null },
      },
      'science-venues': {
        latest: {
          year: 2026,
          value: 4,
          source: 'platform',
          note: '平台登记的科技馆与专业科技馆/博物馆（实时）',
        },
      },
    }),
    platform: {
      events: { published: 12, participants: 1234, checkedIn: 987 },
      venues: {
        count: 8,
        visits: 4321,
        visitsLast30Days: 210,
        firstTimeVisitors: 3000,
        scienceVenues: 4,
        scienceBases: 3,
        byKind: {},
      },
      contests: { entries: 25, submitted: 18 },
      policies: {
        checksLast30Days: 56,
        checksByPolicy: {},
        savedProfiles: 9,
        eligibleByPolicy: { 'tech-sme': 5, 'high-tech-enterprise': 2 },
      },
    },
    series: {
      participantsByMonth: [
        { month: '2026-10', people: 30 },
        { month: '2026-11', people: 120 },
        { month: '2026-12', people: 0 },
      ],
      visitsByWeek: [
        { week: '2026-11-23', byDistrict: { 大武口区: 10, 惠农区: 2, 平罗县: 0 } },
        { week: '2026-11-30', byDistrict: { 大武口区: 5, 惠农区: 0, 平罗县: 3 } },
      ],
      entriesByTrack: [
        {
          contestId: 'c1',
          contestTitle: '石嘴山市创新创业大赛',
          track: 'materials',
          trackName: '新材料',
          entries: 7,
        },
        {
          contestId: 'c1',
          contestTitle: '石嘴山市创新创业大赛',
          track: 'energy',
          trackName: '新能源',
          entries: 3,
        },
      ],
    },
  });

/** jsdom has no canvas: a bare context lets the chart reach uCharts (a recording double here). */
function withCanvas() {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = (() => ({})) as unknown as typeof original;
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 343 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 220 });
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, value: 2 });
  return () => {
    delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    HTMLCanvasElement.prototype.getContext = original;
    delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  };
}

const tally = () =>
  [...document.querySelectorAll('.st-head-tiles .st-tile')].map((tile) =>
    [...tile.querySelectorAll('span')].map((span) => span.textContent).join(' '),
  );

const rowOf = (label: string) =>
  screen.getByText(label, { selector: '.st-ind-label' }).closest('.st-ind') as HTMLElement;

describe('数据看板', () => {
  beforeEach(() => void (drawnCharts.length = 0));

  it("shows the plan's fourteen rows as baseline → latest → target, with progress and sources", async () => {
    signedInAs(admin, ({ url }) => (isOverview(url) ? ok(withFigures()) : undefined));
    renderPage(StatsOverviewPage);
    await screen.findByText('规划指标');
    expect(tally()).toEqual(['14 项 规划指标', '3 项 已有数据', '1 项 已达目标']);
    expect(document.querySelectorAll('.st-ind')).toHaveLength(14);
    expect(
      screen.getByText('数据截至 2026-12-02 18:30；进度为从基期到 2025 年目标已完成的比例。'),
    ).toBeTruthy();

    // 63 (2020) → 90 (2024, reported) → 120: 27 of 57 on the way.
    const hte = within(rowOf('高新技术企业数量'));
    expect(hte.getByText('基期 2020')).toBeTruthy();
    expect(hte.getByText('63')).toBeTruthy();
    expect(hte.getByText('最新 2024')).toBeTruthy();
    expect(hte.getByText('90')).toBeTruthy();
    expect(hte.getByText('120')).toBeTruthy();
    expect(hte.getByText('进度 47%')).toBeTruthy();
    expect(hte.getByText('科技局填报')).toBeTruthy();
    expect(hte.getByText('2024 年统计公报')).toBeTruthy();

    const literacy = within(rowOf('公民具备基本科学素质比例'));
    expect(literacy.getByText('13.5')).toBeTruthy();
    expect(literacy.getByText('已达目标')).toBeTruthy();

    // Counted by the platform: no 填报 for it.
    const venues = within(rowOf('科技场馆'));
    expect(venues.getByText('平台实时统计')).toBeTruthy();
    expect(venues.getByText('当前')).toBeTruthy();
    expect(venues.getByText('进度 40%')).toBeTruthy();
    expect(venues.queryByText('填报')).toBeNull();

    // No figure yet, and a target the plan's text could not confirm: words, and a flag.
    const rd = within(rowOf('全社会研发经费投入强度'));
    expect(rd.getByText('暂无数据')).toBeTruthy();
    expect(rd.getByText('目标值待核对规划原文')).toBeTruthy();
    expect(rd.getByText('规划数值待核对')).toBeTruthy();
    expect(rd.queryByText(/进度/)).toBeNull();
    expect(screen.getAllByText('填报')).toHaveLength(12);
  });

  it('shows the platform figures and draws the three charts, each with its figures in words', async () => {
    const restore = withCanvas();
    try {
      signedInAs(admin, ({ url }) => (isOverview(url) ? ok(withFigures()) : undefined));
      renderPage(StatsOverviewPage);
      await screen.findByText('平台实时数据');
      expect(screen.getByText('1,234')).toBeTruthy();
      expect(screen.getByText('4,321')).toBeTruthy();
      expect(screen.getByText('科技型中小企业评价')).toBeTruthy();
      expect(screen.getByText('5 家')).toBeTruthy();

      await waitFor(() => expect(drawnCharts).toHaveLength(3));
      const [participants, visits, entries] = drawnCharts;
      expect(participants).toMatchObject({ type: 'column', categories: ['10月', '11月', '12月'] });
      expect(participants!.series).toMatchObject([{ name: '报名人数', data: [30, 120, 0] }]);
      // Zero bars carry no label; every other label is named from the latest one back.
      expect(participants!.series[0]!.formatter!(0)).toBe('');
      expect(participants!.series[0]!.formatter!(120)).toBe('120');
      expect(visits).toMatchObject({ type: 'column', categories: ['11/23', '11/30'] });
      expect(visits!.series.map((s) => s.name)).toEqual(['大武口区', '惠农区', '平罗县']);
      expect(visits!.extra).toMatchObject({ column: { type: 'stack' } });
      expect(entries).toMatchObject({ type: 'bar', categories: ['新材料', '新能源'] });
      expect(participants).toMatchObject({ width: 686, height: 440, pixelRatio: 2 });

      expect(screen.getByText('近 3 个月共 150 人报名科普活动，最多的是2026年11月，120 人。')).toBeTruthy();
      expect(screen.getByText('近 2 周场馆打卡共 20 人次：大武口区 15，惠农区 2，平罗县 3。')).toBeTruthy();
      expect(screen.getByText('大赛共 10 个项目报名，最多的赛道是新材料，7 个。')).toBeTruthy();
      const canvases = screen.getAllByRole('img');
      expect(canvases[0]!.getAttribute('aria-label')).toBe(
        '科普活动每月报名人数：近 3 个月共 150 人报名科普活动，最多的是2026年11月，120 人。',
      );

      fireEvent.click(screen.getAllByText('查看数据表 ▾')[0]!);
      expect(screen.getByText('2026年11月')).toBeTruthy();
      expect(screen.getByText('收起数据表 ▴')).toBeTruthy();
    } finally {
      restore();
    }
  });

  it('says when nothing has been counted yet, instead of drawing empty charts', async () => {
    signedInAs(admin, ({ url }) => (isOverview(url) ? ok(overview()) : undefined));
    renderPage(StatsOverviewPage);
    await screen.findByText('规划指标');
    expect(tally()).toEqual(['14 项 规划指标', '0 项 已有数据', '0 项 已达目标']);
    expect(screen.getAllByText('暂无数据')).toHaveLength(14);
    expect(screen.getByText('近 12 个月还没有人报名科普活动。')).toBeTruthy();
    expect(screen.getByText('近 12 周还没有场馆打卡。')).toBeTruthy();
    expect(screen.getByText('还没有发布的大赛。')).toBeTruthy();
    expect(document.querySelectorAll('canvas')).toHaveLength(0);
    expect(screen.queryByText('档案中符合条件的企业')).toBeNull();
  });

  it("shows the server's message when the figures cannot be read, and reads again on 重试", async () => {
    let calls = 0;
    signedInAs(admin, ({ url }) =>
      isOverview(url)
        ? ++calls === 1
          ? { statusCode: 503, data: { error: { code: 'UNAVAILABLE', message: '服务繁忙，请稍后重试' } } }
          : ok(overview())
        : undefined,
    );
    renderPage(StatsOverviewPage);
    expect(await screen.findByText('服务繁忙，请稍后重试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('规划指标')).toBeTruthy();
  });

  it('is for admins only', async () => {
    const requests = signedInAs({ ...admin, roles: ['citizen', 'organizer'] });
    renderPage(StatsOverviewPage);
    expect(await screen.findByText('数据看板仅供市科技局管理员使用。')).toBeTruthy();
    expect(requests.some((r) => isOverview(r.url))).toBe(false);
  });

  it('opens 填报 for a row', async () => {
    signedInAs(admin, ({ url }) => (isOverview(url) ? ok(withFigures()) : undefined));
    renderPage(StatsOverviewPage);
    fireEvent.click(within(await waitFor(() => rowOf('科技型中小企业数量'))).getByText('填报'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/stats/report/index?id=tech-smes' });
  });

  it('downloads the workbook with the token', async () => {
    signedInAs(admin, ({ url }) => (isOverview(url) ? ok(overview()) : undefined));
    renderPage(StatsOverviewPage);
    await screen.findByText('平台实时数据');
    const download = await downloadWorkbook('导出 Excel');
    expect(download.url).toBe('http://api.test/stats/overview.xlsx');
    expect(download.authorization).toBe('Bearer tok-1');
    expect(download.fileName).toMatch(/^规划指标总览_\d{4}-\d{2}-\d{2}\.xlsx$/);
  });
});
