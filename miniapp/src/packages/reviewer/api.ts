import { listOf } from '@szkc/shared';
import { request } from '../../api/client';
import { reviewAssignmentSchema, scoreSchema } from '../../contests/schemas';

// The reviewer's calls of the contests API; kept here so they ship in this subpackage only.

export const listMyReviews = (cursor?: string) =>
  request('GET', '/me/reviews', { query: { cursor, limit: 100 }, schema: listOf(reviewAssignmentSchema) });

export const saveMyScore = (
  contestId: string,
  entryId: string,
  body: { round: number; scores: Record<string, number>; comment?: string },
) =>
  request(
    'PUT',
    `/contests/${encodeURIComponent(contestId)}/entries/${encodeURIComponent(entryId)}/scores/me`,
    {
      body,
      schema: scoreSchema,
    },
  );
