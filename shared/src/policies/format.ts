// How figures are shown to people: money in 万元 with at most two decimals, shares in per cent.
// Integer arithmetic only, so a share exactly on a threshold never shows as just below it.

const trimDecimals = (whole: number, hundredths: number): string => {
  if (hundredths === 0) return String(whole);
  const digits = hundredths % 10 === 0 ? String(hundredths / 10) : String(hundredths).padStart(2, '0');
  return `${whole}.${digits}`;
};

/**
 * `250000` -> `25 万元`, `1` -> `0.01 万元` with `ceil`. Use `ceil` for a gap, so what a person is
 * told to add is never less than what is needed.
 */
export function formatWan(yuan: number, rounding: 'round' | 'ceil' = 'round'): string {
  if (!Number.isFinite(yuan)) return '—';
  const sign = yuan < 0 ? '-' : '';
  const abs = Math.abs(yuan);
  const hundredthsOfWan = rounding === 'ceil' ? Math.ceil(abs / 100) : Math.round(abs / 100);
  return `${sign}${trimDecimals(Math.floor(hundredthsOfWan / 100), hundredthsOfWan % 100)} 万元`;
}

/** floor(a / b) for non-negative safe integers a and b > 0, exact where the float quotient is not. */
export function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  // Beyond safe integers q + 1 can equal q, and the correction below would never end: there the
  // float quotient is all the precision there is.
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(q)) return q;
  while (q > 0 && q * b > a) q -= 1;
  while ((q + 1) * b <= a) q += 1;
  return q;
}

/** ceil(a / b) for safe integers a >= 0 and b > 0. */
export function ceilDiv(a: number, b: number): number {
  const q = floorDiv(a, b);
  return q * b === a ? q : q + 1;
}

/** `part / whole` in per cent, cut (not rounded) to two decimals: 449/10000 -> `4.49%`. */
export function formatPercent(part: number, whole: number): string {
  if (!(whole > 0) || !(part >= 0) || !Number.isFinite(part) || !Number.isFinite(whole)) return '—';
  const scaled = part * 100;
  const whole100 = floorDiv(scaled, whole);
  const rest = scaled - whole100 * whole;
  return `${trimDecimals(whole100, floorDiv(rest * 100, whole))}%`;
}

export const formatPeople = (n: number): string => `${n} 人`;
