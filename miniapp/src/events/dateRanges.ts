import { parseIsoInstant, shanghaiDate, toShanghaiIso } from '@szkc/shared';

export type DateRangeKey = 'all' | 'today' | 'week' | 'month';

export const dateRangeNames: Record<DateRangeKey, string> = {
  all: '全部',
  today: '今天',
  week: '本周',
  month: '本月',
};
export const dateRangeKeys = Object.keys(dateRangeNames) as DateRangeKey[];

const dayMs = 24 * 60 * 60 * 1000;

/**
 * `from`/`to` for GET /events, as Shanghai instants: from the start of today to the end of
 * today / Sunday / the last day of the month. 全部 sends neither (the server lists upcoming events).
 */
export function dateRange(key: DateRangeKey, now: number = Date.now()): { from?: string; to?: string } {
  if (key === 'all') return {};
  const today = shanghaiDate(now);
  const startOfToday = parseIsoInstant(`${today}T00:00:00+08:00`) as number;
  let days = 1;
  if (key === 'week') {
    const weekday = new Date(startOfToday + 8 * 60 * 60 * 1000).getUTCDay(); // 0 = Sunday
    days = weekday === 0 ? 1 : 8 - weekday;
  } else if (key === 'month') {
    const [year, month] = today.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    days = lastDay - Number(today.slice(8, 10)) + 1;
  }
  return { from: toShanghaiIso(startOfToday), to: toShanghaiIso(startOfToday + days * dayMs - 1000) };
}
