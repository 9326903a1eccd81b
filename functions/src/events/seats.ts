// The seat protocol of DESIGN.md: registration item first, then the conditional counter on the
// event with an in-flight operation id, then the registration's final state, then the op removed.
// Whatever fails, seats held by confirmed and in-flight registrations never exceed capacity:
// a duplicate hold is only ever conservative and is given back; a release is never repeated.
import { ulid } from 'ulid';
import type { RegisterRequest } from '@szkc/shared';
import { tableNames } from '../config';
import { DomainError, conflict, notFound, validationFailed } from '../errors';
import { documents } from '../store/document';
import { deleteIf, inPartition, putIfAbsent, queryAll, updateIf } from '../store/operations';
import { failAt, type FaultPlan } from './faults';
import {
  eventKey,
  eventPartition,
  personKeys,
  registrationKey,
  registrationPrefix,
  waitlistKeys,
  waitlistPartition,
  type EventItem,
  type RegistrationItem,
} from './items';
import { getEvent } from './events.repository';
import { settleRegistration } from './settle';
import {
  seatsClosedCondition,
  seatsOpenCondition,
  seatsOpenTo,
  seatsOwedToWaitlist,
  waitingDelta,
} from './waiting-parties';

const TableName = () => tableNames.events;

/**
 * How old an unfinished step must be before another attempt may take it over: longer than any
 * request can live (the function times out after 10 s), so the attempt that began it is gone.
 * Until then a second attempt (a double tap, a retry) never acts on the same registration.
 */
export const staleAfterMs = 30_000;
const isFresh = (reg: Pick<RegistrationItem, 'updatedAt'>) =>
  Date.now() - Date.parse(reg.updatedAt) <= staleAfterMs;

export async function getRegistration(eventId: string, userId: string, consistent = true) {
  const { Item } = await documents.get({
    TableName: TableName(),
    Key: registrationKey(eventId, userId),
    ConsistentRead: consistent,
  });
  return (Item as RegistrationItem | undefined) ?? null;
}

/** Every registration of an event, all pages (roster, repair, notices, audits). */
export const eventRegistrations = (eventId: string, consistent = false) =>
  queryAll<RegistrationItem>({
    TableName: TableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :reg)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':reg': registrationPrefix },
    ConsistentRead: consistent,
  });

/** Why an event takes no registration now, or null when it does. */
function refusal(event: EventItem | null, partySize: number, now: number): DomainError | null {
  if (!event || event.status === 'draft') return notFound('活动不存在');
  if (event.status === 'cancelled') return new DomainError('EVENT_CANCELLED', '活动已取消');
  if (now < event.opensMs)
    return new DomainError('SIGNUP_NOT_OPEN', '报名尚未开始', { signupOpensAt: event.signupOpensAt });
  if (now >= event.closesMs)
    return new DomainError('SIGNUP_CLOSED', '报名已截止', { signupClosesAt: event.signupClosesAt });
  if (partySize > event.maxPartySize) {
    const message = `每单最多 ${event.maxPartySize} 人`;
    return validationFailed([{ path: 'partySize', message }], message);
  }
  return null;
}

/**
 * The event and one registration of it in one consistent read (one BatchGetItem). Null when the
 * store left the keys unread (throttled): the caller then reads them one by one.
 */
async function readBoth(eventId: string, userId: string) {
  const event = eventKey(eventId);
  const mine = registrationKey(eventId, userId);
  const { Responses, UnprocessedKeys } = await documents.batchGet({
    RequestItems: { [TableName()]: { Keys: [event, mine], ConsistentRead: true } },
  });
  if (UnprocessedKeys?.[TableName()]?.Keys?.length) return null;
  const items = Responses?.[TableName()] ?? [];
  return {
    event: (items.find((item) => item.sk === event.sk) as EventItem | undefined) ?? null,
    reg: (items.find((item) => item.sk === mine.sk) as RegistrationItem | undefined) ?? null,
  };
}

/**
 * Before any write: the event and the caller's registration in one read. A plain refusal (no such
 * event, not open yet, closed, too many people, no seat and no waitlist place) is answered from
 * it, for the price of a read that needs no undoing; after a rush has filled the event that is
 * most requests. So is a repeat tap (a retry after a timeout) on a registration that is settled
 * with no step of it left in flight: it gets that registration back, and the event as read.
 * Null: go on to the full path. It only ever refuses what the full path would refuse from the
 * same item: the conditional writes below still decide every seat.
 */
export async function answerEarly(
  eventId: string,
  userId: string,
  partySize: number,
): Promise<{ registration: RegistrationItem; event: EventItem } | null> {
  const read = await readBoth(eventId, userId);
  if (!read) return null;
  const { event, reg } = read;
  if (reg && (reg.status === 'confirmed' || reg.status === 'waitlisted')) {
    const leftInFlight = event?.inflight?.has(`hold#${reg.id}`) || event?.inflight?.has(`wait#${reg.id}`);
    return event && !leftInFlight ? { registration: reg, event } : null;
  }
  if (reg && (reg.status !== 'cancelled' || reg.releasePending)) return null;
  const refused = refusal(event, partySize, Date.now());
  if (refused) throw refused;
  const waitlistHasRoom = event!.waitlistLeft >= partySize;
  if (!seatsOpenTo(event!, partySize) && !waitlistHasRoom && !seatsOwedToWaitlist(event!)) throw full(event);
  return null;
}

/** Step 1, or the registration a previous attempt left. */
export async function register(
  eventId: string,
  userId: string,
  input: RegisterRequest,
  plan: FaultPlan = null,
): Promise<{ registration: RegistrationItem; created: boolean }> {
  try {
    return await registerOnce(eventId, userId, input, plan);
  } catch (error) {
    if (!(error instanceof StartOver)) throw error;
  }
  return registerOnce(eventId, userId, input, plan).catch((error: unknown) => {
    throw error instanceof StartOver ? conflict('报名状态刚刚变化，请重试') : error;
  });
}

async function registerOnce(
  eventId: string,
  userId: string,
  input: RegisterRequest,
  plan: FaultPlan,
): Promise<{ registration: RegistrationItem; created: boolean }> {
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  const fresh: RegistrationItem = {
    ...registrationKey(eventId, userId),
    id: ulid(now),
    eventId,
    userId,
    status: 'pending',
    partySize: input.partySize,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    createdAt: nowIso,
    updatedAt: nowIso,
    arrivedMs: now,
    ...personKeys(userId, nowIso, eventId),
  };
  let existing: RegistrationItem | null = null;
  // A parallel attempt refused (EVENT_FULL…) drops its pending item between our two reads: then
  // this attempt starts over once and gets its own answer.
  for (let attempt = 0; attempt < 2 && !existing; attempt++) {
    if ((await putIfAbsent({ TableName: TableName(), Item: fresh })) === 'created') {
      failAt(plan, 'after-pending');
      return { registration: await settle(fresh, plan), created: true };
    }
    existing = await getRegistration(eventId, userId);
  }
  if (!existing) throw await refusedInParallel(eventId, input.partySize);
  if (existing.status === 'pending') return { registration: await settle(existing, plan), created: false };
  if (existing.status === 'cancelled')
    return { registration: await reopen(existing, input, plan), created: true };
  await clearOps(eventId, [`hold#${existing.id}`, `wait#${existing.id}`]);
  return { registration: existing, created: false };
}

/** Someone who cancelled may sign up again: the same item starts over as pending, at the back. */
async function reopen(reg: RegistrationItem, input: RegisterRequest, plan: FaultPlan) {
  if (reg.releasePending) throw conflict('上一次取消还在处理中，请稍后再试');
  const now = Date.now();
  const reopened = await updateIf<RegistrationItem>({
    TableName: TableName(),
    Key: registrationKey(reg.eventId, reg.userId),
    UpdateExpression:
      // A new id: operations left in flight for the old attempt can never count for this one.
      'SET id = :id, #status = :pending, partySize = :n, contactName = :name, contactPhone = :phone, arrivedMs = :now, updatedAt = :iso, createdAt = :iso, gsi2sk = :gsk REMOVE checkedInAt',
    ConditionExpression: '#status = :cancelled AND attribute_not_exists(releasePending)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':pending': 'pending',
      ':cancelled': 'cancelled',
      ':n': input.partySize,
      ':name': input.contactName,
      ':phone': input.contactPhone,
      ':now': now,
      ':iso': new Date(now).toISOString(),
      ':id': ulid(now),
      ':gsk': personKeys(reg.userId, new Date(now).toISOString(), reg.eventId).gsi2sk,
    },
  });
  if (!reopened) throw conflict('报名状态刚刚变化，请重试');
  return settle(reopened, plan);
}

/** Step 2: a seat, else a waitlist place, else EVENT_FULL. Returns the op that now holds it. */
const full = (event: EventItem | null) =>
  new DomainError('EVENT_FULL', event?.waitlistLimit ? '活动名额已满，候补名额也已排满' : '活动名额已满', {
    seatsLeft: event && !seatsOwedToWaitlist(event) ? Math.max(0, event.seatsLeft) : 0,
    waitlistOpen: false,
  });

/** This attempt's registration was dropped under it (see `refusedInParallel`): start over. */
class StartOver extends Error {}

/**
 * The answer for an attempt whose registration a parallel attempt of the same person (a double
 * tap) dropped meanwhile: that attempt was refused, so this one gets the refusal the event gives
 * now (full, closed…). When the event would take it after all (a seat came free), it starts over.
 */
async function refusedInParallel(eventId: string, partySize: number): Promise<Error> {
  const event = await getEvent(eventId, true);
  const refused = refusal(event, partySize, Date.now());
  if (refused) return refused;
  if (!seatsOpenTo(event!, partySize) && event!.waitlistLeft < partySize) return full(event);
  return new StartOver();
}

/** `settled`: another attempt finished it; `busy`: another live attempt is finishing it. */
type Held =
  | { outcome: 'confirmed' | 'waitlisted'; op: string; ours: boolean }
  | { outcome: 'settled' | 'busy'; op: ''; ours: false };

/**
 * The event after a refused write, and whether a parallel attempt of the same person finished
 * this registration meanwhile (its op cleared), both from one read. The registration gone means
 * that attempt was refused for want of room: then so is this one.
 */
async function afterRefusedWrite(reg: RegistrationItem) {
  const read = (await readBoth(reg.eventId, reg.userId)) ?? {
    event: await getEvent(reg.eventId, true),
    reg: await getRegistration(reg.eventId, reg.userId),
  };
  const settledElsewhere = () => {
    if (!read.reg) throw full(read.event);
    return read.reg.status !== 'pending' || read.reg.id !== reg.id;
  };
  return { event: read.event, settledElsewhere };
}

async function hold(reg: RegistrationItem): Promise<Held> {
  const n = reg.partySize;
  const seatOp = `hold#${reg.id}`;
  const waitOp = `wait#${reg.id}`;
  const open = seatsOpenCondition();
  const closed = seatsClosedCondition();
  const waiting = waitingDelta(n, 1);
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = Date.now();
    const common = {
      TableName: TableName(),
      Key: eventKey(reg.eventId),
    };
    // A seat only when no waiting party fits the seats left: those go to the waitlist first.
    const seated = await updateIf({
      ...common,
      UpdateExpression: 'SET seatsLeft = seatsLeft - :n ADD inflight :op, version :one',
      ConditionExpression: `#status = :published AND ${open.expression} AND maxPartySize >= :n AND opensMs <= :now AND closesMs > :now AND NOT contains(inflight, :seatOp) AND NOT contains(inflight, :waitOp)`,
      ExpressionAttributeNames: { '#status': 'status', ...open.names },
      ExpressionAttributeValues: {
        ':n': n,
        ':one': 1,
        ':op': new Set([seatOp]),
        ':seatOp': seatOp,
        ':waitOp': waitOp,
        ':published': 'published',
        ':now': now,
        ...open.values,
      },
    });
    if (seated) return { outcome: 'confirmed', op: seatOp, ours: true };
    const first = await afterRefusedWrite(reg);
    let event = first.event;
    // Held by another attempt: take it over only once that attempt is surely gone.
    if (event?.inflight?.has(seatOp) || event?.inflight?.has(waitOp)) {
      if (isFresh(reg)) return { outcome: 'busy', op: '', ours: false };
      return event.inflight.has(seatOp)
        ? { outcome: 'confirmed', op: seatOp, ours: false }
        : { outcome: 'waitlisted', op: waitOp, ours: false };
    }
    const refused = refusal(event, n, now);
    if (refused) throw refused;
    event = event!;
    // A repeat tap whose first attempt has finished: there is nothing left to hold, and the
    // seats being gone says nothing about this person's registration.
    if (first.settledElsewhere()) return { outcome: 'settled', op: '', ours: false };
    if (seatsOpenTo(event, n)) continue;
    if (event.waitlistLeft < n) {
      // Seats owed to a waiting party that nobody has promoted yet (a cancellation still
      // finishing, or one that died): promote now, then look again.
      if (seatsOwedToWaitlist(event) && attempt < 2) {
        await promoteWaitlist(reg.eventId);
        continue;
      }
      throw full(event);
    }
    const waited = await updateIf({
      ...common,
      UpdateExpression: `SET waitlistLeft = waitlistLeft - :n ADD inflight :op, version :one, ${waiting.clause}`,
      ConditionExpression: `#status = :published AND ${closed.expression} AND waitlistLeft >= :n AND NOT contains(inflight, :seatOp) AND NOT contains(inflight, :waitOp)`,
      ExpressionAttributeNames: { '#status': 'status', ...closed.names, ...waiting.names },
      ExpressionAttributeValues: {
        ':n': n,
        ':one': 1,
        ':op': new Set([waitOp]),
        ':seatOp': seatOp,
        ':waitOp': waitOp,
        ':published': 'published',
        ...closed.values,
        ...waiting.values,
      },
    });
    if (waited) return { outcome: 'waitlisted', op: waitOp, ours: true };
    const second = await afterRefusedWrite(reg);
    event = second.event;
    if (event?.inflight?.has(waitOp) || event?.inflight?.has(seatOp))
      return { outcome: 'busy', op: '', ours: false };
    if (second.settledElsewhere()) return { outcome: 'settled', op: '', ours: false };
    if (event && seatsOpenTo(event, n)) continue;
    throw full(event);
  }
  throw conflict('报名人数较多，请稍后重试');
}

/** Steps 2 to 4 for a pending registration. */
async function settle(reg: RegistrationItem, plan: FaultPlan): Promise<RegistrationItem> {
  let held: Held;
  try {
    held = await hold(reg);
  } catch (error) {
    // Refused: the pending item goes, so a later attempt starts clean.
    if (error instanceof DomainError) await dropPending(reg);
    throw error;
  }
  if (held.outcome === 'settled' || held.outcome === 'busy') return awaitOtherAttempt(reg);
  failAt(plan, 'after-hold');
  const settled = await settleRegistration(reg, held.outcome === 'confirmed' ? 'confirm' : 'wait');
  if (!settled) {
    // Another attempt settled it first. If our step 2 added a second hold, give it back.
    if (held.ours) await giveBack(reg, held);
    const current = await getRegistration(reg.eventId, reg.userId);
    if (!current) throw await refusedInParallel(reg.eventId, reg.partySize);
    return current;
  }
  failAt(plan, 'after-settle');
  const event = await clearOps(reg.eventId, [held.op]);
  if (held.outcome === 'waitlisted' && event && seatsOwedToWaitlist(event)) {
    // Seats came free while this party joined the waitlist, and a promotion that ran meanwhile
    // could not yet see it there: promote now, in arrival order, maybe this very party.
    const promoted = await promoteWaitlist(reg.eventId, plan);
    return promoted.find((p) => p.id === reg.id) ?? settled;
  }
  return settled;
}

/** The registration as the other attempt leaves it: waits briefly, then answers as it stands. */
async function awaitOtherAttempt(reg: RegistrationItem): Promise<RegistrationItem> {
  for (let i = 0; i < 8; i++) {
    const current = await getRegistration(reg.eventId, reg.userId);
    if (!current) throw await refusedInParallel(reg.eventId, reg.partySize);
    if (current.status !== 'pending' || current.id !== reg.id) return current;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return (await getRegistration(reg.eventId, reg.userId)) ?? reg;
}

async function giveBack(reg: RegistrationItem, held: { outcome: 'confirmed' | 'waitlisted'; op: string }) {
  const seat = held.outcome === 'confirmed';
  const waiting = waitingDelta(reg.partySize, -1);
  await documents.update({
    TableName: TableName(),
    Key: eventKey(reg.eventId),
    UpdateExpression: seat
      ? 'SET seatsLeft = seatsLeft + :n DELETE inflight :op ADD version :one'
      : `SET waitlistLeft = waitlistLeft + :n DELETE inflight :op ADD version :one, ${waiting.clause}`,
    ExpressionAttributeNames: seat ? undefined : waiting.names,
    ExpressionAttributeValues: {
      ':n': reg.partySize,
      ':op': new Set([held.op]),
      ':one': 1,
      ...(seat ? {} : waiting.values),
    },
  });
}

async function dropPending(reg: RegistrationItem) {
  // Refused when the registration moved on meanwhile: then it is not ours to drop.
  await deleteIf({
    TableName: TableName(),
    Key: registrationKey(reg.eventId, reg.userId),
    ConditionExpression: '#status = :pending AND id = :id',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':pending': 'pending', ':id': reg.id },
  });
}

/** Step 4: finished operations leave the event's in-flight set. Idempotent. The event after it. */
export async function clearOps(eventId: string, ops: string[]) {
  // Refused only when the event is gone: then there is nothing to clear.
  return updateIf<EventItem>({
    TableName: TableName(),
    Key: eventKey(eventId),
    UpdateExpression: 'DELETE inflight :ops',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':ops': new Set(ops) },
  });
}

/**
 * Cancels a confirmed or waitlisted registration: (a) the registration is marked cancelled with
 * releasePending, (b) the counter gives the seats back with a `release#` op, (c) the mark goes,
 * (d) the op goes. Then freed seats go to the waitlist.
 */
export async function cancel(
  eventId: string,
  userId: string,
  plan: FaultPlan = null,
): Promise<RegistrationItem> {
  let reg = await getRegistration(eventId, userId);
  if (!reg) throw notFound('没有找到你的报名');
  if (reg.status === 'pending') {
    reg = await settle(reg, plan).catch((error: unknown) => {
      throw error instanceof StartOver ? notFound('没有找到你的报名') : error;
    });
    if (reg.status === 'pending') throw conflict('报名正在处理中，请稍后再取消');
  }
  if (reg.status === 'cancelled') {
    if (!reg.releasePending || isFresh(reg)) return reg;
    const claimed = await claimStaleRelease(reg);
    return claimed ? finishRelease(claimed, plan) : ((await getRegistration(eventId, userId)) ?? reg);
  }
  // The seats of people already through the door are not free: the event counts them.
  const checkedIn = () => new DomainError('ALREADY_CHECKED_IN', '已经签到入场，不能再取消报名');
  if (reg.checkedInAt) throw checkedIn();
  const from = reg.status as 'confirmed' | 'waitlisted';
  const marked = await updateIf<RegistrationItem>({
    TableName: TableName(),
    Key: registrationKey(eventId, userId),
    // Pending notices go too: no 报名成功 message after the person cancelled.
    UpdateExpression:
      'SET #status = :cancelled, releasePending = :from, updatedAt = :iso REMOVE ticket, gsi1pk, gsi1sk, notices',
    ConditionExpression: '#status = :from AND id = :id AND attribute_not_exists(checkedInAt)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':cancelled': 'cancelled',
      ':from': from,
      ':id': reg.id,
      ':iso': new Date().toISOString(),
    },
  });
  if (!marked) {
    // Refused on a double tap (the other request is cancelling it) or a check-in meanwhile.
    const current = (await getRegistration(eventId, userId)) ?? reg;
    if (current.checkedInAt && current.status !== 'cancelled') throw checkedIn();
    return current;
  }
  reg = marked;
  failAt(plan, 'cancel:after-mark');
  return finishRelease(reg, plan);
}

/**
 * A cancellation whose request died before giving the seats back is finished by one taker only:
 * the claim succeeds for the first one that still sees the registration as it read it.
 */
export async function claimStaleRelease(reg: RegistrationItem): Promise<RegistrationItem | null> {
  return updateIf<RegistrationItem>({
    TableName: TableName(),
    Key: registrationKey(reg.eventId, reg.userId),
    UpdateExpression: 'SET updatedAt = :iso',
    ConditionExpression: 'attribute_exists(releasePending) AND id = :id AND updatedAt = :seen',
    ExpressionAttributeValues: { ':id': reg.id, ':seen': reg.updatedAt, ':iso': new Date().toISOString() },
  });
}

/** Steps (b) to (d) of a cancellation, then promotions. Only for the request that did (a), or a claim. */
export async function finishRelease(reg: RegistrationItem, plan: FaultPlan): Promise<RegistrationItem> {
  const op = `release#${reg.id}`;
  const counter = reg.releasePending === 'confirmed' ? 'seatsLeft' : 'waitlistLeft';
  const waiting = waitingDelta(reg.partySize, -1);
  const leavesWaitlist = counter === 'waitlistLeft';
  // Refused when this release was applied already (or the event is gone).
  const event = await updateIf<EventItem>({
    TableName: TableName(),
    Key: eventKey(reg.eventId),
    UpdateExpression: `SET ${counter} = ${counter} + :n ADD inflight :op, version :one${leavesWaitlist ? `, ${waiting.clause}` : ''}`,
    ConditionExpression: 'attribute_exists(pk) AND NOT contains(inflight, :opId)',
    ExpressionAttributeNames: leavesWaitlist ? waiting.names : undefined,
    ExpressionAttributeValues: {
      ':n': reg.partySize,
      ':op': new Set([op]),
      ':opId': op,
      ':one': 1,
      ...(leavesWaitlist ? waiting.values : {}),
    },
  });
  // Seats came free and someone is waiting: the waitlist gets them.
  const freed = counter === 'seatsLeft' && event !== null && event.waitlistLeft < event.waitlistLimit;
  failAt(plan, 'cancel:after-release');
  const unmarked = await updateIf<RegistrationItem>({
    TableName: TableName(),
    Key: registrationKey(reg.eventId, reg.userId),
    UpdateExpression: 'REMOVE releasePending SET updatedAt = :iso',
    ConditionExpression: 'attribute_exists(releasePending) AND id = :id',
    ExpressionAttributeValues: { ':id': reg.id, ':iso': new Date().toISOString() },
  });
  const done = unmarked ?? reg;
  failAt(plan, 'cancel:after-settle');
  await clearOps(reg.eventId, [op]);
  if (freed) await promoteWaitlist(reg.eventId, plan);
  return done;
}

/** Everyone waiting, in arrival order (bounded by the event's waitlist limit). */
export const waitlist = (eventId: string) =>
  queryAll<RegistrationItem>({
    TableName: TableName(),
    IndexName: 'gsi1',
    ...inPartition(waitlistPartition(eventId)),
  });

/** 1-based place of a waitlisted registration: one COUNT query over those who came before. */
export async function waitlistPosition(reg: RegistrationItem): Promise<number> {
  const { Count } = await documents.query({
    TableName: TableName(),
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :mine',
    ExpressionAttributeValues: {
      ':pk': waitlistPartition(reg.eventId).gsi1pk,
      ':mine': waitlistKeys(reg).gsi1sk,
    },
    Select: 'COUNT',
  });
  return (Count ?? 0) + 1;
}

/**
 * Freed seats go to the waitlist in arrival order; a party too large for the seats left is
 * skipped and keeps its place. Each promotion is the same hold / settle / clear sequence.
 */
export async function promoteWaitlist(eventId: string, plan: FaultPlan = null): Promise<RegistrationItem[]> {
  const promoted: RegistrationItem[] = [];
  let event = await getEvent(eventId, true);
  if (!event || event.status !== 'published' || event.seatsLeft <= 0) return promoted;
  for (const reg of await waitlist(eventId)) {
    if (event.seatsLeft <= 0) break;
    if (reg.status !== 'waitlisted' || reg.partySize > event.seatsLeft) continue;
    const op = `promote#${reg.id}`;
    const leaving = waitingDelta(reg.partySize, -1);
    const rejoining = waitingDelta(reg.partySize, 1);
    // Marks the registration first, so the repair sees a live promotion as fresh.
    const marked = await updateIf({
      TableName: TableName(),
      Key: registrationKey(eventId, reg.userId),
      UpdateExpression: 'SET updatedAt = :iso',
      ConditionExpression: '#status = :waitlisted AND id = :id',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':waitlisted': 'waitlisted',
        ':id': reg.id,
        ':iso': new Date().toISOString(),
      },
    });
    if (!marked) continue;
    const held = await updateIf<EventItem>({
      TableName: TableName(),
      Key: eventKey(eventId),
      UpdateExpression: `SET seatsLeft = seatsLeft - :n, waitlistLeft = waitlistLeft + :n ADD inflight :op, version :one, ${leaving.clause}`,
      ConditionExpression: '#status = :published AND seatsLeft >= :n AND NOT contains(inflight, :opId)',
      ExpressionAttributeNames: { '#status': 'status', ...leaving.names },
      ExpressionAttributeValues: {
        ':n': reg.partySize,
        ':op': new Set([op]),
        ':opId': op,
        ':one': 1,
        ':published': 'published',
        ...leaving.values,
      },
    });
    if (!held) {
      event = (await getEvent(eventId, true)) ?? event;
      continue;
    }
    event = held;
    failAt(plan, 'promote:after-hold');
    const settled = await settleRegistration(reg, 'promote');
    if (settled) promoted.push(settled);
    else {
      // Promoted or cancelled by someone else meanwhile: our hold was extra, give it back.
      await documents.update({
        TableName: TableName(),
        Key: eventKey(eventId),
        UpdateExpression: `SET seatsLeft = seatsLeft + :n, waitlistLeft = waitlistLeft - :n DELETE inflight :op ADD version :one, ${rejoining.clause}`,
        ExpressionAttributeNames: rejoining.names,
        ExpressionAttributeValues: {
          ':n': reg.partySize,
          ':op': new Set([op]),
          ':one': 1,
          ...rejoining.values,
        },
      });
      event = (await getEvent(eventId, true)) ?? event;
      continue;
    }
    await clearOps(eventId, [op]);
  }
  return promoted;
}
