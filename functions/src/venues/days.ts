// Asia/Shanghai calendar days by plain arithmetic (UTC+8, no daylight saving since 1991): the day
// a check-in counts for, and the days of a stats range.
import { shanghaiDate } from '@szkc/shared';

const dayMs = 86_400_000;

/** The Shanghai day (`YYYY-MM-DD`) of an instant. */
export const shanghaiDayOf = (ms: number) => shanghaiDate(ms);

/** `day` moved by `n` calendar days. */
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
