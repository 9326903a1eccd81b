// The venues capability's use cases: who may do what, and what each answer contains.
import {
  can,
  evaluateBadges,
  haversineM,
  toShanghaiIso,
  type StaffUpdate,
  type StatsRange,
  type VenueCheckinRequest,
  type VenueCreate,
  type VenueListQuery,
  type VenuePatch,
} from '@szkc/shared';
import * as z from '@szkc/shared/zod';
import { currentUser, ensure, requirePermission } from '../access/access';
import { conflict, notFound, validationFailed } from '../errors';
import * as events from '../events/events.repository';
import type { FaultPlan } from '../events/faults';
import { toSummary as toEventSummary } from '../events/views';
import { decodeCursor, encodeCursor } from '../http/cursor';
import * as limits from '../limits/limits';
import { getUser } from '../users/users';
import { checkIn } from './checkin';
import * as checkins from './checkins.repository';
import { posterCode, screenCode, stepSeconds } from './codes';
import { daysOf } from './days';
import type { CheckinItem, VenueItem } from './items';
import * as venues from './venues.repository';
import { toCheckin, toVenue, toVenueSummary } from './views';

const upcomingLimit = 5;
const venueMissing = () => notFound('场馆不存在');

async function existingVenue(venueId: string, consistent = false): Promise<VenueItem> {
  const venue = await venues.getVenue(venueId, consistent);
  if (!venue) throw venueMissing();
  return venue;
}

/** The venue, if this user runs it: its own staff, or an admin. */
async function runVenue(venueId: string, userId: string): Promise<VenueItem> {
  const [user, venue] = await Promise.all([currentUser(userId), venues.getVenue(venueId)]);
  if (!venue) throw venueMissing();
  ensure(can.runVenue(user, venue), '只有本场馆的工作人员或管理员可以查看');
  return venue;
}

const offsetCursor = z.strictObject({ offset: z.number().int().min(1).max(100_000) });

/** Filtered in code: the whole list is one small index partition. Nearest first with `near`. */
export async function listVenues(query: VenueListQuery) {
  const all = (await venues.listVenues()).filter(
    (v) => (!query.district || v.district === query.district) && (!query.kind || v.kind === query.kind),
  );
  const near = query.near;
  const rows = all.map((venue) => ({
    venue,
    distanceM: near ? Math.round(haversineM(near, venue.location)) : null,
  }));
  rows.sort((a, b) =>
    a.distanceM !== null && b.distanceM !== null
      ? a.distanceM - b.distanceM || a.venue.name.localeCompare(b.venue.name, 'zh')
      : a.venue.name.localeCompare(b.venue.name, 'zh'),
  );
  const offset = query.cursor ? decodeCursor(query.cursor, offsetCursor).offset : 0;
  const page = rows.slice(offset, offset + query.limit);
  const nextOffset = offset + page.length;
  return {
    items: page.map((row) => toVenueSummary(row.venue, row.distanceM)),
    nextCursor: nextOffset < rows.length ? encodeCursor({ offset: nextOffset }) : null,
  };
}

/**
 * The next published events held at the venue, soonest first. The PUBLISHED index is filtered by
 * venue, so one bounded page can come back short while later pages still hold some: read on to
 * the end. Costs one Query per 20 upcoming events of the whole city; an index per venue would
 * make it one (not built: see the closing note).
 */
async function upcomingAt(venueId: string) {
  const found: Awaited<ReturnType<typeof events.listPublished>>['items'] = [];
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await events.listPublished({ venueId }, upcomingLimit - found.length, cursor);
    found.push(...page.items);
    cursor = page.next;
  } while (found.length < upcomingLimit && cursor);
  return found;
}

export async function venueDetail(venueId: string, userId: string | undefined) {
  const [venue, upcoming, myVisits] = await Promise.all([
    existingVenue(venueId),
    upcomingAt(venueId),
    userId ? checkins.personVisitsAt(userId, venueId) : Promise.resolve(undefined),
  ]);
  return toVenue(venue, upcoming.map(toEventSummary), myVisits);
}

export async function createVenue(userId: string, input: VenueCreate) {
  await requirePermission(userId, can.manageVenues, '只有管理员可以添加场馆');
  return toVenue(await venues.createVenue(input), []);
}

export async function patchVenue(userId: string, venueId: string, patch: VenuePatch) {
  await requirePermission(userId, can.manageVenues, '只有管理员可以修改场馆');
  const venue = await venues.patchVenue(venueId, patch);
  if (!venue) throw venueMissing();
  return toVenue(venue, (await upcomingAt(venueId)).map(toEventSummary));
}

/** Names the venue's staff: each must hold the venue_staff role. */
export async function setStaff(userId: string, venueId: string, input: StaffUpdate) {
  await requirePermission(userId, can.manageVenues, '只有管理员可以指定场馆工作人员');
  await existingVenue(venueId);
  const accounts = await Promise.all(input.userIds.map((id) => getUser(id)));
  const issues = accounts.flatMap((account, i) =>
    account?.roles.includes('venue_staff')
      ? []
      : [{ path: `userIds.${i}`, message: account ? '该用户没有场馆工作人员角色' : '用户不存在' }],
  );
  if (issues.length) throw validationFailed(issues, issues[0]!.message);
  const venue = await venues.setStaff(venueId, input.userIds);
  if (!venue) throw venueMissing();
  return { venueId, userIds: venue.staffIds };
}

export async function venueCode(userId: string, venueId: string) {
  const venue = await runVenue(venueId, userId);
  if (venue.checkinMode === 'screen') {
    const { code, validUntilMs } = await screenCode(venue);
    return { code, validUntil: toShanghaiIso(validUntilMs), stepSeconds };
  }
  if (venue.checkinMode === 'poster')
    return { code: await posterCode(venue), validUntil: null, stepSeconds: null };
  throw conflict('该场馆按到场定位打卡，没有打卡码');
}

export async function checkInAt(
  venueId: string,
  userId: string,
  request: VenueCheckinRequest,
  plan: FaultPlan,
) {
  // Attempts are limited per person, refused ones included; the counter's UpdateItem runs
  // alongside the reads.
  const [, , venue] = await Promise.all([
    limits.take('venueCheckin', userId),
    currentUser(userId),
    existingVenue(venueId),
  ]);
  const { checkin, created } = await checkIn(venue, userId, request, plan);
  return toCheckin(checkin, !created, created ? await badgesEarnedBy(checkin, userId) : []);
}

/** The badges this very check-in earned, from the person's check-ins including it. */
async function badgesEarnedBy(checkin: CheckinItem, userId: string) {
  const mine = await checkins.personCheckins(userId);
  // The index may lag behind the write just made.
  if (!mine.some((c) => c.id === checkin.id)) mine.push(checkin);
  return evaluateBadges(mine)
    .earned.filter((badge) => badge.checkinId === checkin.id)
    .map(({ id, name, earnedAt }) => ({ id, name, earnedAt }));
}

export async function passport(userId: string) {
  await currentUser(userId);
  const mine = await checkins.personCheckins(userId);
  const byVenue = new Map<string, CheckinItem[]>();
  for (const c of mine) byVenue.set(c.venueId, [...(byVenue.get(c.venueId) ?? []), c]);
  const stamps = [...byVenue.values()]
    .map((visits) => {
      const days = visits.map((v) => v.day).sort();
      const latest = visits.reduce((a, b) => (a.checkedInMs >= b.checkedInMs ? a : b));
      return {
        venueId: latest.venueId,
        venueName: latest.venueName,
        kind: latest.kind,
        district: latest.district,
        firstVisitOn: days[0]!,
        lastVisitOn: days[days.length - 1]!,
        visits: visits.length,
      };
    })
    .sort(
      (a, b) => a.firstVisitOn.localeCompare(b.firstVisitOn) || a.venueName.localeCompare(b.venueName, 'zh'),
    );
  const { earned, next } = evaluateBadges(mine);
  return {
    visits: mine.length,
    venues: byVenue.size,
    districts: [...new Set(mine.map((c) => c.district))].sort(),
    stamps,
    badges: earned.map(({ id, name, earnedAt }) => ({ id, name, earnedAt })),
    next,
  };
}

/** Every day of the range, 0 where the venue had no check-in. */
async function countsOf(venueId: string, range: StatsRange) {
  const counters = new Map(
    (await checkins.dayCounters(venueId, range.from, range.to)).map((c) => [c.day, c]),
  );
  const days = daysOf(range.from, range.to).map((day) => ({
    day,
    visits: counters.get(day)?.visits ?? 0,
    firstTimeVisitors: counters.get(day)?.firstTimeVisitors ?? 0,
  }));
  return {
    visits: days.reduce((sum, d) => sum + d.visits, 0),
    firstTimeVisitors: days.reduce((sum, d) => sum + d.firstTimeVisitors, 0),
    days,
  };
}

export async function venueStats(userId: string, venueId: string, range: StatsRange) {
  await runVenue(venueId, userId);
  return { venueId, from: range.from, to: range.to, ...(await countsOf(venueId, range)) };
}

/** Every venue's totals and days over the range, by district then name (the bureau's view). */
export async function allVenueFigures(userId: string, range: StatsRange) {
  await requirePermission(userId, can.manageVenues, '只有管理员可以查看全部场馆统计');
  const all = await venues.listVenues();
  const rows = await Promise.all(
    all.map(async (venue) => ({
      venueId: venue.id,
      name: venue.name,
      district: venue.district,
      ...(await countsOf(venue.id, range)),
    })),
  );
  return rows.sort((a, b) => a.district.localeCompare(b.district) || a.name.localeCompare(b.name, 'zh'));
}

export async function allVenueStats(userId: string, range: StatsRange) {
  const rows = await allVenueFigures(userId, range);
  return { items: rows.map(({ days: _days, ...totals }) => totals) };
}
