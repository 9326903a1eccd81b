import { districtNames, isDistrictCode, type StatsOverview } from '@szkc/shared';
import { formatNumber } from '../format';

// The three charts of the 数据看板 as data: what the canvas draws, a sentence that says it for a
// screen reader (and for anyone in a hurry), and the same figures as a table.

export interface ChartData {
  kind: 'column' | 'stack' | 'bar';
  categories: string[];
  series: Array<{ name: string; data: number[] }>;
  /** One sentence: the total and the largest bar. */
  summary: string;
  table: { head: string[]; rows: string[][] };
  /** Nothing counted yet: show words instead of an empty axis. */
  empty: boolean;
}

type Series = StatsOverview['series'];

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The category with the largest value, for the summary; null when all are zero. */
function peak(categories: string[], values: number[]): { name: string; value: number } | null {
  let best: { name: string; value: number } | null = null;
  values.forEach((value, i) => {
    if (value > 0 && (!best || value > best.value)) best = { name: categories[i]!, value };
  });
  return best;
}

const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`;
const monthLong = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

export function participantsChart(rows: Series['participantsByMonth']): ChartData {
  const categories = rows.map((row) => monthLabel(row.month));
  const data = rows.map((row) => row.people);
  const top = peak(
    rows.map((row) => monthLong(row.month)),
    data,
  );
  return {
    kind: 'column',
    categories,
    series: [{ name: '报名人数', data }],
    summary: top
      ? `近 ${rows.length} 个月共 ${formatNumber(sum(data))} 人报名科普活动，最多的是${top.name}，${formatNumber(top.value)} 人。`
      : `近 ${rows.length} 个月还没有人报名科普活动。`,
    table: {
      head: ['月份', '报名人数'],
      rows: rows.map((row) => [monthLong(row.month), formatNumber(row.people)]),
    },
    empty: !top,
  };
}

const districtName = (key: string) => (isDistrictCode(key) ? districtNames[key] : key);
const weekLabel = (week: string) => `${Number(week.slice(5, 7))}/${Number(week.slice(8, 10))}`;

export function visitsChart(rows: Series['visitsByWeek']): ChartData {
  // Every district that appears in any week, the city's own order first.
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row.byDistrict)))].sort(
    (a, b) => order(a) - order(b) || a.localeCompare(b),
  );
  const series = keys.map((key) => ({
    name: districtName(key),
    data: rows.map((row) => row.byDistrict[key] ?? 0),
  }));
  const totals = series.map((s) => sum(s.data));
  const total = sum(totals);
  const top = peak(
    series.map((s) => s.name),
    totals,
  );
  return {
    kind: 'stack',
    categories: rows.map((row) => weekLabel(row.week)),
    series,
    summary: top
      ? `近 ${rows.length} 周场馆打卡共 ${formatNumber(total)} 人次：${series.map((s, i) => `${s.name} ${formatNumber(totals[i]!)}`).join('，')}。`
      : `近 ${rows.length} 周还没有场馆打卡。`,
    table: {
      head: ['周（周一起）', ...series.map((s) => s.name), '合计'],
      rows: rows.map((row, i) => [
        `${weekLabel(row.week)} 起`,
        ...series.map((s) => formatNumber(s.data[i]!)),
        formatNumber(sum(series.map((s) => s.data[i]!))),
      ]),
    },
    empty: total === 0,
  };
}

function order(key: string): number {
  const codes = Object.keys(districtNames);
  const names = Object.values(districtNames) as string[];
  const at = Math.max(codes.indexOf(key), names.indexOf(key));
  return at < 0 ? codes.length : at;
}

export function entriesChart(rows: Series['entriesByTrack']): ChartData {
  // Track names repeat across contests (both have 新材料, say): name the contest where they do.
  const contests = new Set(rows.map((row) => row.contestId));
  const label = (row: Series['entriesByTrack'][number]) =>
    contests.size > 1 ? `${shortContest(row.contestTitle)}·${row.trackName}` : row.trackName;
  const categories = rows.map(label);
  const data = rows.map((row) => row.entries);
  const top = peak(categories, data);
  return {
    kind: 'bar',
    categories,
    series: [{ name: '报名项目', data }],
    summary: top
      ? `大赛共 ${formatNumber(sum(data))} 个项目报名，最多的赛道是${top.name}，${formatNumber(top.value)} 个。`
      : rows.length
        ? '大赛还没有项目报名。'
        : '还没有发布的大赛。',
    table: {
      head: ['大赛', '赛道', '报名项目'],
      rows: rows.map((row) => [row.contestTitle, row.trackName, formatNumber(row.entries)]),
    },
    empty: !top,
  };
}

/** 石嘴山市创新创业大赛 -> 创新创业: the contest's own words, without the city and 大赛. */
function shortContest(title: string): string {
  const short = title.replace(/^石嘴山市?/, '').replace(/大赛$/, '');
  return short.length > 0 && short.length <= 6 ? short : title.slice(0, 6);
}
