// Bearer tokens: HS256 JWTs signed with jose, carrying only the user id. Roles are read from the
// store when a route needs them, so a role granted or taken away counts at once.
import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Context, MiddlewareHandler } from 'hono';
import { jwtSecret, tokenSettings } from '../config';
import type { AppEnv, AuthInfo } from './app';
import { unauthenticated } from '../errors';

// Imported once per cold start: given raw bytes, jose would import the key again for every token.
let keyPromise: Promise<webcrypto.CryptoKey> | undefined;
const signingKey = () =>
  (keyPromise ??= jwtSecret()
    .then((secret) =>
      webcrypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(secret),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign', 'verify'],
      ),
    )
    .catch((error: unknown) => {
      keyPromise = undefined; // the next request tries again
      throw error;
    }));

export async function issueToken(userId: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(tokenSettings.issuer)
    .setAudience(tokenSettings.audience)
    .setIssuedAt()
    .setExpirationTime(`${tokenSettings.ttlSeconds}s`)
    .sign(await signingKey());
}

async function verifyToken(token: string): Promise<AuthInfo> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(), {
      algorithms: ['HS256'],
      issuer: tokenSettings.issuer,
      audience: tokenSettings.audience,
      // A token without an expiry or an issue time, or older than a token may live, is refused.
      requiredClaims: ['exp', 'iat', 'sub'],
      maxTokenAge: tokenSettings.ttlSeconds,
    });
    if (!payload.sub) throw unauthenticated('登录凭证无效，请重新登录');
    return { userId: payload.sub };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('登录已过期，请重新登录');
    if (error instanceof joseErrors.JOSEError) throw unauthenticated('登录凭证无效，请重新登录');
    throw error;
  }
}

const bearer = (c: Context<AppEnv>) => {
  const header = c.req.header('authorization');
  if (!header) return undefined;
  const match = /^Bearer\s+(\S{1,4096})$/i.exec(header.trim());
  if (!match) throw unauthenticated('登录凭证格式不正确');
  return match[1]!;
};

/** Rejects the request with 401 unless it carries a valid token. */
export const requireAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = bearer(c);
  if (!token) throw unauthenticated();
  c.set('auth', await verifyToken(token));
  await next();
};

/** For public routes that answer more with a token; a bad token is still a 401. */
export const optionalAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = bearer(c);
  if (token) c.set('auth', await verifyToken(token));
  await next();
};

export function authOf(c: Context<AppEnv>): AuthInfo {
  const auth = c.get('auth');
  if (!auth) throw unauthenticated();
  return auth;
}
