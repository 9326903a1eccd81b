// Events: create, read, change, publish, cancel, list. Counters (seatsLeft, waitlistLeft) are only
// ever changed by conditional updates here and in seats.ts.
import { ulid } from 'ulid';
import { parseIsoInstant, toShanghaiIso, type EventCreate, type EventPatch } from '@szkc/shared';
import { tableNames } from '../config';
import { DomainError, conflict } from '../errors';
import { documents } from '../store/document';
import { inPartition, queryAll, updateIf } from '../store/operations';
import {
  eventKey,
  eventOutboxKeys,
  organizerKeys,
  organizerPartition,
  publishedKeys,
  publishedPartition,
  sortableMs,
  type EventItem,
} from './items';

const TableName = () => tableNames.events;
const ms = (iso: string) => parseIsoInstant(iso)!;

const published = publishedKeys;

export async function getEvent(eventId: string, consistent = false): Promise<EventItem | null> {
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: eventKey(eventId),
    ConsistentRead: consistent,
  });
  return (Item as EventItem | undefined) ?? null;
}

export async function createEvent(
  input: EventCreate,
  organizer: { id: string; name: string },
): Promise<EventItem> {
  const id = ulid();
  const now = new Date().toISOString();
  const item: EventItem = {
    ...eventKey(id),
    id,
    title: input.title,
    description: input.description,
    category: input.category,
    district: input.district,
    address: input.address,
    venueName: input.venueName,
    venueId: input.venueId,
    location: input.location,
    coverUrl: input.coverUrl,
    ...times(input),
    capacity: input.capacity,
    waitlistLimit: input.waitlistLimit,
    maxPartySize: input.maxPartySize,
    seatsLeft: input.capacity,
    waitlistLeft: input.waitlistLimit,
    version: 0,
    status: 'draft',
    organizerId: organizer.id,
    organizerName: organizer.name,
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

type TimeInput = Pick<EventCreate, 'startAt' | 'endAt' | 'signupOpensAt' | 'signupClosesAt'>;

/** Stored in the city's zone for people, and as epoch ms for conditions and sorting. */
function times(input: TimeInput) {
  return {
    startAt: toShanghaiIso(ms(input.startAt)),
    endAt: toShanghaiIso(ms(input.endAt)),
    signupOpensAt: toShanghaiIso(ms(input.signupOpensAt)),
    signupClosesAt: toShanghaiIso(ms(input.signupClosesAt)),
    startMs: ms(input.startAt),
    endMs: ms(input.endAt),
    opensMs: ms(input.signupOpensAt),
    closesMs: ms(input.signupClosesAt),
  };
}

/**
 * Applies a checked patch. Capacity and waitlist limit move their counters by the same amount,
 * on condition that the seats already taken still fit: never below confirmed seats.
 */
export async function patchEvent(event: EventItem, patch: EventPatch): Promise<EventItem> {
  const merged = { ...event, ...patch };
  const set: Record<string, unknown> = { updatedAt: new Date().toISOString() };
  for (const field of [
    'title',
    'description',
    'category',
    'district',
    'address',
    'venueName',
    'venueId',
    'location',
    'coverUrl',
    'maxPartySize',
  ] as const) {
    if (patch[field] !== undefined) set[field] = patch[field];
  }
  if (patch.startAt || patch.endAt || patch.signupOpensAt || patch.signupClosesAt) {
    Object.assign(set, times(merged));
    if (event.status === 'published') Object.assign(set, published(event.id, ms(merged.startAt)));
  }
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = { ':cancelled': 'cancelled' };
  const assignments = Object.keys(set).map((field, i) => {
    names[`#f${i}`] = field;
    values[`:v${i}`] = set[field];
    return `#f${i} = :v${i}`;
  });
  const conditions = ['attribute_exists(pk)', '#status <> :cancelled'];
  let add = '';
  if (patch.capacity !== undefined && patch.capacity !== event.capacity) {
    // seats taken = capacity - seatsLeft must stay <= the new capacity.
    names['#capacity'] = 'capacity';
    values[':oldCapacity'] = event.capacity;
    values[':newCapacity'] = patch.capacity;
    values[':capacityCut'] = event.capacity - patch.capacity;
    values[':capacityDelta'] = patch.capacity - event.capacity;
    assignments.push('#capacity = :newCapacity', 'seatsLeft = seatsLeft + :capacityDelta');
    conditions.push('#capacity = :oldCapacity', 'seatsLeft >= :capacityCut');
    add = ' ADD version :one';
  }
  if (patch.waitlistLimit !== undefined && patch.waitlistLimit !== event.waitlistLimit) {
    values[':oldLimit'] = event.waitlistLimit;
    values[':newLimit'] = patch.waitlistLimit;
    values[':limitCut'] = event.waitlistLimit - patch.waitlistLimit;
    values[':limitDelta'] = patch.waitlistLimit - event.waitlistLimit;
    assignments.push('waitlistLimit = :newLimit', 'waitlistLeft = waitlistLeft + :limitDelta');
    conditions.push('waitlistLimit = :oldLimit', 'waitlistLeft >= :limitCut');
    add = ' ADD version :one';
  }
  if (add) values[':one'] = 1;
  const updated = await updateIf<EventItem>({
    TableName: TableName(),
    Key: eventKey(event.id),
    UpdateExpression: `SET ${assignments.join(', ')}${add}`,
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  });
  if (updated) return updated;
  // Refused: say why, from the event as it now is.
  const now = await getEvent(event.id, true);
  if (now?.status === 'cancelled') throw new DomainError('EVENT_CANCELLED', '活动已取消，不能修改');
  if (now && patch.capacity !== undefined && now.capacity - now.seatsLeft > patch.capacity) {
    throw new DomainError(
      'CAPACITY_BELOW_CONFIRMED',
      `已有 ${now.capacity - now.seatsLeft} 个名额被占用，名额不能少于此数`,
      {
        seatsTaken: now.capacity - now.seatsLeft,
      },
    );
  }
  if (
    now &&
    patch.waitlistLimit !== undefined &&
    now.waitlistLimit - now.waitlistLeft > patch.waitlistLimit
  ) {
    throw new DomainError(
      'WAITLIST_BELOW_WAITING',
      `已有 ${now.waitlistLimit - now.waitlistLeft} 人在候补，候补名额不能少于此数`,
    );
  }
  throw conflict('活动刚刚被其他人修改，请刷新后重试');
}

export async function publishEvent(event: EventItem): Promise<EventItem> {
  if (event.status === 'published') return event;
  const updated = await updateIf<EventItem>({
    TableName: TableName(),
    Key: eventKey(event.id),
    UpdateExpression: 'SET #status = :published, updatedAt = :now, gsi1pk = :gpk, gsi1sk = :gsk',
    ConditionExpression: '#status = :draft',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':published': 'published',
      ':draft': 'draft',
      ':now': new Date().toISOString(),
      ':gpk': published(event.id, event.startMs).gsi1pk,
      ':gsk': published(event.id, event.startMs).gsi1sk,
    },
  });
  if (updated) return updated;
  const now = await getEvent(event.id, true);
  if (now?.status === 'published') return now;
  throw new DomainError('EVENT_CANCELLED', '活动已取消，不能发布');
}

export async function cancelEvent(event: EventItem): Promise<EventItem> {
  if (event.status === 'cancelled') return event;
  const { Attributes } = await documents.update({
    TableName: TableName(),
    Key: eventKey(event.id),
    // Leaves the public list for the outbox: everyone registered is told (notifications/drain.ts).
    UpdateExpression: 'SET #status = :cancelled, updatedAt = :now, gsi1pk = :outbox, gsi1sk = :due',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':cancelled': 'cancelled',
      ':now': new Date().toISOString(),
      ':outbox': eventOutboxKeys(event.id, Date.now()).gsi1pk,
      ':due': eventOutboxKeys(event.id, Date.now()).gsi1sk,
    },
    ReturnValues: 'ALL_NEW',
  });
  return Attributes as EventItem;
}

export type EventFilter = {
  district?: string;
  category?: string;
  fromMs?: number;
  toMs?: number;
  q?: string;
  /** Only events held at this venue. */
  venueId?: string;
};

/** Published events, soonest first: one Query on the PUBLISHED index, filtered. */
export async function listPublished(
  filter: EventFilter,
  limit: number,
  cursor: Record<string, unknown> | undefined,
): Promise<{ items: EventItem[]; next: Record<string, unknown> | undefined }> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {
    ':pk': publishedPartition.gsi1pk,
    ':from': sortableMs(filter.fromMs ?? 0),
  };
  let key = 'gsi1pk = :pk AND gsi1sk >= :from';
  if (filter.toMs !== undefined) {
    key = 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to';
    values[':to'] = `${sortableMs(filter.toMs)}#~`;
  }
  const filters: string[] = [];
  if (filter.fromMs === undefined) {
    filters.push('endMs > :now');
    values[':now'] = Date.now();
  }
  if (filter.district) {
    filters.push('district = :district');
    values[':district'] = filter.district;
  }
  if (filter.venueId) {
    filters.push('venueId = :venueId');
    values[':venueId'] = filter.venueId;
  }
  if (filter.category) {
    filters.push('category = :category');
    values[':category'] = filter.category;
  }
  if (filter.q) {
    names['#title'] = 'title';
    filters.push('(contains(#title, :q) OR contains(venueName, :q))');
    values[':q'] = filter.q;
  }
  // A filter may drop items from a page: read on until the page is full or the index ends,
  // bounded so one request stays a known, small number of calls.
  const items: EventItem[] = [];
  let start = cursor;
  let exhausted = false;
  for (let round = 0; round < 5 && items.length < limit && !exhausted; round++) {
    const page = await documents.query({
      TableName: TableName(),
      IndexName: 'gsi1',
      KeyConditionExpression: key,
      FilterExpression: filters.length ? filters.join(' AND ') : undefined,
      ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
      ExpressionAttributeValues: values,
      ExclusiveStartKey: start,
      Limit: Math.max(limit * 2, 20),
    });
    const found = (page.Items ?? []) as EventItem[];
    const taken = found.slice(0, limit - items.length);
    items.push(...taken);
    if (taken.length < found.length) {
      // The page had more than fits: continue right after the last one taken.
      const last = taken[taken.length - 1]!;
      start = { pk: last.pk, sk: last.sk, gsi1pk: last.gsi1pk, gsi1sk: last.gsi1sk };
    } else {
      start = page.LastEvaluatedKey;
      exhausted = !start;
    }
  }
  // Fewer items than asked with a cursor means the filter skipped many: the client may go on.
  return { items, next: exhausted ? undefined : start };
}

/** An organiser's own events, newest first. */
export async function listByOrganizer(organizerId: string, limit: number, cursor?: Record<string, unknown>) {
  const page = await documents.query({
    TableName: TableName(),
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': organizerPartition(organizerId).gsi2pk },
    ScanIndexForward: false,
    Limit: limit,
    ExclusiveStartKey: cursor,
  });
  return { items: (page.Items ?? []) as EventItem[], next: page.LastEvaluatedKey };
}

/**
 * Every published event, past ones too, with its seat and door counters only (the bureau's
 * overview): one Query of the PUBLISHED index per 1 MB.
 */
const publishedList = inPartition(publishedPartition);
export const allPublishedFigures = () =>
  queryAll<Pick<EventItem, 'id' | 'capacity' | 'seatsLeft' | 'startMs' | 'checkedInPeople'>>({
    TableName: TableName(),
    IndexName: 'gsi1',
    ...publishedList,
    ProjectionExpression: '#id, #capacity, seatsLeft, startMs, checkedInPeople',
    ExpressionAttributeNames: {
      ...publishedList.ExpressionAttributeNames,
      '#id': 'id',
      '#capacity': 'capacity',
    },
  });

/** People checked in at the door: one atomic ADD on the event after the registration is marked. */
export async function addCheckedIn(eventId: string, people: number): Promise<void> {
  await documents.update({
    TableName: TableName(),
    Key: eventKey(eventId),
    UpdateExpression: 'ADD checkedInPeople :n',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':n': people },
  });
}
