// Who is asking, and whether they may: below every capability. The rules themselves are the
// shared `can` (shared/src/permissions.ts), so the mini-program shows what the server allows.
import type { Actor } from '@szkc/shared';
import { forbidden, unauthenticated } from '../errors';
import { getUser, type UserRecord } from '../users/users';

/** The caller's account, one GetItem; a token of a deleted account is no longer a login. */
export async function currentUser(userId: string): Promise<UserRecord> {
  const user = await getUser(userId);
  if (!user) throw unauthenticated('账号不存在或已注销，请重新登录');
  return user;
}

/** Refuses with 403 unless the rule allows it. */
export function ensure(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}

/** The caller's account, if a rule about the caller alone allows what they ask. */
export async function requirePermission(
  userId: string,
  rule: (actor: Actor) => boolean,
  message?: string,
): Promise<UserRecord> {
  const user = await currentUser(userId);
  ensure(rule(user), message);
  return user;
}
