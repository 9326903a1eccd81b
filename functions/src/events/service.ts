// The events capability's use cases: who may do what, and what each answer contains.
import type {
  CheckinCandidate,
  CheckinRequest,
  EventCreate,
  EventListQuery,
  EventPatch,
  RegisterRequest,
} from '@szkc/shared';
import { can, maskPhone, normalizeTicketCode, parseIsoInstant, timeOrderIssues } from '@szkc/shared';
import { currentUser, ensure, requirePermission } from '../access/access';
import { tableNames } from '../config';
import { DomainError, notFound, validationFailed } from '../errors';
import { decodeStartKey, encodeCursor } from '../http/cursor';
import { logger } from '../http/logger';
import * as limits from '../limits/limits';
import { documents } from '../store/document';
import { getVenue } from '../venues/venues.repository';
import * as events from './events.repository';
import type { FaultPlan } from './faults';
import {
  eventKey,
  organizerPartition,
  personPartition,
  publishedPartition,
  registrationKey,
  type EventItem,
  type RegistrationItem,
} from './items';
import * as seats from './seats';
import { readTicket, ticketCoder } from './tickets';
import { toEvent, toRegistration, toRosterRow, toSummary } from './views';
import { seatsOwedToWaitlist } from './waiting-parties';

/** The event, if this user may manage it: its organiser, or an admin. */
async function managedEvent(eventId: string, userId: string): Promise<EventItem> {
  const [user, event] = await Promise.all([currentUser(userId), events.getEvent(eventId, true)]);
  if (!event) throw notFound('活动不存在');
  // Someone else's draft is as absent as a missing id: a 403 would say that it exists.
  if (event.status === 'draft' && !can.manageEvent(user, event)) throw notFound('活动不存在');
  ensure(can.manageEvent(user, event), '只有该活动的组织者或管理员可以操作');
  return event;
}

export async function listEvents(query: EventListQuery) {
  const fromMs = query.from ? parseIsoInstant(query.from)! : undefined;
  const toMs = query.to ? parseIsoInstant(query.to)! : undefined;
  if (fromMs !== undefined && toMs !== undefined && fromMs > toMs)
    throw validationFailed([{ path: 'to', message: '结束时间不能早于开始时间' }]);
  const page = await events.listPublished(
    { district: query.district, category: query.category, fromMs, toMs, q: query.q },
    query.limit,
    decodeStartKey(query.cursor, 'gsi1', publishedPartition),
  );
  return { items: page.items.map(toSummary), nextCursor: encodeCursor(page.next) };
}

export async function eventDetail(eventId: string, userId: string | undefined) {
  const event = await events.getEvent(eventId);
  if (!event) throw notFound('活动不存在');
  if (event.status === 'draft') {
    // Drafts are visible to the people who manage them only.
    if (!userId) throw notFound('活动不存在');
    await managedEvent(eventId, userId).catch(() => {
      throw notFound('活动不存在');
    });
  }
  if (!userId) return toEvent(event);
  const reg = await seats.getRegistration(eventId, userId, false);
  return toEvent(event, reg ? await registrationView(reg, event) : null);
}

/** The registration as its owner sees it; `event` when the caller knows the event's state. */
async function registrationView(reg: RegistrationItem, event?: Pick<EventItem, 'status'> | null) {
  const position = reg.status === 'waitlisted' ? await seats.waitlistPosition(reg) : null;
  // Only a confirmed one shows something (its ticket) that depends on the event's state.
  const of = event !== undefined || reg.status !== 'confirmed' ? event : await events.getEvent(reg.eventId);
  return toRegistration(reg, position, of ?? null, await ticketCoder(reg.eventId));
}

/**
 * The venue an event names must exist; without a venue name of its own the event takes the
 * venue's.
 */
async function withVenue<T extends { venueId?: string; venueName?: string }>(input: T): Promise<T> {
  if (!input.venueId) return input;
  const venue = await getVenue(input.venueId);
  if (!venue) throw validationFailed([{ path: 'venueId', message: '场馆不存在' }]);
  return { ...input, venueName: input.venueName ?? venue.name };
}

export async function createEvent(userId: string, input: EventCreate) {
  const user = await requirePermission(userId, can.organizeEvents);
  return toEvent(await events.createEvent(await withVenue(input), { id: user.id, name: user.nickname }));
}

export async function patchEvent(userId: string, eventId: string, patch: EventPatch) {
  const event = await managedEvent(eventId, userId);
  const issues = timeOrderIssues({ ...event, ...patch });
  if (issues.length) throw validationFailed(issues, issues[0]!.message);
  const patched = await events.patchEvent(event, await withVenue(patch));
  // More seats while people wait: they get them first, as with a cancellation.
  if (seatsOwedToWaitlist(patched)) await seats.promoteWaitlist(eventId);
  return toEvent(
    seatsOwedToWaitlist(patched) ? ((await events.getEvent(eventId, true)) ?? patched) : patched,
  );
}

export async function publishEvent(userId: string, eventId: string) {
  return toEvent(await events.publishEvent(await managedEvent(eventId, userId)));
}

export async function cancelEvent(userId: string, eventId: string) {
  return toEvent(await events.cancelEvent(await managedEvent(eventId, userId)));
}

export async function myEvents(userId: string, limit: number, cursor?: string) {
  await requirePermission(userId, can.organizeEvents);
  const page = await events.listByOrganizer(
    userId,
    limit,
    decodeStartKey(cursor, 'gsi2', organizerPartition(userId)),
  );
  return { items: page.items.map(toSummary), nextCursor: encodeCursor(page.next) };
}

/**
 * New registrations are limited per person across events (seat hoarding). The place is taken
 * before anything is written, so no parallel attempt can settle a registration the limit refused.
 * It is given back when the answer is not a new registration: a repeat tap on one the person
 * holds, or a refusal (EVENT_FULL, signup closed…). Over the limit, a repeat tap still gets its
 * registration. Cost: one UpdateItem for a new registration, two for a repeat (take, give back).
 * A repeat tap on a settled registration, and a plain refusal, never get that far: they are
 * answered from the first read.
 */
export async function register(eventId: string, userId: string, input: RegisterRequest, plan: FaultPlan) {
  const repeat = await seats.answerEarly(eventId, userId, input.partySize);
  if (repeat)
    return { registration: await registrationView(repeat.registration, repeat.event), created: false };
  const place = await registrationPlace(eventId, userId);
  let outcome: Awaited<ReturnType<typeof seats.register>>;
  try {
    outcome = await seats.register(eventId, userId, input, plan);
  } catch (error) {
    if (place && error instanceof DomainError) await giveBack(place);
    throw error;
  }
  if (place && !outcome.created) await giveBack(place);
  const { registration, created } = outcome;
  // A new one was just held under the condition that the event is published.
  const event = created ? ({ status: 'published' } as const) : undefined;
  return { registration: await registrationView(registration, event), created };
}

/** A place under the registration limit, or null for a repeat tap of someone over it. */
async function registrationPlace(eventId: string, userId: string): Promise<limits.Taken | null> {
  try {
    return await limits.take('registration', userId);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'RATE_LIMITED') throw error;
    const existing = await seats.getRegistration(eventId, userId);
    if (!existing || existing.status === 'cancelled') throw error;
    return null;
  }
}

/** A place not given back only makes the limit stricter until its window ends: never an error. */
async function giveBack(place: limits.Taken) {
  await place.giveBack().catch((error: unknown) => {
    logger.warn('rate limit place not given back', { error: error as Error });
  });
}

export async function cancelMine(eventId: string, userId: string, plan: FaultPlan) {
  return registrationView(await seats.cancel(eventId, userId, plan));
}

/** The caller's registrations, newest first, each with its event (one batch read). */
export async function myRegistrations(userId: string, limit: number, cursor?: string) {
  const page = await documents.query({
    TableName: tableNames.events,
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': personPartition(userId).gsi2pk },
    ScanIndexForward: false,
    Limit: limit,
    ExclusiveStartKey: decodeStartKey(cursor, 'gsi2', personPartition(userId)),
  });
  const regs = ((page.Items ?? []) as RegistrationItem[]).filter((reg) => reg.status !== 'pending');
  const eventIds = [...new Set(regs.map((reg) => reg.eventId))];
  const byId = new Map<string, EventItem>();
  if (eventIds.length) {
    const batch = await documents.batchGet({
      RequestItems: { [tableNames.events]: { Keys: eventIds.map(eventKey) } },
    });
    for (const item of (batch.Responses?.[tableNames.events] ?? []) as EventItem[]) byId.set(item.id, item);
  }
  const items = [];
  for (const reg of regs) {
    const event = byId.get(reg.eventId);
    if (event) items.push({ ...(await registrationView(reg, event)), event: toSummary(event) });
  }
  return { items, nextCursor: encodeCursor(page.LastEvaluatedKey) };
}

/** Every registration of an event, for its roster and export. */
export async function rosterItems(eventId: string, userId: string) {
  const event = await managedEvent(eventId, userId);
  const regs = await seats.eventRegistrations(eventId);
  const order = { confirmed: 0, waitlisted: 1, cancelled: 2, pending: 3 } as const;
  const visible = regs
    .filter((reg) => reg.status !== 'pending')
    .sort((a, b) => order[a.status] - order[b.status] || a.arrivedMs - b.arrivedMs);
  const codeOf = await ticketCoder(eventId);
  return { event, rows: visible.map((reg) => toRosterRow(reg, codeOf)) };
}

export async function roster(eventId: string, userId: string) {
  const { rows } = await rosterItems(eventId, userId);
  return { items: rows, nextCursor: null };
}

const invalidTicket = (why: string) => new DomainError('INVALID_TICKET', why);

/**
 * Door check-in: the organiser of the event, venue staff or an admin; idempotent. By the scanned
 * ticket, or by the short code under it (with `registrationId` to choose among the
 * registrations an ambiguous code names).
 */
export async function checkIn(eventId: string, userId: string, request: CheckinRequest) {
  const [user, event] = await Promise.all([currentUser(userId), events.getEvent(eventId)]);
  if (!event) throw notFound('活动不存在');
  ensure(can.checkInAt(user, event), '只有活动组织者、场馆工作人员或管理员可以签到');
  if (event.status === 'cancelled') throw invalidTicket('活动已取消，票码无效');
  if (request.code !== undefined) return checkInByCode(event, user.id, request.code, request.registrationId);
  const claims = await readTicket(request.ticket ?? '');
  if (!claims) throw invalidTicket('无效的票码，请核对后重试');
  if (claims.eventId !== eventId) throw invalidTicket('这张票不是本场活动的');
  const reg = await seats.getRegistration(eventId, claims.userId);
  if (!reg || reg.id !== claims.registrationId) throw invalidTicket('无效的票码，请核对后重试');
  return admit(reg, user.id);
}

/** The code resolves among the event's registrations; two or more confirmed ones: the candidates. */
async function checkInByCode(event: EventItem, byUserId: string, typed: string, registrationId?: string) {
  const code = normalizeTicketCode(typed);
  const codeOf = await ticketCoder(event.id);
  const named = (await seats.eventRegistrations(event.id, true)).filter(
    (reg) => reg.status !== 'pending' && codeOf(reg.id) === code,
  );
  const confirmed = named.filter((reg) => reg.status === 'confirmed');
  if (registrationId !== undefined) {
    const chosen = named.find((reg) => reg.id === registrationId);
    if (!chosen) throw invalidTicket('签到码与所选报名不符，请核对后重试');
    return admit(chosen, byUserId);
  }
  if (confirmed.length > 1) {
    const candidates: CheckinCandidate[] = confirmed.map((reg) => ({
      registrationId: reg.id,
      partySize: reg.partySize,
      contactName: reg.contactName,
      contactPhoneMasked: maskPhone(reg.contactPhone) ?? '',
      checkedInAt: reg.checkedInAt ?? null,
    }));
    throw new DomainError('AMBIGUOUS_TICKET_CODE', undefined, { candidates });
  }
  if (confirmed.length === 1) return admit(confirmed[0]!, byUserId);
  if (named.length) throw invalidTicket('该报名已取消或仍在候补，不能签到');
  throw invalidTicket('没有这个签到码，请核对后重试');
}

/** Check-in by hand from the roster: the organiser of the event or an admin. */
export async function checkInRegistration(eventId: string, userId: string, registrationId: string) {
  const event = await managedEvent(eventId, userId);
  if (event.status === 'cancelled') throw invalidTicket('活动已取消，不能签到');
  const reg = (await seats.eventRegistrations(eventId, true)).find((item) => item.id === registrationId);
  if (!reg || reg.status === 'pending') throw notFound('报名不存在');
  return admit(reg, userId);
}

/**
 * Marks a confirmed registration checked in, once: the write is conditional on the registration
 * still being this confirmed one and not yet checked in, so of concurrent attempts exactly one
 * sets the time and the others answer with it.
 */
async function admit(reg: RegistrationItem, byUserId: string) {
  if (reg.status !== 'confirmed') throw invalidTicket('该报名已取消或仍在候补，不能签到');
  const now = new Date().toISOString();
  try {
    await documents.update({
      TableName: tableNames.events,
      Key: registrationKey(reg.eventId, reg.userId),
      UpdateExpression: 'SET checkedInAt = :now, checkedInBy = :by',
      ConditionExpression: '#status = :confirmed AND id = :id AND attribute_not_exists(checkedInAt)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':now': now, ':by': byUserId, ':confirmed': 'confirmed', ':id': reg.id },
    });
    // The door counter of the event; a request that dies before it is put right by the repair,
    // which recounts it from the registrations (repair.ts).
    await events.addCheckedIn(reg.eventId, reg.partySize);
    return {
      registrationId: reg.id,
      partySize: reg.partySize,
      contactName: reg.contactName,
      checkedInAt: now,
      alreadyCheckedIn: false,
    };
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) throw error;
  }
  const current = await seats.getRegistration(reg.eventId, reg.userId);
  if (!current || current.id !== reg.id || current.status !== 'confirmed' || !current.checkedInAt)
    throw invalidTicket('该报名已取消，票码无效');
  return {
    registrationId: current.id,
    partySize: current.partySize,
    contactName: current.contactName,
    checkedInAt: current.checkedInAt,
    alreadyCheckedIn: true,
  };
}
