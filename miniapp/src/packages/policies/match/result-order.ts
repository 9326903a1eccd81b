import type { PolicyEligibility, Verdict } from '@szkc/shared';

// The order of the result cards, the same as the counts above them: what can be applied for
// (符合, with where to apply), then what is settled against the firm (不符合, with the reason
// first), then what still waits for figures (信息不全, the longest cards, each pointing back to
// the form). Within a verdict the catalogue order stays, so a card never swaps with its peers.
const rank: Record<Verdict, number> = { eligible: 0, ineligible: 1, incomplete: 2 };

/** Policy ids by verdict, catalogue order within each. */
export function verdictOrder(results: readonly PolicyEligibility[]): string[] {
  return results
    .map((result, index) => ({ id: result.policyId, key: rank[result.verdict] * results.length + index }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.id);
}

/**
 * The results in a fixed order taken earlier (when the result was shown), so verdicts change in
 * place while the person types; a policy the order does not know yet goes last.
 */
export function inOrder(
  results: readonly PolicyEligibility[],
  order: readonly string[],
): PolicyEligibility[] {
  const position = (id: string) => {
    const at = order.indexOf(id);
    return at === -1 ? order.length : at;
  };
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => position(a.result.policyId) - position(b.result.policyId) || a.index - b.index)
    .map((entry) => entry.result);
}
