// Entries, memberships and join codes. Every write of an entry is conditional on the `version` it
// read; a person's membership item (one per contest) is written on attribute_not_exists.
import { tableNames } from '../config';
import { conflict } from '../errors';
import { documents } from '../store/document';
import { deleteIf, inPartition, putIfAbsent, queryAll, updateIf } from '../store/operations';
import {
  contestPartition,
  entryKey,
  entryPrefix,
  joinCodeKey,
  membershipKey,
  personKeys,
  personPartition,
  type EntryItem,
  type JoinCodeItem,
  type MembershipItem,
} from './items';
import { isId } from '@szkc/shared';
import { setFields } from './update-expression';

const TableName = () => tableNames.contests;

export async function getEntry(
  contestId: string,
  entryId: string,
  consistent = false,
): Promise<EntryItem | null> {
  if (!isId(contestId) || !isId(entryId)) return null;
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: entryKey(contestId, entryId),
    ConsistentRead: consistent,
  });
  return (Item as EntryItem | undefined) ?? null;
}

/** The keys of a new entry item. */
export const entryItemKey = entryKey;

export async function putEntry(entry: EntryItem): Promise<void> {
  await documents.put({
    TableName: TableName(),
    Item: entry,
    ConditionExpression: 'attribute_not_exists(pk)',
  });
}

/** The change an entry write makes, decided from the entry as it now is. */
export type EntryChange = {
  set: Record<string, unknown>;
  /** More conditions besides the version, with their values (`:name` keys). */
  condition?: { expression: string; values: Record<string, unknown>; names?: Record<string, string> };
};

/** One conditional UpdateItem: the entry after the change, or null when it is no longer the one read. */
export async function writeEntry(entry: EntryItem, change: EntryChange): Promise<EntryItem | null> {
  const { assignments, names, values } = setFields({
    ...change.set,
    version: entry.version + 1,
    updatedAt: new Date().toISOString(),
  });
  return updateIf<EntryItem>({
    TableName: TableName(),
    Key: entryKey(entry.contestId, entry.id),
    UpdateExpression: `SET ${assignments.join(', ')}`,
    ConditionExpression: ['version = :read', change.condition?.expression].filter(Boolean).join(' AND '),
    ExpressionAttributeNames: { ...names, ...change.condition?.names },
    ExpressionAttributeValues: { ...values, ':read': entry.version, ...change.condition?.values },
  });
}

const maxAttempts = 30;

/**
 * A write decided by the server from the entry as it is (join, leave, plan, submit): read, decide,
 * write on the version read; when a teammate wrote first, read again and decide again. `decide`
 * throws the domain error when the entry as it now is does not allow the change.
 */
export async function mutateEntry(
  contestId: string,
  entryId: string,
  decide: (entry: EntryItem) => EntryChange | 'unchanged',
): Promise<EntryItem> {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const entry = await getEntry(contestId, entryId, true);
    if (!entry) throw conflict('参赛项目不存在');
    const change = decide(entry);
    if (change === 'unchanged') return entry;
    const written = await writeEntry(entry, change);
    if (written) return written;
  }
  throw conflict('队友正在同时修改，请稍后重试');
}

export async function getMembership(contestId: string, userId: string): Promise<MembershipItem | null> {
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: membershipKey(contestId, userId),
    ConsistentRead: true,
  });
  return (Item as MembershipItem | undefined) ?? null;
}

/** The person's one place in the contest, unless they hold one already. */
export async function putMembership(
  contestId: string,
  userId: string,
  entryId: string,
): Promise<'created' | 'exists'> {
  const joinedAt = new Date().toISOString();
  const item: MembershipItem = {
    ...membershipKey(contestId, userId),
    contestId,
    entryId,
    userId,
    joinedAt,
    ...personKeys(userId, joinedAt, contestId),
  };
  return putIfAbsent({ TableName: TableName(), Item: item });
}

/** Gives the place up, only if it is still the one in this entry. */
export const deleteMembership = (contestId: string, userId: string, entryId: string) =>
  deleteIf({
    TableName: TableName(),
    Key: membershipKey(contestId, userId),
    ConditionExpression: 'entryId = :entry',
    ExpressionAttributeValues: { ':entry': entryId },
  });

export const putJoinCode = (contestId: string, code: string, entryId: string, expiresMs: number) =>
  putIfAbsent({ TableName: TableName(), Item: { ...joinCodeKey(contestId, code), entryId, expiresMs } });

export async function getJoinCode(contestId: string, code: string): Promise<JoinCodeItem | null> {
  const { Item } = await documents.get({ TableName: TableName(), Key: joinCodeKey(contestId, code) });
  return (Item as JoinCodeItem | undefined) ?? null;
}

export async function deleteJoinCode(contestId: string, code: string): Promise<void> {
  await documents.delete({ TableName: TableName(), Key: joinCodeKey(contestId, code) });
}

/** Every entry of a contest (organiser's views, reviews, ranking): one Query per page. */
export const entriesOfContest = (contestId: string) =>
  queryAll<EntryItem>({
    TableName: TableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': contestPartition(contestId).pk, ':prefix': entryPrefix },
  });

/** A person's memberships in every contest, newest first. */
export const membershipsOf = (userId: string) =>
  queryAll<MembershipItem>({
    TableName: TableName(),
    IndexName: 'gsi2',
    ...inPartition(personPartition(userId)),
    ScanIndexForward: false,
  });

export async function getEntries(keys: Array<{ contestId: string; entryId: string }>): Promise<EntryItem[]> {
  const entries: EntryItem[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    const batch = await documents.batchGet({
      RequestItems: {
        [TableName()]: { Keys: keys.slice(i, i + 100).map((k) => entryKey(k.contestId, k.entryId)) },
      },
    });
    entries.push(...((batch.Responses?.[TableName()] ?? []) as EntryItem[]));
  }
  return entries;
}

/** Track and status of each entry of a contest (the bureau's overview): one small Query. */
export const entryFiguresOf = (contestId: string) =>
  queryAll<Pick<EntryItem, 'trackId' | 'status' | 'submittedAt'>>({
    TableName: TableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': contestPartition(contestId).pk, ':prefix': entryPrefix },
    ProjectionExpression: 'trackId, #status, submittedAt',
    ExpressionAttributeNames: { '#status': 'status' },
  });
