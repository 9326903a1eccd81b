// The ranking arithmetic, pure: a score's total is Σ weight × score / 5 (weights sum to 100, scores
// 1..5, so 0..100), and an entry's score is the mean of its reviewers' totals, dropping the single
// highest and the single lowest when five or more reviewed (去掉一个最高分和一个最低分). Totals
// are kept as the integer Σ weight × score, so every figure is exact before its one rounding.
import type { RubricItem } from '@szkc/shared';

/** Σ weight × score over the rubric; every rubric id must have a score. */
export function weightedSum(rubric: readonly RubricItem[], scores: Record<string, number>): number {
  return rubric.reduce((sum, item) => sum + item.weight * scores[item.id]!, 0);
}

/** `weighted / 5` with two decimals: exact, since weighted / 5 is a multiple of 0.2. */
export const totalOf = (weighted: number) => (weighted * 20) / 100;

/** Reviews from which the highest and the lowest are dropped. */
export const trimFrom = 5;

/** Mean of the totals (given as weighted sums), trimmed from five reviews, two decimals (half up); null for none. */
export function entryScore(weightedSums: readonly number[]): number | null {
  if (weightedSums.length === 0) return null;
  let kept = [...weightedSums].sort((a, b) => a - b);
  if (kept.length >= trimFrom) kept = kept.slice(1, -1);
  const sum = kept.reduce((a, b) => a + b, 0);
  // mean total in hundredths = sum × 100 / (5 × n) = sum × 20 / n, rounded half up in integers.
  const n = kept.length;
  const hundredths = Math.floor((2 * sum * 20 + n) / (2 * n));
  return hundredths / 100;
}

export type RankingInput = {
  entryId: string;
  projectName: string;
  trackId: string;
  groupId: string | null;
  weightedSums: readonly number[];
};

export type RankedEntry = {
  entryId: string;
  projectName: string;
  trackId: string;
  groupId: string | null;
  reviews: number;
  score: number | null;
  rank: number | null;
};

/**
 * Ranked per track, best first, tracks in the contest's order. Equal scores share a rank (1, 1, 3);
 * entries nobody scored come last, unranked.
 */
export function rankEntries(entries: readonly RankingInput[], trackOrder: readonly string[]): RankedEntry[] {
  const scored = entries.map((entry) => ({
    entryId: entry.entryId,
    projectName: entry.projectName,
    trackId: entry.trackId,
    groupId: entry.groupId,
    reviews: entry.weightedSums.length,
    score: entryScore(entry.weightedSums),
  }));
  const trackIndex = (id: string) => {
    const i = trackOrder.indexOf(id);
    return i === -1 ? trackOrder.length : i;
  };
  scored.sort(
    (a, b) =>
      trackIndex(a.trackId) - trackIndex(b.trackId) ||
      (b.score ?? -1) - (a.score ?? -1) ||
      a.projectName.localeCompare(b.projectName, 'zh-CN') ||
      a.entryId.localeCompare(b.entryId),
  );
  return scored.map((entry) => ({
    ...entry,
    rank:
      entry.score === null
        ? null
        : 1 +
          scored.filter((other) => other.trackId === entry.trackId && (other.score ?? -1) > entry.score!)
            .length,
  }));
}
