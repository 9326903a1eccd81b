// Rate limits per client: a fixed-window counter per (limit, client, window) in the limits table,
// which this module owns. Taking a request's place is one conditional UpdateItem (ADD on
// condition that the window is not full); a refusal is 429 RATE_LIMITED with Retry-After.
//
// The window is part of the item's key, so a finished window is never read again: an expired
// counter cannot count, whether or not the store has deleted it yet (dynalite has no TTL, and
// DynamoDB's TTL deletes late). `expiresAt` (epoch seconds, the table's TTL attribute) lets
// DynamoDB clean finished windows up.
//
// No personal data: the client in a key is a keyed hash (HMAC under a key derived from the server
// secret) of the openid or user id, which names nobody without that secret, and each counter is
// gone with its window (minutes, an hour at most). So there is nothing to export or erase, and this
// table is not among the personal-data owners (account/personal-data.ts).
import { createHmac } from 'node:crypto';
import { jwtSecret, rateLimits, tableNames, type RateLimitName } from '../config';
import { rateLimited } from '../errors';
import { documents } from '../store/document';
import { unlessConditionFails } from '../store/operations';

const messages: Record<RateLimitName, string> = {
  login: '登录太频繁，请稍后再试',
  registration: '报名太频繁，请稍后再试',
  venueCheckin: '打卡太频繁，请稍后再试',
  entryEdit: '保存太频繁，请稍后再试',
};

let key: Promise<Buffer> | undefined;
const hashKey = () =>
  (key ??= jwtSecret().then(
    (secret) => createHmac('sha256', secret).update('szkc-rate-limit-v1').digest(),
    (error: unknown) => {
      key = undefined; // the next request tries again
      throw error;
    },
  ));

/** The client's part of a counter's key: never the openid or user id itself. */
async function clientOf(name: RateLimitName, client: string) {
  return createHmac('sha256', await hashKey())
    .update(`${name}:${client}`)
    .digest('base64url')
    .slice(0, 22);
}

/** The counter of one client in the window that holds `nowMs`. */
export async function counterKey(name: RateLimitName, client: string, nowMs: number) {
  const { windowSeconds } = rateLimits[name];
  const window = Math.floor(nowMs / (windowSeconds * 1000));
  return {
    key: { pk: `${name}#${await clientOf(name, client)}`, sk: `${windowSeconds}s#${window}` },
    endsMs: (window + 1) * windowSeconds * 1000,
  };
}

export type Taken = {
  /** Gives the place back (the request turned out to be a repeat, or was refused): one UpdateItem. */
  giveBack: () => Promise<void>;
};

/**
 * Takes one place of `client` under limit `name`, or throws RATE_LIMITED with the seconds until
 * the window ends. One conditional UpdateItem.
 */
export async function take(name: RateLimitName, client: string, nowMs = Date.now()): Promise<Taken> {
  const { limit } = rateLimits[name];
  const { key: Key, endsMs } = await counterKey(name, client, nowMs);
  const counted = await unlessConditionFails(() =>
    documents.update({
      TableName: tableNames.limits,
      Key,
      UpdateExpression: 'ADD hits :one SET expiresAt = if_not_exists(expiresAt, :expiresAt)',
      ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
      ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expiresAt': Math.ceil(endsMs / 1000) },
    }),
  );
  if (!counted) throw rateLimited(Math.max(1, Math.ceil((endsMs - nowMs) / 1000)), messages[name]);
  return {
    giveBack: async () => {
      // Never creates a counter: one the store has meanwhile cleaned up has nothing to give back.
      await unlessConditionFails(() =>
        documents.update({
          TableName: tableNames.limits,
          Key,
          UpdateExpression: 'ADD hits :minusOne',
          ConditionExpression: 'hits > :zero',
          ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
        }),
      );
    },
  };
}
