// Users table: one profile item per user, and one identity item per WeChat openid that points to
// it. The identity is written first, on condition, so two first logins at once make one account.
import { ulid } from 'ulid';
import type { Role } from '@szkc/shared';
import { tableNames } from '../config';
import { dynamoose } from '../store/client';
import { isConditionFailure } from '../store/document';

const keySchema = {
  pk: { type: String, hashKey: true },
  sk: { type: String, rangeKey: true },
} as const;

const ProfileModel = dynamoose.model(
  'UserProfile',
  new dynamoose.Schema(
    {
      ...keySchema,
      id: String,
      openid: String,
      nickname: String,
      roles: { type: Array, schema: [String] },
      phone: String,
      createdAt: String,
      updatedAt: String,
    },
    { saveUnknown: false },
  ),
);

const IdentityModel = dynamoose.model(
  'UserIdentity',
  new dynamoose.Schema({ ...keySchema, userId: String, createdAt: String }, { saveUnknown: false }),
);

export const usersTable = new dynamoose.Table(tableNames.users, [ProfileModel, IdentityModel], {
  create: false,
  waitForActive: false,
  update: false,
});

const profileKey = (id: string) => ({ pk: `USER#${id}`, sk: 'PROFILE' });
const identityKey = (openid: string) => ({ pk: `OPENID#${openid}`, sk: 'IDENTITY' });

export type UserRecord = {
  id: string;
  openid: string;
  nickname: string;
  roles: Role[];
  phone: string | null;
  createdAt: string;
  updatedAt: string;
};

const toRecord = (item: Record<string, unknown>): UserRecord => ({
  id: item.id as string,
  openid: item.openid as string,
  nickname: item.nickname as string,
  roles: (item.roles as Role[] | undefined) ?? ['citizen'],
  phone: (item.phone as string | undefined) ?? null,
  createdAt: item.createdAt as string,
  updatedAt: item.updatedAt as string,
});

export async function getUser(id: string): Promise<UserRecord | null> {
  const item = await ProfileModel.get(profileKey(id));
  return item ? toRecord(item.toJSON()) : null;
}

/**
 * The user behind an openid, created on first use. Safe when the same person logs in from two
 * phones at once, and when a previous attempt stopped between the two writes.
 */
export async function findOrCreateByOpenid(
  openid: string,
  defaults: { nickname: string; roles?: Role[] },
): Promise<{ user: UserRecord; created: boolean }> {
  const now = new Date().toISOString();
  let identity = await IdentityModel.get(identityKey(openid));
  if (!identity) {
    try {
      identity = await IdentityModel.create(
        { ...identityKey(openid), userId: ulid(), createdAt: now },
        { overwrite: false },
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      identity = await IdentityModel.get(identityKey(openid), { consistent: true });
      if (!identity) throw error;
    }
  }
  const userId = identity.toJSON().userId as string;
  const existing = await getUser(userId);
  if (existing) return { user: existing, created: false };
  const record: UserRecord = {
    id: userId,
    openid,
    nickname: defaults.nickname,
    roles: defaults.roles ?? ['citizen'],
    phone: null,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ProfileModel.create({ ...profileKey(userId), ...withoutNulls(record) }, { overwrite: false });
    return { user: record, created: true };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const winner = await ProfileModel.get(profileKey(userId), { consistent: true });
    if (!winner) throw error;
    return { user: toRecord(winner.toJSON()), created: false };
  }
}

const withoutNulls = (record: UserRecord) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null));

/** Replaces the roles of an existing user; null when there is no such user. */
export async function setRoles(id: string, roles: Role[]): Promise<UserRecord | null> {
  try {
    const item = await ProfileModel.update(
      profileKey(id),
      { roles, updatedAt: new Date().toISOString() },
      { condition: new dynamoose.Condition('pk').exists(), returnValues: 'ALL_NEW' },
    );
    return toRecord(item.toJSON());
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
}

/**
 * Removes the profile (all personal data) first, then the openid link: a retry after a crash in
 * between finds no profile, and a later login with the same WeChat starts afresh.
 */
export async function deleteUser(user: UserRecord): Promise<void> {
  await ProfileModel.delete(profileKey(user.id));
  await IdentityModel.delete(identityKey(user.openid));
}
