// Check-ins, first visits and the per-day counters. The once-a-day rule is the check-in's key and
// an attribute_not_exists condition; counters change only by atomic ADD, or by a recount written
// on condition that they did not move since it read them.
import { tableNames } from '../config';
import { documents } from '../store/document';
import { inPartition, putIfAbsent, queryAll, updateIf } from '../store/operations';
import {
  checkinDayPrefix,
  checkinKey,
  dayCounterKey,
  personPartition,
  personVenuePrefix,
  uncountedBefore,
  uncountedPartition,
  venuePartition,
  visitorKey,
  type CheckinItem,
  type DayCounterItem,
  type VisitorItem,
} from './items';

const TableName = () => tableNames.venues;

/** Writes the check-in unless the person already has one here today. */
export const putCheckin = (item: CheckinItem) => putIfAbsent({ TableName: TableName(), Item: item });

export async function getCheckin(venueId: string, day: string, userId: string): Promise<CheckinItem | null> {
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: checkinKey(venueId, day, userId),
    ConsistentRead: true,
  });
  return (Item as CheckinItem | undefined) ?? null;
}

/**
 * Whether this check-in is the person's first at the venue: the first one to write the visitor
 * item names itself there, so retries and the repair get the same answer.
 */
export async function isFirstVisit(checkin: CheckinItem, userId: string): Promise<boolean> {
  const item: VisitorItem = {
    ...visitorKey(checkin.venueId, userId),
    venueId: checkin.venueId,
    checkinId: checkin.id,
    day: checkin.day,
  };
  if ((await putIfAbsent({ TableName: TableName(), Item: item })) === 'created') return true;
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: visitorKey(checkin.venueId, userId),
    ConsistentRead: true,
  });
  return (Item as VisitorItem | undefined)?.checkinId === checkin.id;
}

/** Counts one check-in into its day: one atomic UpdateItem, creating the counter if needed. */
export const countIntoDay = (checkin: CheckinItem, firstTime: boolean) =>
  documents.update({
    TableName: TableName(),
    Key: dayCounterKey(checkin.venueId, checkin.day),
    UpdateExpression:
      'SET venueId = :venue, #day = :day ADD visits :one, firstTimeVisitors :first, version :one',
    ExpressionAttributeNames: { '#day': 'day' },
    ExpressionAttributeValues: {
      ':venue': checkin.venueId,
      ':day': checkin.day,
      ':one': 1,
      ':first': firstTime ? 1 : 0,
    },
  });

/** The counters hold this check-in now: it leaves the repair's index. */
export const markCounted = (checkin: CheckinItem, firstTime: boolean) =>
  updateIf<CheckinItem>({
    TableName: TableName(),
    Key: { pk: checkin.pk, sk: checkin.sk },
    UpdateExpression: 'SET firstTime = :first REMOVE gsi1pk, gsi1sk',
    ConditionExpression: 'id = :id',
    ExpressionAttributeValues: { ':first': firstTime, ':id': checkin.id },
  });

/** Every check-in of a person (their passport), by venue and day. */
export const personCheckins = (userId: string) =>
  queryAll<CheckinItem>({
    TableName: TableName(),
    IndexName: 'gsi2',
    ...inPartition(personPartition(userId)),
  });

/** How many times the person checked in at this venue: one Query that returns a count. */
export async function personVisitsAt(userId: string, venueId: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.query({
      TableName: TableName(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': personPartition(userId).gsi2pk,
        ':prefix': personVenuePrefix(venueId),
      },
      Select: 'COUNT',
      ExclusiveStartKey: start,
    });
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

/** Every check-in of a venue on one day, read consistently (the repair's source of truth). */
export const dayCheckins = (venueId: string, day: string) =>
  queryAll<CheckinItem>({
    TableName: TableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': venuePartition(venueId), ':prefix': checkinDayPrefix(day) },
    ConsistentRead: true,
  });

/** The counters of a venue's days from `from` to `to` that have any (days without are absent). */
export const dayCounters = (venueId: string, from: string, to: string) =>
  queryAll<DayCounterItem>({
    TableName: TableName(),
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': venuePartition(venueId),
      ':from': dayCounterKey(venueId, from).sk,
      ':to': dayCounterKey(venueId, to).sk,
    },
  });

export async function getDayCounter(venueId: string, day: string): Promise<DayCounterItem | null> {
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: dayCounterKey(venueId, day),
    ConsistentRead: true,
  });
  return (Item as DayCounterItem | undefined) ?? null;
}

/** Writes recounted figures unless the counter moved since `readVersion` was read. */
export const writeRecount = (
  venueId: string,
  day: string,
  counts: { visits: number; firstTimeVisitors: number },
  readVersion: number | null,
) =>
  updateIf<DayCounterItem>({
    TableName: TableName(),
    Key: dayCounterKey(venueId, day),
    UpdateExpression:
      'SET venueId = :venue, #day = :day, visits = :visits, firstTimeVisitors = :first, version = :next',
    ConditionExpression: readVersion === null ? 'attribute_not_exists(pk)' : 'version = :read',
    ExpressionAttributeNames: { '#day': 'day' },
    ExpressionAttributeValues: {
      ':venue': venueId,
      ':day': day,
      ':visits': counts.visits,
      ':first': counts.firstTimeVisitors,
      ':next': (readVersion ?? 0) + 1,
      ...(readVersion === null ? {} : { ':read': readVersion }),
    },
  });

/** Check-ins whose counting was never confirmed and that are older than `beforeMs`. */
export const uncountedCheckins = (beforeMs: number) =>
  queryAll<CheckinItem>({
    TableName: TableName(),
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :before',
    ExpressionAttributeValues: { ':pk': uncountedPartition.gsi1pk, ':before': uncountedBefore(beforeMs) },
  });
