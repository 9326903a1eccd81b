import type { Indicator } from '@szkc/shared';

// How the 数据看板 says numbers: digits grouped by thousands (by hand: old WeChat clients ignore
// toLocaleString's locale), at most two decimals, and the progress toward the plan's target.

export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export interface Progress {
  /** 0..1 of the way from the baseline (or from zero without one) to the target. */
  ratio: number;
  text: string;
}

/**
 * How far the latest figure has come from the baseline toward the target; null where the plan's
 * target has no number (全区前列) or there is no figure yet.
 */
export function progressOf(indicator: Pick<Indicator, 'baseline' | 'target' | 'latest'>): Progress | null {
  const target = indicator.target.value;
  const latest = indicator.latest?.value;
  if (target === null || latest === undefined) return null;
  const start = indicator.baseline?.value ?? 0;
  if (latest >= target) return { ratio: 1, text: '已达目标' };
  if (target <= start) return null;
  const ratio = Math.min(1, Math.max(0, (latest - start) / (target - start)));
  return { ratio, text: `进度 ${Math.floor(ratio * 100)}%` };
}

export const sourceNames = { platform: '平台实时统计', reported: '科技局填报' } as const;

/** `2026-12-02T18:30:00+08:00` -> `2026-12-02 18:30` (the time is already Shanghai's). */
export const shortTime = (iso: string) => iso.slice(0, 16).replace('T', ' ');
