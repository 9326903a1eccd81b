// The venues repair routine: recounts a venue's day from its check-in items and writes the
// figures only if the counter did not move since it was read. Days to look at: those of check-ins
// whose counting was never confirmed (a request died between its writes), and today and
// yesterday of every venue. Safe at any time, also during a rush: a day with a check-in younger
// than any request can live is left for the next run, and a recount never overwrites a counter
// that a live check-in moved meanwhile.
import { logger } from '../http/logger';
import {
  dayCheckins,
  getDayCounter,
  isFirstVisit,
  markCounted,
  uncountedCheckins,
  writeRecount,
} from './checkins.repository';
import { addDays, shanghaiDayOf } from './days';
import type { CheckinItem } from './items';
import { listVenues } from './venues.repository';

/** Longer than any request lives (the function timeout is 10 s). */
export const staleAfterMs = 60_000;

export type DayRepairReport = {
  venueId: string;
  day: string;
  recounted: boolean;
  visits: number | null;
  firstTimeVisitors: number | null;
  /** Counter values before, when the recount changed them. */
  corrected: { visits: number; firstTimeVisitors: number } | null;
  settled: number;
};

const isUncounted = (c: CheckinItem) => c.gsi1pk !== undefined;

/** Whether an unconfirmed check-in is the person's first visit (erased ones count as they were). */
const firstTimeOf = async (c: CheckinItem) => (c.userId ? isFirstVisit(c, c.userId) : Boolean(c.firstTime));

export async function repairVenueDay(
  venueId: string,
  day: string,
  now = Date.now(),
): Promise<DayRepairReport> {
  const report: DayRepairReport = {
    venueId,
    day,
    recounted: false,
    visits: null,
    firstTimeVisitors: null,
    corrected: null,
    settled: 0,
  };
  const counter = await getDayCounter(venueId, day);
  const items = await dayCheckins(venueId, day);
  const unconfirmed = items.filter(isUncounted);
  if (unconfirmed.some((c) => now - c.checkedInMs < staleAfterMs)) return report; // a request may be live
  const firstTime = new Map<string, boolean>();
  for (const c of unconfirmed) firstTime.set(c.id, await firstTimeOf(c));
  const visits = items.length;
  const firstTimeVisitors = items.filter((c) => firstTime.get(c.id) ?? c.firstTime === true).length;
  const unchanged = counter && counter.visits === visits && counter.firstTimeVisitors === firstTimeVisitors;
  if (!unchanged && !(counter === null && visits === 0)) {
    const written = await writeRecount(venueId, day, { visits, firstTimeVisitors }, counter?.version ?? null);
    if (!written) return report; // a check-in moved the counter meanwhile: next run
    if (counter) report.corrected = { visits: counter.visits, firstTimeVisitors: counter.firstTimeVisitors };
  }
  // Only now that the counter holds them do they leave the repair's index.
  for (const c of unconfirmed) {
    await markCounted(c, firstTime.get(c.id)!);
    report.settled++;
  }
  return { ...report, recounted: true, visits, firstTimeVisitors };
}

export async function repairAll(now = Date.now()): Promise<DayRepairReport[]> {
  const today = shanghaiDayOf(now);
  const days = new Map<string, { venueId: string; day: string }>();
  const add = (venueId: string, day: string) => days.set(`${venueId}#${day}`, { venueId, day });
  for (const c of await uncountedCheckins(now - staleAfterMs)) add(c.venueId, c.day);
  for (const venue of await listVenues()) {
    add(venue.id, today);
    add(venue.id, addDays(today, -1));
  }
  const reports: DayRepairReport[] = [];
  for (const { venueId, day } of days.values()) reports.push(await repairVenueDay(venueId, day, now));
  const changed = reports.filter((r) => r.corrected || r.settled);
  if (changed.length) logger.info('venue counters repaired', { changed });
  return reports;
}
