// Policies table: the enterprise profile a user saved, one item per user
// (pk `ENTERPRISE#<userId>`, sk `PROFILE`). The auth function also uses this module, to export and
// delete the profile with the account.
import { toShanghaiIso, type EnterpriseProfile, type SavedEnterprise } from '@szkc/shared';
import { tableNames } from '../config';
import { dynamoose } from '../store/client';

const EnterpriseProfileModel = dynamoose.model(
  'EnterpriseProfile',
  new dynamoose.Schema(
    {
      pk: { type: String, hashKey: true },
      sk: { type: String, rangeKey: true },
      userId: String,
      // Kept as a DynamoDB map, field for field as the schema accepted it.
      profile: Object,
      updatedAt: String,
    },
    { saveUnknown: ['profile.**'] },
  ),
);

export const policiesTable = new dynamoose.Table(tableNames.policies, [EnterpriseProfileModel], {
  create: false,
  waitForActive: false,
  update: false,
});

const profileKey = (userId: string) => ({ pk: `ENTERPRISE#${userId}`, sk: 'PROFILE' });

/** The saved profile of a user, or null. One GetItem. */
export async function getEnterpriseProfile(userId: string): Promise<SavedEnterprise | null> {
  const item = await EnterpriseProfileModel.get(profileKey(userId));
  if (!item) return null;
  const { profile, updatedAt } = item.toJSON() as { profile?: EnterpriseProfile; updatedAt: string };
  return { profile: profile ?? {}, updatedAt };
}

/** Replaces the user's saved profile (the form always sends the whole profile). One PutItem. */
export async function saveEnterpriseProfile(
  userId: string,
  profile: EnterpriseProfile,
): Promise<SavedEnterprise> {
  const updatedAt = toShanghaiIso(Date.now());
  await EnterpriseProfileModel.create(
    { ...profileKey(userId), userId, profile, updatedAt },
    { overwrite: true },
  );
  return { profile, updatedAt };
}

/** Removes the user's saved profile; nothing happens when there is none. One DeleteItem. */
export async function deleteEnterpriseProfile(userId: string): Promise<void> {
  await EnterpriseProfileModel.delete(profileKey(userId));
}
