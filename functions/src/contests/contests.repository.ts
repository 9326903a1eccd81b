// Contests: create, read, change, publish, list. The counters on the contest item (entryCount,
// reviewerCount, rubricRevision) change only by conditional updates here.
import { ulid } from 'ulid';
import { isId, parseIsoInstant, toShanghaiIso, type ContestCreate, type ContestPatch } from '@szkc/shared';
import { tableNames } from '../config';
import { DomainError, conflict } from '../errors';
import { documents } from '../store/document';
import { inPartition, queryAll, queryPage, scanAll, updateIf } from '../store/operations';
import {
  contestKey,
  contestSk,
  organizerKeys,
  organizerPartition,
  publishedKeys,
  publishedPartition,
  type ContestItem,
} from './items';
import { setFields } from './update-expression';

const TableName = () => tableNames.contests;
const ms = (iso: string) => parseIsoInstant(iso)!;

/** Server-made ids only: anything else names nothing, and costs no store call. */

export async function getContest(contestId: string, consistent = false): Promise<ContestItem | null> {
  if (!isId(contestId)) return null;
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: contestKey(contestId),
    ConsistentRead: consistent,
  });
  return (Item as ContestItem | undefined) ?? null;
}

/** Every contest, drafts too: the repair routine's walk (a Scan, run rarely). */
export const allContests = () =>
  scanAll<Pick<ContestItem, 'id'>>({
    TableName: TableName(),
    FilterExpression: 'sk = :contest',
    ProjectionExpression: '#id',
    ExpressionAttributeNames: { '#id': 'id' },
    ExpressionAttributeValues: { ':contest': contestSk },
  });

export async function getContests(ids: string[]): Promise<Map<string, ContestItem>> {
  const byId = new Map<string, ContestItem>();
  for (let i = 0; i < ids.length; i += 100) {
    const batch = await documents.batchGet({
      RequestItems: { [TableName()]: { Keys: ids.slice(i, i + 100).map(contestKey) } },
    });
    for (const item of (batch.Responses?.[TableName()] ?? []) as ContestItem[]) byId.set(item.id, item);
  }
  return byId;
}

/** Stored in the city's zone for people, and as epoch ms for conditions and sorting. */
const times = (input: Pick<ContestCreate, 'signupOpensAt' | 'signupClosesAt'>) => ({
  signupOpensAt: toShanghaiIso(ms(input.signupOpensAt)),
  signupClosesAt: toShanghaiIso(ms(input.signupClosesAt)),
  opensMs: ms(input.signupOpensAt),
  closesMs: ms(input.signupClosesAt),
});

export async function createContest(
  input: ContestCreate,
  organizer: { id: string; name: string },
  id: string = ulid(),
): Promise<ContestItem> {
  const now = new Date().toISOString();
  const item: ContestItem = {
    ...contestKey(id),
    id,
    title: input.title,
    kind: input.kind,
    description: input.description,
    ...times(input),
    teamMin: input.teamMin,
    teamMax: input.teamMax,
    tracks: input.tracks,
    groups: input.groups,
    rubric: input.rubric,
    rounds: input.rounds.map((round) => ({ ...round, status: 'open' as const })),
    published: false,
    organizerId: organizer.id,
    organizerName: organizer.name,
    entryCount: 0,
    rubricRevision: 0,
    reviewerCount: 0,
    version: 0,
    createdAt: now,
    updatedAt: now,
    ...organizerKeys(organizer.id, now, id),
  };
  await documents.put({
    TableName: TableName(),
    Item: item,
    ConditionExpression: 'attribute_not_exists(pk)',
  });
  return item;
}

/**
 * Applies a checked patch on condition that the contest is still the one read (`version`). A new
 * rubric also needs no score to exist yet: RUBRIC_LOCKED.
 */
export async function patchContest(contest: ContestItem, patch: ContestPatch): Promise<ContestItem> {
  const fields: Record<string, unknown> = { updatedAt: new Date().toISOString() };
  for (const field of ['title', 'kind', 'description', 'teamMin', 'teamMax', 'tracks', 'groups'] as const) {
    if (patch[field] !== undefined) fields[field] = patch[field];
  }
  if (patch.signupOpensAt || patch.signupClosesAt) {
    Object.assign(fields, times({ ...contest, ...patch }));
    if (contest.published)
      Object.assign(fields, publishedKeys(contest.id, ms(patch.signupOpensAt ?? contest.signupOpensAt)));
  }
  if (patch.rounds) {
    // A round keeps its status when it is renamed; a new round starts open.
    fields.rounds = patch.rounds.map((round) => ({
      ...round,
      status: contest.rounds.find((r) => r.n === round.n)?.status ?? 'open',
    }));
  }
  const rubricChanges =
    patch.rubric !== undefined && JSON.stringify(patch.rubric) !== JSON.stringify(contest.rubric);
  if (rubricChanges) {
    fields.rubric = patch.rubric;
    fields.rubricRevision = contest.rubricRevision + 1;
  }
  fields.version = contest.version + 1;
  const { assignments, names, values } = setFields(fields);
  const conditions = ['version = :read'];
  if (rubricChanges) conditions.push('attribute_not_exists(scoredAt)');
  const updated = await updateIf<ContestItem>({
    TableName: TableName(),
    Key: contestKey(contest.id),
    UpdateExpression: `SET ${assignments.join(', ')}`,
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ...values, ':read': contest.version },
  });
  if (updated) return updated;
  const now = await getContest(contest.id, true);
  if (rubricChanges && now?.scoredAt) throw new DomainError('RUBRIC_LOCKED');
  throw conflict('大赛刚刚被其他人修改，请刷新后重试');
}

export async function publishContest(contest: ContestItem): Promise<ContestItem> {
  if (contest.published) return contest;
  const keys = publishedKeys(contest.id, contest.opensMs);
  const updated = await updateIf<ContestItem>({
    TableName: TableName(),
    Key: contestKey(contest.id),
    UpdateExpression: 'SET published = :yes, updatedAt = :now, gsi1pk = :gpk, gsi1sk = :gsk ADD version :one',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: {
      ':yes': true,
      ':now': new Date().toISOString(),
      ':gpk': keys.gsi1pk,
      ':gsk': keys.gsi1sk,
      ':one': 1,
    },
  });
  if (!updated) throw conflict('大赛不存在');
  return updated;
}

/** The public list: published contests, latest signup first. One Query. */
export const listPublished = (limit: number, start: Record<string, unknown> | undefined) =>
  queryPage<ContestItem>(
    {
      TableName: TableName(),
      IndexName: 'gsi1',
      ...inPartition(publishedPartition),
      ScanIndexForward: false,
    },
    limit,
    start,
  );

/** An organiser's own contests, drafts too, newest first. One Query. */
export const listByOrganizer = (userId: string, limit: number, start: Record<string, unknown> | undefined) =>
  queryPage<ContestItem>(
    {
      TableName: TableName(),
      IndexName: 'gsi2',
      ...inPartition(organizerPartition(userId)),
      ScanIndexForward: false,
    },
    limit,
    start,
  );

/** Moves the contest's entry counter; entries call it once per creation and withdrawal. */
export async function addEntryCount(contestId: string, delta: 1 | -1): Promise<void> {
  await documents.update({
    TableName: TableName(),
    Key: contestKey(contestId),
    UpdateExpression: 'ADD entryCount :delta',
    ExpressionAttributeValues: { ':delta': delta },
  });
}

/** Sets a round's status (the round exists: checked by the caller from the contest read). */
export async function setRoundStatus(
  contest: ContestItem,
  n: number,
  status: 'open' | 'closed',
): Promise<ContestItem> {
  const index = contest.rounds.findIndex((round) => round.n === n);
  const updated = await updateIf<ContestItem>({
    TableName: TableName(),
    Key: contestKey(contest.id),
    UpdateExpression: `SET rounds[${index}].#status = :status, updatedAt = :now ADD version :one`,
    ConditionExpression: `rounds[${index}].n = :n`,
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': status, ':n': n, ':now': new Date().toISOString(), ':one': 1 },
  });
  if (!updated) throw conflict('评审轮次刚刚被修改，请刷新后重试');
  return updated;
}

/** Every published contest with its tracks (the bureau's overview): one Query per 1 MB. */
const publishedList = inPartition(publishedPartition);
export const allPublishedContests = () =>
  queryAll<Pick<ContestItem, 'id' | 'title' | 'tracks'>>({
    TableName: TableName(),
    IndexName: 'gsi1',
    ...publishedList,
    ProjectionExpression: '#id, title, tracks',
    ExpressionAttributeNames: { ...publishedList.ExpressionAttributeNames, '#id': 'id' },
  });
