// zod as a namespace import, so the phone ships only what it calls (shared/src/zod.ts).
import * as z from 'zod';
import { criterionResultSchema } from '@szkc/shared';
import { ApiError } from '../api/errors';
import { entrySchema, type Entry } from './schemas';

// The `details` of contest errors (API.md), read with a schema: a body that lacks them still
// leaves the person with the error's own message.

const detailsOf = <S extends z.ZodType>(error: unknown, schema: S): z.output<S> | null => {
  if (!(error instanceof ApiError)) return null;
  const parsed = schema.safeParse(error.details ?? {});
  return parsed.success ? parsed.data : null;
};

/** ENTRY_INCOMPLETE: what is still missing, in the server's words. */
export const missingOf = (error: unknown): string[] =>
  detailsOf(error, z.object({ missing: z.array(z.string()) }))?.missing ?? [];

/** NOT_ELIGIBLE: the group's criteria as the engine judged them. */
export const failedCriteriaOf = (error: unknown) =>
  detailsOf(error, z.object({ criteria: z.array(criterionResultSchema) }))?.criteria ?? [];

/** ALREADY_ENTERED: the entry the person is in already. */
export const existingEntryOf = (error: unknown): string | null =>
  detailsOf(error, z.object({ entryId: z.string() }))?.entryId ?? null;

/** VERSION_CONFLICT: the entry as a teammate left it. */
export const currentEntryOf = (error: unknown): Entry | null =>
  detailsOf(error, z.object({ current: entrySchema }))?.current ?? null;

/** VALIDATION_FAILED: one message per top-level field. */
export function fieldIssuesOf(error: unknown): Record<string, string> {
  const issues =
    detailsOf(error, z.object({ issues: z.array(z.object({ path: z.string(), message: z.string() })) }))
      ?.issues ?? [];
  const byField: Record<string, string> = {};
  for (const issue of issues) byField[issue.path.split('.')[0] ?? ''] ??= issue.message;
  return byField;
}
