import {
  listOf,
  policyDetailSchema,
  policySummarySchema,
  savedEnterpriseSchema,
  type EnterpriseProfile,
  type SavedEnterprise,
} from '@szkc/shared';
import { request } from './client';
import { ApiError } from './errors';

// The policy section of API.md. Eligibility is computed on the phone with the shared engine
// (same code as POST /policies/eligibility), so there is no call for it here.

const policyPage = listOf(policySummarySchema);

// Six policies: one page at the default limit; ask for the largest page to be safe.
export const listPolicies = () => request('GET', '/policies', { query: { limit: 100 }, schema: policyPage });

export const fetchPolicy = (id: string) =>
  request('GET', `/policies/${encodeURIComponent(id)}`, { schema: policyDetailSchema });

/** The caller's saved profile, or null when none was saved yet (404 is not an error here). */
export async function fetchMyEnterprise(): Promise<SavedEnterprise | null> {
  try {
    return await request('GET', '/me/enterprise', { schema: savedEnterpriseSchema });
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

export const saveMyEnterprise = (profile: EnterpriseProfile) =>
  request('PUT', '/me/enterprise', { body: { profile }, schema: savedEnterpriseSchema });
