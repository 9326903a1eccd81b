// List cursors (`?cursor=` of API.md): a small JSON value, sealed with AES-256-GCM under a key
// derived from the server secret, so a cursor is opaque (it does not show the store's keys or the
// ids inside them) and unforgeable (a changed character fails authentication). What comes back is
// still checked against a schema. Every list uses this codec.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import * as z from '@szkc/shared/zod';
import { jwtSecret } from '../config';
import { validationFailed } from '../errors';

const invalidCursor = () =>
  validationFailed([{ path: 'cursor', message: '分页游标无效，请从第一页重新加载' }]);

let key: Buffer | undefined;
let loading: Promise<Buffer> | undefined;
/**
 * Loads the cursor key once per cold start (the secret may come from SSM). Every app awaits it
 * before its handlers (http/app.ts), so the codec itself stays synchronous.
 */
export const loadCursorKey = () =>
  (loading ??= jwtSecret().then(
    (secret) => (key = createHmac('sha256', secret).update('szkc-cursor-v1').digest()),
    (error: unknown) => {
      loading = undefined; // the next request tries again
      throw error;
    },
  ));

const cursorKey = () => {
  if (!key) throw new Error('cursor key not loaded');
  return key;
};

const ivBytes = 12;
const tagBytes = 16;

export function encodeCursor(value: object | undefined): string | null {
  if (!value) return null;
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', cursorKey(), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(value)), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

function open(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
  const raw = Buffer.from(cursor, 'base64url');
  if (raw.length <= ivBytes + tagBytes) throw invalidCursor();
  try {
    const decipher = createDecipheriv('aes-256-gcm', cursorKey(), raw.subarray(0, ivBytes));
    decipher.setAuthTag(raw.subarray(raw.length - tagBytes));
    const plain = Buffer.concat([
      decipher.update(raw.subarray(ivBytes, raw.length - tagBytes)),
      decipher.final(),
    ]);
    return JSON.parse(plain.toString());
  } catch {
    // Altered, forged, or sealed under another key.
    throw invalidCursor();
  }
}

/** The value of a cursor this server issued; anything else (also '') is a 422 on `cursor`. */
export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.output<S> {
  const value = schema.safeParse(open(cursor));
  if (!value.success) throw invalidCursor();
  return value.data;
}

const keyValue = z.string().min(1).max(256);
/** A start key of a table's index: exactly the table's keys and the index's, all strings. */
const startKeySchemas = {
  gsi1: z.strictObject({ pk: keyValue, sk: keyValue, gsi1pk: keyValue, gsi1sk: keyValue }),
  gsi2: z.strictObject({ pk: keyValue, sk: keyValue, gsi2pk: keyValue, gsi2sk: keyValue }),
};

/**
 * The store's start key in a cursor of a list read from `index`, only if it belongs to that very
 * list (`partition`: the index key it was read under), so a cursor of someone else's list cannot
 * read it. No cursor (or an empty one) is the first page.
 */
export function decodeStartKey(
  cursor: string | undefined,
  index: keyof typeof startKeySchemas,
  partition: Record<string, string>,
): Record<string, string> | undefined {
  if (!cursor) return undefined;
  const key: Record<string, string> = decodeCursor(cursor, startKeySchemas[index]);
  for (const [field, value] of Object.entries(partition)) {
    if (key[field] !== value) throw invalidCursor();
  }
  return key;
}
