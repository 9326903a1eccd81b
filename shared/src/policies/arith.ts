// Threshold arithmetic on integers: shares are compared as part*100 >= whole*percent, never as
// floats, so 10% exactly passes and 9.999…% does not. Money is capped at 1e13 yuan by the
// schema, so every product here stays below 2^53.

import { ceilDiv } from './format';

/** part / whole >= percent / 100; false when whole is not positive. */
export const atLeastPercent = (part: number, whole: number, percent: number): boolean =>
  whole > 0 && part * 100 >= whole * percent;

/**
 * What must be added to `part` to reach `percent` of `whole`.
 * `partOfWhole`: the addition grows the whole too (new tech staff are also new employees).
 */
export function percentGap(part: number, whole: number, percent: number, partOfWhole: boolean): number {
  const shortfall = whole * percent - part * 100;
  if (shortfall <= 0) return 0;
  return ceilDiv(shortfall, partOfWhole ? 100 - percent : 100);
}

const dayMs = 86_400_000;

/** Calendar days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / dayMs);
}

/** `YYYY-MM-DD` plus whole days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * dayMs).toISOString().slice(0, 10);
}
