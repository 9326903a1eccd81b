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
import { currentUser } from '../auth/service';
import { ApiError, notFound } from '../http/errors';
import * as enterprises from './enterprise.repository';

// The cursor is the id of the last policy of the previous page, base64url-encoded: opaque to
// clients, stable because policy ids are (API.md).
const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

const invalidCursor = () =>
  new ApiError(422, 'VALIDATION_FAILED', 'cursor：分页游标无效，请从第一页重新加载', {
    issues: [{ path: 'cursor', message: '分页游标无效，请从第一页重新加载' }],
  });

/** `GET /policies`: the whole catalogue (six policies, one page at the default limit). */
export function listPolicies({ limit, cursor }: ListQuery): {
  items: PolicySummary[];
  nextCursor: string | null;
} {
  let start = 0;
  if (cursor !== undefined) {
    const index = allPolicies.findIndex((policy) => policy.id === decodeCursor(cursor));
    if (index < 0) throw invalidCursor();
    start = index + 1;
  }
  const page = allPolicies.slice(start, start + limit);
  const more = start + limit < allPolicies.length;
  return {
    items: page.map(toPolicySummary),
    nextCursor: more && page.length > 0 ? encodeCursor(page[page.length - 1]!.id) : null,
  };
}

export function policyDetail(id: string): PolicyDetail {
  const policy = findPolicy(id);
  if (!policy) throw notFound('未找到该政策');
  return toPolicyDetail(policy);
}

/** `POST /policies/eligibility`: the engine's answer as of `asOf` (default today in Shanghai). */
export function eligibility({ profile, asOf }: EligibilityRequest): EligibilityResponse {
  return evaluateEligibility(profile, asOf ?? shanghaiDate());
}

export async function enterpriseOf(userId: string): Promise<SavedEnterprise> {
  const saved = await enterprises.getEnterpriseProfile(userId);
  if (!saved) throw notFound('尚未保存企业信息');
  return saved;
}

/** Only for an account that still exists: a deleted account's token must not leave data behind. */
export async function saveEnterprise(userId: string, profile: EnterpriseProfile): Promise<SavedEnterprise> {
  await currentUser(userId);
  return enterprises.saveEnterpriseProfile(userId, profile);
}
