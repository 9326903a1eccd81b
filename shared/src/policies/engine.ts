import { isCalendarDate, shanghaiDate } from '../time';
import { allPolicies } from './catalog';
import { missingOf } from './criteria';
import type { Verdict } from './values';
import type {
  EligibilityResponse,
  EnterpriseProfile,
  PolicyDetail,
  PolicyEligibility,
  PolicySummary,
  ProfileField,
} from './profile';
import type {
  Criterion,
  DetailedCriterionResult,
  DetailedPolicyResult,
  EvaluationContext,
  Policy,
} from './types';

/**
 * Whether the policy is in force on `asOf` (both ends inclusive). An unconfirmed first day
 * (null) is not a reason to hide the policy: it is evaluated and marked 待核对.
 */
export const isInForce = (policy: Policy, asOf: string): boolean =>
  (policy.validFrom === null || policy.validFrom <= asOf) &&
  (policy.validTo === null || asOf <= policy.validTo);

export const policiesInForce = (asOf: string, policies: readonly Policy[] = allPolicies): Policy[] =>
  policies.filter((policy) => isInForce(policy, asOf));

/** Criteria evaluated one by one, and the verdict they make together (policies, contest groups). */
export function evaluateCriteria(
  criteriaToApply: readonly Criterion[],
  profile: EnterpriseProfile,
  asOf: string,
): { verdict: Verdict; criteria: DetailedCriterionResult[]; missingFields: ProfileField[] } {
  const ctx: EvaluationContext = { asOf };
  const criteria: DetailedCriterionResult[] = criteriaToApply.map((criterion) => {
    const result = criterion.evaluate(profile, ctx);
    let missing: readonly ProfileField[] = [];
    if (result.outcome === 'unknown') {
      missing = result.missing ?? missingOf(profile, criterion.fields);
      // An unknown with nothing to ask for would leave the person stuck: ask for its fields.
      if (missing.length === 0) missing = criterion.fields;
    }
    return {
      id: criterion.id,
      label: criterion.label,
      outcome: result.outcome,
      detail: result.detail,
      ...(result.gap ? { gap: result.gap } : {}),
      missing,
    };
  });

  let verdict: Verdict = 'eligible';
  if (criteria.some((c) => c.outcome === 'fail')) verdict = 'ineligible';
  else if (criteria.some((c) => c.outcome === 'unknown')) verdict = 'incomplete';

  const missingFields: ProfileField[] = [];
  if (verdict === 'incomplete') {
    for (const c of criteria)
      for (const field of c.missing) if (!missingFields.includes(field)) missingFields.push(field);
  }
  return { verdict, criteria, missingFields };
}

/** One policy, criterion by criterion, with gaps and missing fields kept for the UI. */
export function evaluatePolicy(
  policy: Policy,
  profile: EnterpriseProfile,
  asOf: string,
): DetailedPolicyResult {
  const ctx: EvaluationContext = { asOf };
  const { verdict, criteria, missingFields } = evaluateCriteria(policy.criteria, profile, asOf);
  return {
    policy,
    verdict,
    criteria,
    missingFields,
    score: policy.score?.(profile, ctx) ?? null,
    scoreAdvice: policy.scoreAdvice?.(profile) ?? [],
    benefit: verdict === 'ineligible' ? null : policy.benefit(profile, ctx),
  };
}

const toApiResult = (result: DetailedPolicyResult): PolicyEligibility => ({
  policyId: result.policy.id,
  name: result.policy.name,
  verdict: result.verdict,
  criteria: result.criteria.map(({ id, label, outcome, detail }) => ({ id, label, outcome, detail })),
  missingFields: [...result.missingFields],
  score: result.score,
  scoreAdvice: result.scoreAdvice.map((advice) => ({ ...advice })),
  benefit: result.benefit
    ? { summary: result.benefit.summary, estimateYuan: result.benefit.estimateYuan }
    : null,
});

/**
 * The answer of `POST /policies/eligibility`: every policy in force on `asOf`, in catalogue order.
 * Pure and synchronous; the profile is expected to have passed `enterpriseProfileSchema`.
 */
export function evaluateEligibility(
  profile: EnterpriseProfile,
  asOf: string = shanghaiDate(),
  policies: readonly Policy[] = allPolicies,
): EligibilityResponse {
  if (!isCalendarDate(asOf)) throw new RangeError(`asOf must be a YYYY-MM-DD date, got ${String(asOf)}`);
  const results = policiesInForce(asOf, policies).map((policy) =>
    toApiResult(evaluatePolicy(policy, profile, asOf)),
  );
  return { asOf, results };
}

/** A list item of `GET /policies`. */
export const toPolicySummary = (policy: Policy): PolicySummary => ({
  id: policy.id,
  name: policy.name,
  category: policy.category,
  level: policy.level,
  issuer: policy.issuer,
  summary: policy.summary,
  validFrom: policy.validFrom,
  validTo: policy.validTo,
  sources: policy.sources.map(({ title, docNumber }) => ({ title, docNumber })),
  verified: policy.verified,
});

/** `GET /policies/{id}`: the summary, the criteria in words and the yearly obligations. */
export const toPolicyDetail = (policy: Policy): PolicyDetail => ({
  ...toPolicySummary(policy),
  criteria: policy.criteria.map(({ id, label, description, fields, unverified }) => ({
    id,
    label,
    description,
    fields: [...fields],
    unverified: unverified ?? null,
  })),
  obligations: policy.obligations.map(({ id, text, source, unverified }) => ({
    id,
    text,
    source,
    unverified: unverified ?? null,
  })),
  application: {
    channel: { ...policy.application.channel },
    timing: { ...policy.application.timing },
    materials: { ...policy.application.materials },
    office: { ...policy.application.office },
  },
});

export const findPolicy = (id: string, policies: readonly Policy[] = allPolicies): Policy | undefined =>
  policies.find((policy) => policy.id === id);
