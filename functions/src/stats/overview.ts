// GET /stats/overview: the plan's fourteen rows with what the platform counts itself and what the
// bureau reported, read from counters and small Queries only (no Scan):
//   1 GetItem (the caller), 1 Query of published events, 1 Query of venues, 1 Query of the
//   city's visit days, 1 Query of the last 30 days of eligibility checks, 1 GetItem of the
//   pipeline, 1 Query of the reports, 1 Query of published contests, and 1 small Query per
//   published contest (the track and status of its entries).
import {
  allPolicies,
  districtNames,
  indicatorDefinitions,
  scienceBaseKinds,
  scienceVenueKinds,
  shanghaiDate,
  toShanghaiIso,
  type Indicator,
  type IndicatorDefinition,
  type StatsOverview,
} from '@szkc/shared';
import { allPublishedContests } from '../contests/contests.repository';
import { entryFiguresOf } from '../contests/entries.repository';
import { allPublishedFigures } from '../events/events.repository';
import { tableNames } from '../config';
import { inPartition, queryAll } from '../store/operations';
import { addDays } from '../venues/days';
import { listVenues } from '../venues/venues.repository';
import { getPipeline } from './counters';
import {
  checksPartition,
  dayKey,
  visitsPartition,
  type ChecksDayItem,
  type CityDayItem,
  type PipelineItem,
  type ReportItem,
} from './items';
import { allReports } from './reports.repository';

const shanghaiOffsetMs = 8 * 3600_000;
const monthOfMs = (ms: number) => new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 7);

/** The Monday (Asia/Shanghai) of the week a day is in. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The last `n` months up to the one of `today`, oldest first (`YYYY-MM`). */
export function lastMonths(today: string, n: number): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const index = year * 12 + (month - 1) - (n - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

const visitDays = () =>
  queryAll<CityDayItem>({ TableName: tableNames.stats, ...inPartition({ pk: visitsPartition }) });

const checkDays = (from: string, to: string) =>
  queryAll<ChecksDayItem>({
    TableName: tableNames.stats,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': checksPartition,
      ':from': dayKey(checksPartition, from).sk,
      ':to': dayKey(checksPartition, to).sk,
    },
  });

type PlatformFigures = StatsOverview['platform'];

/** The newest year's newest report (reports come sorted by year, then time). */
const latestReport = (reports: ReportItem[]) => reports[reports.length - 1] ?? null;

/** A row of the plan: `measured` is the platform's own figure for the indicators it counts. */
export function indicatorRow(
  definition: IndicatorDefinition,
  reports: ReportItem[],
  measured: Indicator['latest'],
): Indicator {
  const history = reports.map((r) => ({
    year: r.year,
    value: r.value,
    note: r.note,
    reportedAt: r.reportedAt,
  }));
  const report = latestReport(reports);
  const latest: Indicator['latest'] = definition.platformMeasured
    ? measured
    : report && { year: report.year, value: report.value, source: 'reported', note: report.note };
  return {
    id: definition.id,
    label: definition.label,
    unit: definition.unit,
    baseline: definition.baseline,
    target: definition.target,
    latest,
    platformMeasured: definition.platformMeasured,
    history,
    source: definition.source,
    verified: definition.verified,
    note: definition.note,
  };
}

/** What the platform counts for the indicators it measures itself. */
function measuredFigure(id: string, platform: PlatformFigures, year: number): Indicator['latest'] {
  if (id === 'science-venues')
    return {
      year,
      value: platform.venues.scienceVenues,
      source: 'platform',
      note: '平台登记的科技馆与专业科技馆/博物馆（实时）',
    };
  if (id === 'science-bases')
    return {
      year,
      value: platform.venues.scienceBases,
      source: 'platform',
      note: '平台登记的科普教育基地（实时）',
    };
  return null;
}

const count = (item: Record<string, unknown> | null | undefined, attribute: string) =>
  Number(item?.[attribute] ?? 0);

export async function overview(now = Date.now()): Promise<StatsOverview> {
  const today = shanghaiDate(now);
  const from30 = addDays(today, -29);
  const [events, venues, days, checks, pipeline, reports, contests] = await Promise.all([
    allPublishedFigures(),
    listVenues(),
    visitDays(),
    checkDays(from30, today),
    getPipeline(),
    allReports(),
    allPublishedContests(),
  ]);
  const entryFigures = await Promise.all(contests.map((c) => entryFiguresOf(c.id)));

  // Events: seats held are confirmed people (capacity - seatsLeft, party sizes counted).
  const held = (e: (typeof events)[number]) => Math.max(0, e.capacity - e.seatsLeft);
  const months = lastMonths(today, 12);
  const byMonth = new Map(months.map((m) => [m, 0]));
  for (const e of events) {
    const month = monthOfMs(e.startMs);
    if (byMonth.has(month)) byMonth.set(month, byMonth.get(month)! + held(e));
  }

  // Venues: the city's day counters.
  const byKind: Record<string, number> = {};
  for (const v of venues) byKind[v.kind] = (byKind[v.kind] ?? 0) + 1;
  const kindsCount = (kinds: readonly string[]) => kinds.reduce((n, k) => n + (byKind[k] ?? 0), 0);
  const weeks = Array.from({ length: 12 }, (_, i) => addDays(mondayOf(today), -7 * (11 - i)));
  const districtCodes = new Set<string>(Object.keys(districtNames));
  for (const d of days)
    for (const key of Object.keys(d)) if (key.startsWith('district#')) districtCodes.add(key.slice(9));
  const nameOf = (code: string) => (districtNames as Record<string, string>)[code] ?? code;
  const byWeek = new Map<string, Record<string, number>>(
    weeks.map((w) => [w, Object.fromEntries([...districtCodes].map((c) => [nameOf(c), 0]))]),
  );
  for (const d of days) {
    const week = byWeek.get(mondayOf(d.day));
    if (!week) continue;
    for (const code of districtCodes)
      week[nameOf(code)] = (week[nameOf(code)] ?? 0) + count(d, `district#${code}`);
  }

  // Policies: checks per policy and verdict over 30 days; the pipeline's counters.
  const checksByPolicy: Record<string, Record<string, number>> = {};
  for (const day of checks)
    for (const [key, value] of Object.entries(day)) {
      if (!key.startsWith('check#')) continue;
      const [, policyId, verdict] = key.split('#') as [string, string, string];
      {
        const row = (checksByPolicy[policyId] ??= {});
        row[verdict] = (row[verdict] ?? 0) + Number(value);
      }
    }
  const eligibleByPolicy = eligibleCounts(pipeline);

  // Contests: every entry not withdrawn, by track.
  const entriesByTrack = contests.flatMap((contest, i) => {
    const live = entryFigures[i]!.filter((e) => e.status !== 'withdrawn');
    return contest.tracks.map((track) => ({
      contestId: contest.id,
      contestTitle: contest.title,
      track: track.id,
      trackName: track.name,
      entries: live.filter((e) => e.trackId === track.id).length,
    }));
  });
  const liveEntries = entryFigures.flat().filter((e) => e.status !== 'withdrawn');

  const platform: PlatformFigures = {
    events: {
      published: events.length,
      participants: events.reduce((n, e) => n + held(e), 0),
      checkedIn: events.reduce((n, e) => n + (e.checkedInPeople ?? 0), 0),
    },
    venues: {
      count: venues.length,
      visits: days.reduce((n, d) => n + d.visits, 0),
      visitsLast30Days: days
        .filter((d) => d.day >= from30 && d.day <= today)
        .reduce((n, d) => n + d.visits, 0),
      firstTimeVisitors: days.reduce((n, d) => n + d.firstTimeVisitors, 0),
      scienceVenues: kindsCount(scienceVenueKinds),
      scienceBases: kindsCount(scienceBaseKinds),
      byKind,
    },
    contests: {
      entries: liveEntries.length,
      submitted: liveEntries.filter((e) => e.submittedAt).length,
    },
    policies: {
      checksLast30Days: checks.reduce((n, d) => n + d.requests, 0),
      checksByPolicy,
      savedProfiles: Number(pipeline?.savedProfiles ?? 0),
      eligibleByPolicy,
    },
  };

  const reportsOf = new Map<string, ReportItem[]>();
  for (const r of reports) reportsOf.set(r.indicatorId, [...(reportsOf.get(r.indicatorId) ?? []), r]);
  return {
    asOf: toShanghaiIso(now),
    indicators: indicatorDefinitions.map((d) =>
      indicatorRow(d, reportsOf.get(d.id) ?? [], measuredFigure(d.id, platform, Number(today.slice(0, 4)))),
    ),
    platform,
    series: {
      participantsByMonth: months.map((month) => ({ month, people: byMonth.get(month)! })),
      visitsByWeek: weeks.map((week) => ({ week, byDistrict: byWeek.get(week)! })),
      entriesByTrack,
    },
  };
}

/** Saved profiles eligible per policy, every policy of the catalogue present. */
function eligibleCounts(pipeline: PipelineItem | null): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(allPolicies.map((p) => [p.id, 0]));
  for (const [key, value] of Object.entries(pipeline ?? {}))
    if (key.startsWith('eligible#')) counts[key.slice('eligible#'.length)] = Number(value);
  return counts;
}
