import { listOf, type EnterpriseProfile } from '@szkc/shared';
import {
  contestEligibilitySchema,
  contestSchema,
  contestSummarySchema,
  entrySchema,
  myEntrySchema,
  planLinkSchema,
  planUploadTicketSchema,
  type EntryCreate,
  type EntryEdit,
} from '../contests/schemas';
import { request } from './client';

// The citizen and team side of the contests API (API.md "Innovation contests"). Only pages of the
// contests subpackage import it, so it ships there and not in the main package.

const contestPath = (id: string) => `/contests/${encodeURIComponent(id)}`;
const entryPath = (contestId: string, entryId: string) =>
  `${contestPath(contestId)}/entries/${encodeURIComponent(entryId)}`;

export const listContests = (cursor?: string) =>
  request('GET', '/contests', { query: { cursor, limit: 20 }, schema: listOf(contestSummarySchema) });

/** With a token the answer carries `myEntry`. */
export const fetchContest = (id: string) => request('GET', contestPath(id), { schema: contestSchema });

export const checkContestEligibility = (id: string, profile: EnterpriseProfile) =>
  request('POST', `${contestPath(id)}/eligibility`, { body: { profile }, schema: contestEligibilitySchema });

export const createEntry = (contestId: string, body: EntryCreate) =>
  request('POST', `${contestPath(contestId)}/entries`, { body: { ...body }, schema: entrySchema });

export const listMyEntries = (cursor?: string) =>
  request('GET', '/me/entries', { query: { cursor, limit: 20 }, schema: listOf(myEntrySchema) });

export const fetchEntry = (contestId: string, entryId: string) =>
  request('GET', entryPath(contestId, entryId), { schema: entrySchema });

export const editEntry = (contestId: string, entryId: string, version: number, edit: EntryEdit) =>
  request('PATCH', entryPath(contestId, entryId), { body: { version, ...edit }, schema: entrySchema });

export const joinEntry = (contestId: string, joinCode: string) =>
  request('POST', `${contestPath(contestId)}/join`, { body: { joinCode }, schema: entrySchema });

export const removeMember = (contestId: string, entryId: string, userId: string) =>
  request('DELETE', `${entryPath(contestId, entryId)}/members/${encodeURIComponent(userId)}`, {
    schema: entrySchema,
  });

/** A fresh join code valid 7 days (the leader). */
export const renewJoinCode = (contestId: string, entryId: string) =>
  request('POST', `${entryPath(contestId, entryId)}/join-code`, { schema: entrySchema });

export const submitEntry = (contestId: string, entryId: string) =>
  request('POST', `${entryPath(contestId, entryId)}/submit`, { schema: entrySchema });

export const withdrawEntry = (contestId: string, entryId: string) =>
  request('POST', `${entryPath(contestId, entryId)}/withdraw`, { schema: entrySchema });

export const requestPlanUpload = (
  contestId: string,
  entryId: string,
  file: { fileName: string; contentType: string; size: number },
) =>
  request('POST', `${entryPath(contestId, entryId)}/plan/upload`, {
    body: file,
    schema: planUploadTicketSchema,
  });

export const confirmPlan = (contestId: string, entryId: string, key: string) =>
  request('POST', `${entryPath(contestId, entryId)}/plan`, { body: { key }, schema: entrySchema });

/** A pre-signed GET of the plan, valid 10 minutes. */
export const fetchPlanLink = (contestId: string, entryId: string) =>
  request('GET', `${entryPath(contestId, entryId)}/plan`, { schema: planLinkSchema });
