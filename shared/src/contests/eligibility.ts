// A contest's groups checked against an enterprise profile by the policy engine itself: the same
// criteria building blocks, verdicts and missing-field lists as POST /policies/eligibility.
import { evaluateCriteria } from '../policies/engine';
import type { EnterpriseProfile } from '../policies/profile';
import { ruleCriteria } from '../policies/rule-criteria';
import type { ContestGroup, GroupEligibility } from './schemas';

/** What a group's details cite when the organiser named no document. */
const defaultSource = '本大赛参赛条件';

export function evaluateGroup(
  group: ContestGroup,
  profile: EnterpriseProfile,
  asOf: string,
): GroupEligibility {
  const { verdict, criteria, missingFields } = evaluateCriteria(
    ruleCriteria(group.rules, group.source ?? defaultSource),
    profile,
    asOf,
  );
  return {
    groupId: group.id,
    name: group.name,
    verdict,
    criteria: criteria.map(({ id, label, outcome, detail }) => ({ id, label, outcome, detail })),
    missingFields,
  };
}

export const evaluateGroups = (groups: readonly ContestGroup[], profile: EnterpriseProfile, asOf: string) =>
  groups.map((group) => evaluateGroup(group, profile, asOf));
