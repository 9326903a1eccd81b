import { shanghaiDate } from '@szkc/shared';

// Calendar days (`YYYY-MM-DD`, Asia/Shanghai) for the stats pages, by plain arithmetic on UTC
// dates: no time-zone database on the phone.

const dayMs = 24 * 60 * 60 * 1000;
const toMs = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, days: number) => fromMs(toMs(day) + days * dayMs);

/** Monday of the week of `day` (weeks start on Monday in China). */
export function weekStart(day: string): string {
  const weekday = new Date(toMs(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** This week so far: Monday to today. */
export function thisWeek(today = shanghaiDate()): { from: string; to: string } {
  return { from: weekStart(today), to: today };
}

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];

/** `12/5 周六` */
export function dayLabel(day: string): string {
  return `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))} 周${weekdays[new Date(toMs(day)).getUTCDay()]}`;
}
