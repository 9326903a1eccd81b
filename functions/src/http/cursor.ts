// List cursors (`?cursor=` of API.md): a small JSON value, base64url-encoded so clients treat it as
// opaque, and checked against a schema when it comes back. Every list uses this codec.
import { z } from '@szkc/shared';
import { validationFailed } from '../errors';

const invalidCursor = () =>
  validationFailed([{ path: 'cursor', message: '分页游标无效，请从第一页重新加载' }]);

export const encodeCursor = (value: object | undefined): string | null =>
  value ? Buffer.from(JSON.stringify(value)).toString('base64url') : null;

/** The value of a cursor this server issued; anything else (also '') is a 422 on `cursor`. */
export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.output<S> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw invalidCursor();
  }
  const value = schema.safeParse(parsed);
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
