import { formatShanghai, parseIsoInstant, toShanghaiIso } from '@szkc/shared';

/** `12月5日 周六 09:30–11:30`, or both ends in full when the event spans days. */
export function formatTimeRange(startAt: string, endAt: string): string {
  const start = parseIsoInstant(startAt);
  const end = parseIsoInstant(endAt);
  if (start === null || end === null) return formatShanghai(startAt);
  const sameDay = toShanghaiIso(start).slice(0, 10) === toShanghaiIso(end).slice(0, 10);
  return sameDay
    ? `${formatShanghai(start)}–${clock(end)}`
    : `${formatShanghai(start)} 至 ${formatShanghai(end)}`;
}

/** `09:12` in Shanghai. */
export function clock(instant: string | number): string {
  const ms = typeof instant === 'string' ? parseIsoInstant(instant) : instant;
  return ms === null ? '' : toShanghaiIso(ms).slice(11, 16);
}
