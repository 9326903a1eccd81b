import type { RubricItem } from '../../contests/schemas';

/**
 * The weighted total as the server computes it (API.md): Σ weight × score / 5, 0..100, two
 * decimals; null until every item has a score.
 */
export function weightedTotal(rubric: readonly RubricItem[], scores: Record<string, number>): number | null {
  let sum = 0;
  for (const item of rubric) {
    const score = scores[item.id];
    if (score === undefined) return null;
    sum += item.weight * score;
  }
  // In hundredths first so 0.1-style float error cannot show as 79.99.
  return Math.round((sum / 5) * 100) / 100;
}

/** The part of the total the scored items already add up to. */
export function partialTotal(rubric: readonly RubricItem[], scores: Record<string, number>): number {
  const sum = rubric.reduce((acc, item) => acc + item.weight * (scores[item.id] ?? 0), 0);
  return Math.round((sum / 5) * 100) / 100;
}
