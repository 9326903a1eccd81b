// Policies table: the enterprise profile a user saved, one item per user
// (pk `ENTERPRISE#<userId>`, sk `PROFILE`). The auth function also uses this module, to export and
// delete the profile with the account. Every write is conditional on the `revision` it read, so
// the bureau's pipeline counters (stats) move by exactly what changed, once.
import { toShanghaiIso, type EnterpriseProfile, type SavedEnterprise } from '@szkc/shared';
import { tableNames } from '../config';
import { documents } from '../store/document';
import { deleteIf, scanAll, unlessConditionFails } from '../store/operations';

const TableName = () => tableNames.policies;
const profileSk = 'PROFILE';
const profileKey = (userId: string) => ({ pk: `ENTERPRISE#${userId}`, sk: profileSk });

export type ProfileItem = {
  pk: string;
  sk: string;
  userId: string;
  /** Kept as a DynamoDB map, field for field as the schema accepted it. */
  profile?: EnterpriseProfile;
  updatedAt: string;
  /** Moves with every write; absent on profiles saved before it existed. */
  revision?: number;
  /** The policies the pipeline counters hold this profile as eligible for (stats). */
  countedEligible?: string[];
};

export async function getProfileItem(userId: string, consistent = false): Promise<ProfileItem | null> {
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: profileKey(userId),
    ConsistentRead: consistent,
  });
  return (Item as ProfileItem | undefined) ?? null;
}

/** The saved profile of a user, or null. One GetItem. */
export async function getEnterpriseProfile(userId: string): Promise<SavedEnterprise | null> {
  const item = await getProfileItem(userId);
  return item ? { profile: item.profile ?? {}, updatedAt: item.updatedAt } : null;
}

/** The condition that the item is still the one read (or still absent). */
const unchangedSince = (read: ProfileItem | null) =>
  read === null
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : read.revision === undefined
      ? { ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revision)' }
      : { ConditionExpression: 'revision = :read', ExpressionAttributeValues: { ':read': read.revision } };

/**
 * Replaces the user's saved profile (the form always sends the whole profile) unless it changed
 * since `read`: one PutItem. Null when refused.
 */
export async function writeProfile(
  userId: string,
  profile: EnterpriseProfile,
  countedEligible: string[],
  read: ProfileItem | null,
): Promise<SavedEnterprise | null> {
  const updatedAt = toShanghaiIso(Date.now());
  const item: ProfileItem = {
    ...profileKey(userId),
    userId,
    profile,
    updatedAt,
    revision: (read?.revision ?? 0) + 1,
    countedEligible,
  };
  const put = await unlessConditionFails(() =>
    documents.put({ TableName: TableName(), Item: item, ...unchangedSince(read) }),
  );
  return put ? { profile, updatedAt } : null;
}

/** Removes the profile unless it changed since `read`: one DeleteItem. */
export const deleteProfile = (userId: string, read: ProfileItem) =>
  deleteIf({ TableName: TableName(), Key: profileKey(userId), ...unchangedSince(read) });

/** Every saved profile: the pipeline recount's walk (a scheduled job, never a request: a Scan). */
export const allProfiles = () =>
  scanAll<ProfileItem>({
    TableName: TableName(),
    FilterExpression: 'sk = :sk',
    ExpressionAttributeValues: { ':sk': profileSk },
    ConsistentRead: true,
  });
