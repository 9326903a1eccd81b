// The enterprise pipeline of the bureau's figures (科技型企业双倍增): how many saved profiles
// there are, and how many of them the engine finds eligible for each policy. A profile change
// moves the counters in three steps, the events' seat pattern:
//   1. the counters move by the change and the change is marked in flight (stats PIPELINE item);
//   2. the profile is written (or deleted) on condition that it is still the one read, with the
//      policies it is now counted as eligible for; refused: the counters move back (step 1 undone);
//   3. the change is no longer in flight.
// A request that dies in between leaves its mark in flight; the recount (stats/repair.ts) waits
// until such a mark is older than any request lives, then takes the profiles as the truth.
import {
  evaluateEligibility,
  shanghaiDate,
  type EnterpriseProfile,
  type SavedEnterprise,
} from '@szkc/shared';
import { conflict } from '../errors';
import { beginPipelineChange, endPipelineChange, pipelineDelta, undoPipelineChange } from '../stats/counters';
import { deleteProfile, getProfileItem, writeProfile, type ProfileItem } from './enterprise.repository';

/** The policies the engine finds this profile eligible for today. */
export const eligiblePolicies = (profile: EnterpriseProfile, day = shanghaiDate()) =>
  evaluateEligibility(profile, day)
    .results.filter((r) => r.verdict === 'eligible')
    .map((r) => r.policyId);

/** What the counters hold for a saved profile (one saved before the counters: as it is today). */
export const countedAs = (item: ProfileItem) =>
  new Set(item.countedEligible ?? eligiblePolicies(item.profile ?? {}));

/** An in-flight mark: when it began (the recount reads it), and whose change it is. */
const opOf = (userId: string, attempt: number) => `${Date.now()}#${userId}#${attempt}`;
export const opStartedMs = (op: string) => Number(op.split('#')[0]);

const attempts = 5;

/** Saves the profile and moves the pipeline by what changed. */
export async function saveCounted(userId: string, profile: EnterpriseProfile): Promise<SavedEnterprise> {
  const after = eligiblePolicies(profile);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const read = await getProfileItem(userId, true);
    const delta = pipelineDelta(read && countedAs(read), new Set(after));
    const moves = delta.saved !== 0 || Object.values(delta.eligible).some((n) => n !== 0);
    const op = opOf(userId, attempt);
    if (moves) await beginPipelineChange(delta, op);
    const saved = await writeProfile(userId, profile, after, read);
    if (!saved) {
      if (moves) await undoPipelineChange(delta, op);
      continue; // another save came first: count from what it wrote
    }
    if (moves) await endPipelineChange(op);
    return saved;
  }
  throw conflict('企业信息正在被同时修改，请稍后重试');
}

/** Deletes the profile (account deletion) and takes it out of the pipeline. */
export async function deleteCounted(userId: string): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const read = await getProfileItem(userId, true);
    if (!read) return;
    const delta = pipelineDelta(countedAs(read), null);
    const op = opOf(userId, attempt);
    await beginPipelineChange(delta, op);
    if (!(await deleteProfile(userId, read))) {
      await undoPipelineChange(delta, op);
      continue;
    }
    await endPipelineChange(op);
    return;
  }
  throw conflict('企业信息正在被同时修改，请稍后重试');
}
