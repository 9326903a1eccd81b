import { listOf } from '@szkc/shared';
import { request } from '../../api/client';
import { contestSummarySchema, rankingSchema } from '../../contests/schemas';

// The contest organiser's calls (API.md "Review"); kept here so they ship in this subpackage only.
const contestPath = (id: string) => `/contests/${encodeURIComponent(id)}`;

/** The contests this organiser runs, drafts included (GET /me/contests of the contests backend). */
export const listMyContests = (cursor?: string) =>
  request('GET', '/me/contests', { query: { cursor, limit: 20 }, schema: listOf(contestSummarySchema) });

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
