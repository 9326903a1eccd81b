// The format of the golden cases in tests/policies/*.yaml (OpenFisca style) and how a response
// is checked against them. Pure, so the engine test and the HTTP test share it; the YAML files
// are read by tests/policies/golden-cases.ts. Not exported from the package index.

import { isCalendarDate } from '../time';
import * as z from '../zod';
import { allPolicies } from './catalog';
import { findPolicy } from './engine';
import { outcomeValues, policyIdValues, verdictValues, type PolicyId } from './values';
import { enterpriseProfileSchema, type EligibilityResponse, type EnterpriseProfile } from './profile';

const date = z.string().refine(isCalendarDate, 'expected YYYY-MM-DD');
/** A profile as written: `null` removes a field the defaults set. */
const profileInput = z.record(z.string(), z.unknown());

const expectationSchema = z.strictObject({
  /** `not-in-force`: the policy is absent from the results on that day. */
  verdict: z.enum([...verdictValues, 'not-in-force']),
  /** Exact list, in order. Required for `incomplete`. */
  missingFields: z.array(z.string()).optional(),
  score: z.number().nullable().optional(),
  /** criterion id -> outcome, for the criteria the case is about. */
  criteria: z.record(z.string(), z.enum(outcomeValues)).optional(),
  estimateYuan: z.number().nullable().optional(),
  /** Words the benefit summary must contain (what the estimate assumes, why it is 0). */
  benefitIncludes: z.string().optional(),
  /** criterion id -> words its detail must contain (the gap, the source). */
  detailIncludes: z.record(z.string(), z.string()).optional(),
});
export type GoldenExpectation = z.infer<typeof expectationSchema>;

const caseSchema = z.strictObject({
  name: z.string().min(1),
  asOf: date.optional(),
  profile: profileInput.optional(),
  expect: expectationSchema,
});

export const goldenFileSchema = z.strictObject({
  policy: z.enum(policyIdValues),
  /** Merged under every case (shallowly), so each case shows only what it is about. */
  defaults: z.strictObject({ asOf: date.optional(), profile: profileInput.optional() }).optional(),
  cases: z.array(caseSchema).min(1),
});

export interface GoldenCase {
  readonly file: string;
  readonly policy: PolicyId;
  readonly name: string;
  readonly asOf: string;
  /** The request body's profile, as a client sends it. */
  readonly profile: Record<string, unknown>;
  /** The same after `enterpriseProfileSchema`, as the endpoint hands it to the engine. */
  readonly parsedProfile: EnterpriseProfile;
  readonly expect: GoldenExpectation;
}

/** Validates one parsed YAML document and resolves its cases; throws naming the file and case. */
export function resolveGoldenFile(document: unknown, file: string): GoldenCase[] {
  const parsed = goldenFileSchema.safeParse(document);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const { policy: policyId, defaults, cases } = parsed.data;
  const policy = findPolicy(policyId, allPolicies)!;
  const criterionIds = new Set(policy.criteria.map((c) => c.id));
  const names = new Set<string>();

  return cases.map((c) => {
    const where = `${file} › ${c.name}`;
    if (names.has(c.name)) throw new Error(`${where}: duplicate case name`);
    names.add(c.name);
    const asOf = c.asOf ?? defaults?.asOf;
    if (!asOf) throw new Error(`${where}: no asOf (in the case or in defaults)`);
    const profile: Record<string, unknown> = { ...defaults?.profile };
    for (const [field, value] of Object.entries(c.profile ?? {})) {
      if (value === null) delete profile[field];
      else profile[field] = value;
    }
    const parsedProfile = enterpriseProfileSchema.safeParse(profile);
    if (!parsedProfile.success)
      throw new Error(`${where}: invalid profile: ${z.prettifyError(parsedProfile.error)}`);
    const { expect } = c;
    if (expect.verdict === 'incomplete' && !expect.missingFields) {
      throw new Error(`${where}: an incomplete case must list its missingFields`);
    }
    for (const id of [...Object.keys(expect.criteria ?? {}), ...Object.keys(expect.detailIncludes ?? {})]) {
      if (!criterionIds.has(id)) throw new Error(`${where}: ${policyId} has no criterion ${id}`);
    }
    return { file, policy: policyId, name: c.name, asOf, profile, parsedProfile: parsedProfile.data, expect };
  });
}

const show = (value: unknown) => JSON.stringify(value);

/** Every way the response differs from the case's expectation; empty when it matches. */
export function goldenMismatches(goldenCase: GoldenCase, response: EligibilityResponse): string[] {
  const { expect, policy } = goldenCase;
  const problems: string[] = [];
  if (response.asOf !== goldenCase.asOf)
    problems.push(`asOf: expected ${goldenCase.asOf}, got ${response.asOf}`);
  const result = response.results.find((r) => r.policyId === policy);
  if (expect.verdict === 'not-in-force') {
    if (result)
      problems.push(`${policy} should not be evaluated on ${goldenCase.asOf}, got ${result.verdict}`);
    return problems;
  }
  if (!result) return [...problems, `${policy} is missing from the results`];

  if (result.verdict !== expect.verdict)
    problems.push(`verdict: expected ${expect.verdict}, got ${result.verdict}`);
  if (expect.missingFields && show(result.missingFields) !== show(expect.missingFields)) {
    problems.push(`missingFields: expected ${show(expect.missingFields)}, got ${show(result.missingFields)}`);
  }
  if (expect.score !== undefined && result.score !== expect.score) {
    problems.push(`score: expected ${show(expect.score)}, got ${show(result.score)}`);
  }
  if (expect.estimateYuan !== undefined) {
    const estimate = result.benefit?.estimateYuan ?? null;
    if (estimate !== expect.estimateYuan)
      problems.push(`estimateYuan: expected ${show(expect.estimateYuan)}, got ${show(estimate)}`);
  }
  if (expect.benefitIncludes !== undefined) {
    const summary = result.benefit?.summary ?? '';
    if (!summary.includes(expect.benefitIncludes))
      problems.push(`benefit: summary should contain ${show(expect.benefitIncludes)}, got ${show(summary)}`);
  }
  for (const [id, outcome] of Object.entries(expect.criteria ?? {})) {
    const criterion = result.criteria.find((c) => c.id === id);
    if (criterion?.outcome !== outcome) {
      problems.push(
        `criterion ${id}: expected ${outcome}, got ${criterion?.outcome} (${criterion?.detail ?? 'absent'})`,
      );
    }
  }
  for (const [id, words] of Object.entries(expect.detailIncludes ?? {})) {
    const detail = result.criteria.find((c) => c.id === id)?.detail ?? '';
    if (!detail.includes(words))
      problems.push(`criterion ${id}: detail should contain ${show(words)}, got ${show(detail)}`);
  }
  return problems;
}
