// Asia/Shanghai helpers by plain arithmetic. China has kept UTC+8 without daylight saving since
// 1991, and the WeChat runtime's Intl and dayjs .tz() are unreliable, so no time-zone database.

const offsetMs = 8 * 60 * 60 * 1000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Shanghai wall clock of an instant, as UTC fields of a shifted Date. */
const wall = (instant: Date | number) => new Date(new Date(instant).getTime() + offsetMs);

/** `2026-12-05T09:30:00+08:00` */
export function toShanghaiIso(instant: Date | number): string {
  const w = wall(instant);
  return (
    `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}` +
    `T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}+08:00`
  );
}

/** `YYYY-MM-DD` of the instant in Shanghai. */
export function shanghaiDate(instant: Date | number = Date.now()): string {
  return toShanghaiIso(instant).slice(0, 10);
}

const isoWithOffset =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms of an ISO 8601 string that carries its offset; null when it is not one. */
export function parseIsoInstant(text: string): number | null {
  const m = isoWithOffset.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', ms = '0', zone] = m;
  const fields = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = fields;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Number(ms.padEnd(3, '0')));
  if (new Date(utc).getUTCDate() !== day) return null; // 2026-02-30 and the like
  let offset = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return utc - offset;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Whole years from `from` to `to` (both `YYYY-MM-DD`), as a birthday counts them. */
export function wholeYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];

/** `12月5日 周六 09:30` — how the app shows a time to a person in 石嘴山. */
export function formatShanghai(instant: Date | number | string, withTime = true): string {
  const ms = typeof instant === 'string' ? parseIsoInstant(instant) : new Date(instant).getTime();
  if (ms === null || Number.isNaN(ms)) return '';
  const w = wall(ms);
  const date = `${w.getUTCMonth() + 1}月${w.getUTCDate()}日 周${weekdays[w.getUTCDay()]}`;
  return withTime ? `${date} ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}` : date;
}
