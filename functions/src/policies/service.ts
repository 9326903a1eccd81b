// The policies capability: the catalogue and the eligibility engine of shared/ (pure, no store),
// and the caller's saved enterprise profile.
import {
  allPolicies,
  evaluateEligibility,
  findPolicy,
  shanghaiDate,
  toPolicyDetail,
  toPolicySummary,
  type EligibilityRequest,
  type EligibilityResponse,
  type EnterpriseProfile,
  type ListQuery,
  type PolicyDetail,
  type PolicySummary,
  type SavedEnterprise,
} from '@szkc/shared';
import * as z from '@szkc/shared/zod';
import { currentUser } from '../access/access';
import { notFound } from '../errors';
import { logger } from '../http/logger';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { countEligibilityChecks } from '../stats/counters';
import * as enterprises from './enterprise.repository';
import { saveCounted } from './pipeline';

// The cursor holds the id of the last policy of the previous page: stable because policy ids are
// (API.md).
const policyCursorSchema = z.strictObject({
  after: z.string().refine((id) => allPolicies.some((policy) => policy.id === id)),
});

/** `GET /policies`: the whole catalogue (six policies, one page at the default limit). */
export function listPolicies({ limit, cursor }: ListQuery): {
  items: PolicySummary[];
  nextCursor: string | null;
} {
  let start = 0;
  if (cursor !== undefined) {
    const { after } = decodeCursor(cursor, policyCursorSchema);
    start = allPolicies.findIndex((policy) => policy.id === after) + 1;
  }
  const page = allPolicies.slice(start, start + limit);
  const more = start + limit < allPolicies.length;
  return {
    items: page.map(toPolicySummary),
    nextCursor: more && page.length > 0 ? encodeCursor({ after: page[page.length - 1]!.id }) : null,
  };
}

export function policyDetail(id: string): PolicyDetail {
  const policy = findPolicy(id);
  if (!policy) throw notFound('未找到该政策');
  return toPolicyDetail(policy);
}

/**
 * `POST /policies/eligibility`: the engine's answer as of `asOf` (default today in Shanghai).
 * The bureau's figures count the check (per day, policy and verdict, stats/counters.ts): nothing
 * of the profile is written anywhere.
 */
export async function eligibility({ profile, asOf }: EligibilityRequest): Promise<EligibilityResponse> {
  const answer = evaluateEligibility(profile, asOf ?? shanghaiDate());
  // A count that could not be written must not cost the enterprise its answer.
  await countEligibilityChecks(shanghaiDate(), answer.results).catch((error: unknown) =>
    logger.warn('eligibility check not counted', { error: error as Error }),
  );
  return answer;
}

export async function enterpriseOf(userId: string): Promise<SavedEnterprise> {
  const saved = await enterprises.getEnterpriseProfile(userId);
  if (!saved) throw notFound('尚未保存企业信息');
  return saved;
}

/** Only for an account that still exists: a deleted account's token must not leave data behind. */
export async function saveEnterprise(userId: string, profile: EnterpriseProfile): Promise<SavedEnterprise> {
  await currentUser(userId);
  return saveCounted(userId, profile);
}
