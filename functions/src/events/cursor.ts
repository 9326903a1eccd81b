// List cursors: the store's own start key, opaque to clients, checked when it comes back.
import { z } from '@szkc/shared';
import { ApiError } from '../http/errors';

const keyValue = z.string().min(1).max(256);
/** A start key of the table or one of its indexes: exactly these four string attributes. */
const keySchemas = {
  gsi1: z.strictObject({ pk: keyValue, sk: keyValue, gsi1pk: keyValue, gsi1sk: keyValue }),
  gsi2: z.strictObject({ pk: keyValue, sk: keyValue, gsi2pk: keyValue, gsi2sk: keyValue }),
};

export const encodeCursor = (key: Record<string, unknown> | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

export function decodeCursor(
  cursor: string | undefined,
  index: keyof typeof keySchemas,
  expectPrefix: Record<string, string>,
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const invalid = () =>
    new ApiError(422, 'VALIDATION_FAILED', '分页参数无效，请从第一页重新加载', {
      issues: [{ path: 'cursor', message: '分页参数无效' }],
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw invalid();
  }
  const key = keySchemas[index].safeParse(parsed);
  if (!key.success) throw invalid();
  const fields = key.data as Record<string, string>;
  // A cursor of one list cannot be used to read another (someone else's registrations, say).
  for (const [field, prefix] of Object.entries(expectPrefix)) {
    if (!fields[field]?.startsWith(prefix)) throw invalid();
  }
  return fields;
}
