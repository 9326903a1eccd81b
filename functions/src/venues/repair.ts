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
import { getCityDay, writeCityDayRecount, type CityDayCounts } from '../stats/counters';

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

export type CityDayReport = {
  day: string;
  recounted: boolean;
  visits: number | null;
  /** The city's count before, when the recount changed it. */
  corrected: number | null;
};

/**
 * Recounts the city's day (the bureau's figures) from every venue's check-in items of that day,
 * and writes it only if no check-in moved it since it was read. Left for the next run while any
 * check-in of the day is not yet confirmed: its city ADD may still be on its way.
 */
export async function repairCityDay(day: string, venueIds: string[]): Promise<CityDayReport> {
  const report: CityDayReport = { day, recounted: false, visits: null, corrected: null };
  // The city's counter first, then the items: a check-in the items miss moves it after this read.
  const city = await getCityDay(day);
  const counts: CityDayCounts = { visits: 0, firstTimeVisitors: 0, byDistrict: {} };
  for (const venueId of venueIds) {
    const items = await dayCheckins(venueId, day);
    if (items.some(isUncounted)) return report;
    for (const c of items) {
      counts.visits++;
      if (c.firstTime) counts.firstTimeVisitors++;
      counts.byDistrict[c.district] = (counts.byDistrict[c.district] ?? 0) + 1;
    }
  }
  const districtsOf = (item: Record<string, unknown>) =>
    Object.keys(item).filter((key) => key.startsWith('district#'));
  const same =
    city &&
    city.visits === counts.visits &&
    city.firstTimeVisitors === counts.firstTimeVisitors &&
    districtsOf(city).every(
      (key) => Number(city[key as `district#${string}`] ?? 0) === (counts.byDistrict[key.slice(9)] ?? 0),
    ) &&
    Object.entries(counts.byDistrict).every(([d, n]) => Number(city[`district#${d}`] ?? 0) === n);
  if (!same && !(city === null && counts.visits === 0)) {
    const written = await writeCityDayRecount(day, counts, city);
    if (!written) return report; // a check-in moved it meanwhile: next run
    if (city) report.corrected = city.visits;
  }
  return { ...report, recounted: true, visits: counts.visits };
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

/** The city's days that the venues' repair looked at (today, yesterday, unconfirmed ones). */
export async function repairCityDays(reports: DayRepairReport[]): Promise<CityDayReport[]> {
  const venueIds = (await listVenues()).map((v) => v.id);
  const days = [...new Set(reports.map((r) => r.day))].sort();
  const cityReports: CityDayReport[] = [];
  for (const day of days) cityReports.push(await repairCityDay(day, venueIds));
  const corrected = cityReports.filter((r) => r.corrected !== null);
  if (corrected.length) logger.info('city visit days repaired', { corrected });
  return cityReports;
}
