// Users table: one profile item per user, and one identity item per WeChat openid that points to
// it. The identity is written first, on condition, so two first logins at once make one account.
// Every capability reads accounts through this module; it owns the table's keys.
import { ulid } from 'ulid';
import { maskPhone, type Role, type User } from '@szkc/shared';
import { tableNames } from '../config';
import { documents } from '../store/document';
import { loadDynamoose } from '../store/dynamoose';
import { unlessConditionFails } from '../store/operations';

const keySchema = {
  pk: { type: String, hashKey: true },
  sk: { type: String, rangeKey: true },
} as const;

/** The table's dynamoose models, built on the first write (store/dynamoose.ts says why). */
const models = async () => {
  const dynamoose = await loadDynamoose();
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
  new dynamoose.Table(tableNames.users, [ProfileModel, IdentityModel], {
    create: false,
    waitForActive: false,
    update: false,
  });
  return { dynamoose, ProfileModel, IdentityModel };
};
let modelsLoading: ReturnType<typeof models> | undefined;
const userModels = () => (modelsLoading ??= models());

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

/** The account as the API shows it to its owner. */
export const toUser = (record: UserRecord): User => ({
  id: record.id,
  nickname: record.nickname,
  roles: record.roles,
  phoneMasked: maskPhone(record.phone),
});

const toRecord = (item: Record<string, unknown>): UserRecord => ({
  id: item.id as string,
  openid: item.openid as string,
  nickname: item.nickname as string,
  roles: (item.roles as Role[] | undefined) ?? ['citizen'],
  phone: (item.phone as string | undefined) ?? null,
  createdAt: item.createdAt as string,
  updatedAt: item.updatedAt as string,
});

/**
 * Every authorised request reads the caller's profile: a plain GetItem, without the model's
 * per-item conversion (the hottest read of the API; the bench holds it to its budget).
 */
export async function getUser(id: string): Promise<UserRecord | null> {
  const { Item } = await documents.get({ TableName: tableNames.users, Key: profileKey(id) });
  return Item ? toRecord(Item) : null;
}

/**
 * The user behind an openid, created on first use. Safe when the same person logs in from two
 * phones at once, and when a previous attempt stopped between the two writes.
 */
export async function findOrCreateByOpenid(
  openid: string,
  defaults: { nickname: string; roles?: Role[] },
): Promise<{ user: UserRecord; created: boolean }> {
  const { ProfileModel, IdentityModel } = await userModels();
  const now = new Date().toISOString();
  let identity = await IdentityModel.get(identityKey(openid));
  if (!identity) {
    identity =
      (await unlessConditionFails(() =>
        IdentityModel.create(
          { ...identityKey(openid), userId: ulid(), createdAt: now },
          { overwrite: false },
        ),
      )) ?? (await IdentityModel.get(identityKey(openid), { consistent: true }));
    if (!identity) throw new Error(`identity of ${openid} neither written nor found`);
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
  const created = await unlessConditionFails(() =>
    ProfileModel.create({ ...profileKey(userId), ...withoutNulls(record) }, { overwrite: false }),
  );
  if (created) return { user: record, created: true };
  const winner = await ProfileModel.get(profileKey(userId), { consistent: true });
  if (!winner) throw new Error(`profile of ${userId} neither written nor found`);
  return { user: toRecord(winner.toJSON()), created: false };
}

const withoutNulls = (record: UserRecord) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null));

/** Replaces the roles of an existing user; null when there is no such user. */
export async function setRoles(id: string, roles: Role[]): Promise<UserRecord | null> {
  const { dynamoose, ProfileModel } = await userModels();
  const item = await unlessConditionFails(() =>
    ProfileModel.update(
      profileKey(id),
      { roles, updatedAt: new Date().toISOString() },
      { condition: new dynamoose.Condition('pk').exists(), returnValues: 'ALL_NEW' },
    ),
  );
  return item ? toRecord(item.toJSON()) : null;
}

/**
 * Removes the profile (all personal data) first, then the openid link: a retry after a crash in
 * between finds no profile, and a later login with the same WeChat starts afresh.
 */
export async function deleteUser(user: UserRecord): Promise<void> {
  const { ProfileModel, IdentityModel } = await userModels();
  await ProfileModel.delete(profileKey(user.id));
  await IdentityModel.delete(identityKey(user.openid));
}
