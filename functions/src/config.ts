// Settings come from the environment that serverless.yml (or the local stack) gives the function.
// Secrets are never in the environment of a deployed stage: only the names of SSM parameters.
import { getParameter } from '@aws-lambda-powertools/parameters/ssm';

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
  stats: env('TABLE_STATS') ?? `szkc-${stage}-stats`,
};

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

/**
 * On a dev stage the secret comes from the environment only, and SSM is never called (no call
 * leaves the machine); a deployed stage reads SSM once per cold start and ignores the environment.
 */
async function secret(localName: string, parameterName: string): Promise<string> {
  if (onDevStage) {
    const local = env(localName);
    if (!local) throw new Error(`missing setting ${localName} on stage ${stage}`);
    return local;
  }
  const name = env(parameterName);
  if (!name) throw new Error(`missing setting ${parameterName}`);
  const value = await getParameter(name, { decrypt: true, maxAge: 900 });
  if (!value) throw new Error(`empty SSM parameter ${name}`);
  return value;
}

export const jwtSecret = () => secret('JWT_SECRET', 'JWT_SECRET_PARAM');
export const wechatAppSecret = () => secret('WECHAT_APP_SECRET', 'WECHAT_APP_SECRET_PARAM');
