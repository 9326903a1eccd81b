import { contestSchema, listOf, reviewerSchema, type ContestCreate, type ContestPatch } from '@szkc/shared';
import { request } from '../../api/client';
import { contestSummarySchema, rankingSchema } from '../../contests/schemas';

// The contest organiser's calls (API.md "Review"); kept here so they ship in this subpackage only.
const contestPath = (id: string) => `/contests/${encodeURIComponent(id)}`;

/** The contests this organiser runs, drafts included (GET /me/contests of the contests backend). */
export const listMyContests = (cursor?: string) =>
  request('GET', '/me/contests', { query: { cursor, limit: 20 }, schema: listOf(contestSummarySchema) });

/** The contest as the backend's own schema reads it: the edit form needs `rubricLocked`. */
export const fetchContestForEdit = (id: string) => request('GET', contestPath(id), { schema: contestSchema });

export const createContest = (body: ContestCreate) =>
  request('POST', '/contests', { body: { ...body }, schema: contestSchema });

export const patchContest = (id: string, patch: ContestPatch) =>
  request('PATCH', contestPath(id), { body: { ...patch }, schema: contestSchema });

export const publishContest = (id: string) =>
  request('POST', `${contestPath(id)}/publish`, { schema: contestSchema });

/** Reviewers with the scores each has given in the open rounds: the progress view. */
export const listReviewers = (contestId: string) =>
  request('GET', `${contestPath(contestId)}/reviewers`, { schema: listOf(reviewerSchema) });

export interface ReviewerAssignment {
  userId: string;
  trackIds: string[];
  organizationName?: string;
}

export const replaceReviewers = (contestId: string, reviewers: ReviewerAssignment[]) =>
  request('PUT', `${contestPath(contestId)}/reviewers`, { body: { reviewers } });

export const fetchRanking = (contestId: string, round: number) =>
  request('GET', `${contestPath(contestId)}/ranking`, { query: { round }, schema: rankingSchema });

export const rankingXlsxPath = (contestId: string, round: number) =>
  `${contestPath(contestId)}/ranking.xlsx?round=${round}`;

export const closeRound = (contestId: string, round: number) =>
  request('POST', `${contestPath(contestId)}/rounds/${round}/close`);

export const advanceEntries = (contestId: string, round: number, entryIds: string[]) =>
  request('POST', `${contestPath(contestId)}/rounds/${round}/advance`, { body: { entryIds } });
