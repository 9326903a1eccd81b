// Logging in (WeChat, or dev names where enabled), granting roles, and the account's data export
// and deletion.
import { can, devNameSchema, type PersonalDataExport, type Role } from '@szkc/shared';
import { currentUser, requirePermission } from '../access/access';
import { devLoginEnabled } from '../config';
import { conflict, notFound, unauthenticated, validationFailed } from '../errors';
import { issueToken } from '../http/auth';
import * as users from '../users/users';
import { personalDataOwners } from '../account/personal-data';
import * as limits from '../limits/limits';
import { exchangeLoginCode } from './wechat';

const devPrefix = 'dev:';

async function openidOf(code: string): Promise<{ openid: string; nickname: string }> {
  if (!code.startsWith(devPrefix)) {
    return { ...(await exchangeLoginCode(code)), nickname: '微信用户' };
  }
  if (!devLoginEnabled) throw unauthenticated('此环境未开放开发登录');
  const name = devNameSchema.safeParse(code.slice(devPrefix.length));
  if (!name.success) {
    const message = name.error.issues[0]!.message;
    throw validationFailed([{ path: 'code', message }], message);
  }
  return { openid: `dev-${name.data}`, nickname: name.data };
}

/**
 * Logins are limited per identity (the openid WeChat answered, or the dev name's): the counter's
 * UpdateItem runs alongside the account's reads, so it adds a store call but no round trip. A
 * refused login creates nothing: only an identity that has logged in before can reach the limit.
 */
export async function login(code: string) {
  const { openid, nickname } = await openidOf(code);
  const [, { user }] = await Promise.all([
    limits.take('login', openid),
    users.findOrCreateByOpenid(openid, { nickname }),
  ]);
  return { token: await issueToken(user.id), user: users.toUser(user) };
}

export async function setRoles(adminId: string, targetId: string, roles: Role[]) {
  const admin = await requirePermission(adminId, can.grantRoles);
  // Every account stays a citizen; an admin cannot lock the last door behind themselves.
  const next = Array.from(new Set<Role>(['citizen', ...roles]));
  if (targetId === admin.id && !next.includes('admin')) {
    throw conflict('不能移除自己的管理员角色');
  }
  const updated = await users.setRoles(targetId, next);
  if (!updated) throw notFound('用户不存在');
  return users.toUser(updated);
}

/** The caller's account and what every capability holds about them, read in parallel. */
export async function exportData(userId: string): Promise<PersonalDataExport> {
  const [user, ...parts] = await Promise.all([
    currentUser(userId),
    ...personalDataOwners.map((owner) => owner.export(userId)),
  ]);
  return Object.assign(exportOf(user), ...parts);
}

export function exportOf(user: users.UserRecord): PersonalDataExport {
  return {
    exportedAt: new Date().toISOString(),
    user: {
      id: user.id,
      // The WeChat identity the account is keyed by is personal data too.
      wechatOpenid: user.openid,
      nickname: user.nickname,
      roles: user.roles,
      phone: user.phone,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
  };
}

/**
 * GetItem, then each capability's erasure in turn (registrations cancelled if upcoming, then
 * anonymised; the enterprise profile deleted), then the account (2 DeleteItems).
 * The account goes last, so a retry after a failure in between still finds it and finishes.
 */
export async function deleteAccount(userId: string) {
  const user = await currentUser(userId);
  for (const owner of personalDataOwners) await owner.erase(user.id);
  await users.deleteUser(user);
}
