// Settings come from the environment that serverless.yml (or the local stack) gives the function.
// Secrets are never in the environment of a deployed stage: only the names of SSM parameters.
import * as z from '@szkc/shared/zod';

const env = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

export const stage = env('STAGE') ?? 'local';
export const isProd = stage === 'prod';

/**
 * The stages with developer conveniences: dev login, injected faults (`x-fault`) and secrets from
 * the environment. Fail closed: any other stage name (prod, production, staging, a typo) and a
 * missing STAGE get none of them, whatever else the environment says.
 */
export const devStages: readonly string[] = ['local', 'test'];
export const isDevStage = (name: string | undefined) => name !== undefined && devStages.includes(name);
export const onDevStage = isDevStage(env('STAGE'));

/** Dev login (`dev:<name>` codes) is for the local stack and tests, never for a deployed stage. */
export const devLoginEnabled = onDevStage && env('DEV_LOGIN') === '1';
/** Injected failure points (events/faults.ts), for the fault tests only; FAULTS is read each time. */
export const faultsEnabled = () => onDevStage && env('FAULTS') === '1';

export const tableNames = {
  users: env('TABLE_USERS') ?? `szkc-${stage}-users`,
  policies: env('TABLE_POLICIES') ?? `szkc-${stage}-policies`,
  events: env('TABLE_EVENTS') ?? `szkc-${stage}-events`,
  venues: env('TABLE_VENUES') ?? `szkc-${stage}-venues`,
  contests: env('TABLE_CONTESTS') ?? `szkc-${stage}-contests`,
  limits: env('TABLE_LIMITS') ?? `szkc-${stage}-limits`,
  stats: env('TABLE_STATS') ?? `szkc-${stage}-stats`,
};

/** What a rate limit allows one client: `limit` requests per fixed window of `windowSeconds`. */
export type RateLimit = { limit: number; windowSeconds: number };
export type RateLimitName = 'login' | 'registration' | 'venueCheckin' | 'entryEdit';

/**
 * Per-client limits where abuse costs us or others (limits/limits.ts). Every stage, the local stack
 * included, runs these; generous for a person, tight for a script.
 */
export const defaultRateLimits: Record<RateLimitName, RateLimit> = {
  // Logins per WeChat identity. The mini-program logs in when it starts without a valid token,
  // and a token lasts 7 days: a person needs a handful a day; 1000 in 6 s is a script.
  login: { limit: 20, windowSeconds: 600 },
  // New registrations per person across events (seat hoarding). A repeat tap on a registration
  // the person already has is not counted, nor is a refused attempt (EVENT_FULL, closed…).
  registration: { limit: 10, windowSeconds: 3600 },
  // Venue check-in attempts per person, refused ones included (a wrong code, too far away): a
  // visitor touring several venues in a day, with a few retries, stays far below.
  venueCheckin: { limit: 20, windowSeconds: 600 },
  // Saves of contest entries per person: each is a deliberate 保存, never an autosave.
  entryEdit: { limit: 60, windowSeconds: 600 },
};

const rateLimitSchema = z.object({
  limit: z.number().int().min(1),
  windowSeconds: z.number().int().min(1).max(86_400),
});

/**
 * The limits in force. `RATE_LIMITS` (JSON, e.g. `{"login":{"limit":3,"windowSeconds":2}}`)
 * overrides some of them, for tests only: honoured on the dev stages, ignored on any other.
 */
function rateLimitsOf(raw: string | undefined): Record<RateLimitName, RateLimit> {
  if (!raw || !onDevStage) return defaultRateLimits;
  const overrides = z
    .partialRecord(z.enum(['login', 'registration', 'venueCheckin', 'entryEdit']), rateLimitSchema)
    .parse(JSON.parse(raw));
  return { ...defaultRateLimits, ...overrides };
}
export const rateLimits = rateLimitsOf(env('RATE_LIMITS'));

/** The bucket of contest plans, and locally the S3-compatible server on loopback that stands in for S3. */
export const plansBucket = env('PLANS_BUCKET') ?? `szkc-${stage}-plans`;
export const objectStoreEndpoint = env('S3_ENDPOINT');

export const storeEndpoint = env('DYNAMODB_ENDPOINT');
export const region = env('AWS_REGION') ?? 'cn-northwest-1';

export const tokenSettings = {
  issuer: 'szkc-api',
  audience: 'szkc-miniapp',
  ttlSeconds: Number(env('TOKEN_TTL_SECONDS') ?? 7 * 24 * 3600),
};

export const wechatApiBase = env('WECHAT_API_BASE') ?? 'https://api.weixin.qq.com';
export const wechatAppId = env('WECHAT_APP_ID') ?? '';

/** Secrets read from SSM, kept for 15 minutes so that a rotated secret is picked up. */
const ssmCache = new Map<string, { value: Promise<string>; until: number }>();
const ssmMaxAgeMs = 15 * 60_000;

async function readSsm(name: string): Promise<string> {
  // Imported on first use: the SDK's SSM client would cost every cold start its load, and a
  // dev stage never needs it (esbuild keeps this dynamic import of an external package lazy).
  const { SSMClient, GetParameterCommand } = await import('@aws-sdk/client-ssm');
  const reply = await new SSMClient({ region }).send(
    new GetParameterCommand({ Name: name, WithDecryption: true }),
  );
  const value = reply.Parameter?.Value;
  if (!value) throw new Error(`empty SSM parameter ${name}`);
  return value;
}

/**
 * On a dev stage the secret comes from the environment only, and SSM is never called (no call
 * leaves the machine); a deployed stage reads SSM and ignores the environment.
 */
async function secret(localName: string, parameterName: string): Promise<string> {
  if (onDevStage) {
    const local = env(localName);
    if (!local) throw new Error(`missing setting ${localName} on stage ${stage}`);
    return local;
  }
  const name = env(parameterName);
  if (!name) throw new Error(`missing setting ${parameterName}`);
  const cached = ssmCache.get(name);
  if (cached && cached.until > Date.now()) return cached.value;
  const value = readSsm(name);
  ssmCache.set(name, { value, until: Date.now() + ssmMaxAgeMs });
  // A failed read is not kept: the next request asks again.
  value.catch(() => ssmCache.delete(name));
  return value;
}

export const jwtSecret = () => secret('JWT_SECRET', 'JWT_SECRET_PARAM');
export const wechatAppSecret = () => secret('WECHAT_APP_SECRET', 'WECHAT_APP_SECRET_PARAM');
