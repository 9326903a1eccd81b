// List cursors: the store's own start key, opaque to clients, checked when it comes back.
import { z } from '@szkc/shared';
import { ApiError } from '../http/errors';

const keySchema = z
  .record(z.string().max(64), z.union([z.string().max(256), z.number()]))
  .refine((key) => Object.keys(key).length <= 6);

export const encodeCursor = (key: Record<string, unknown> | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

export function decodeCursor(
  cursor: string | undefined,
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
  const key = keySchema.safeParse(parsed);
  if (!key.success) throw invalid();
  // A cursor of one list cannot be used to read another (someone else's registrations, say).
  for (const [field, prefix] of Object.entries(expectPrefix)) {
    if (typeof key.data[field] !== 'string' || !String(key.data[field]).startsWith(prefix)) throw invalid();
  }
  return key.data;
}
