// The stats table, every key of it:
//   REPORTS   <indicatorId>#<year>#<reportedMs>#<id>  one figure the bureau reported (never
//                                                     overwritten: a correction is a new item)
//   VISITS    DAY#<day>                               check-ins of the whole city that Shanghai
//                                                     day: visits, firstTimeVisitors, per district
//   CHECKS    DAY#<day>                               eligibility checks that day: requests, and
//                                                     one count per policy and verdict
//   PIPELINE  COUNTS                                  saved enterprise profiles, and those the
//                                                     engine finds eligible, per policy
// No index: every read is one partition.

export const reportsPartition = 'REPORTS';
export const reportKey = (indicatorId: string, year: number, reportedMs: number, id: string) => ({
  pk: reportsPartition,
  sk: `${indicatorId}#${year}#${String(reportedMs).padStart(15, '0')}#${id}`,
});

export const visitsPartition = 'VISITS';
export const checksPartition = 'CHECKS';
export const dayKey = (partition: string, day: string) => ({ pk: partition, sk: `DAY#${day}` });
export const pipelineKey = { pk: 'PIPELINE', sk: 'COUNTS' } as const;

/** The attribute that counts a district's check-ins on a city day. */
export const districtAttribute = (district: string) => `district#${district}`;
/** The attribute that counts one policy's checks with one verdict on a day. */
export const checkAttribute = (policyId: string, verdict: string) => `check#${policyId}#${verdict}`;
/** The attribute that counts saved profiles eligible for a policy. */
export const eligibleAttribute = (policyId: string) => `eligible#${policyId}`;

export type ReportItem = {
  pk: string;
  sk: string;
  id: string;
  indicatorId: string;
  year: number;
  value: number;
  note: string | null;
  reportedAt: string;
  reportedMs: number;
};

export type CityDayItem = {
  pk: string;
  sk: string;
  day: string;
  visits: number;
  firstTimeVisitors: number;
  version: number;
  [district: `district#${string}`]: number | undefined;
};

export type ChecksDayItem = {
  pk: string;
  sk: string;
  day: string;
  requests: number;
  [check: `check#${string}`]: number | undefined;
};

export type PipelineItem = {
  pk: string;
  sk: string;
  savedProfiles: number;
  version: number;
  /** Saves and deletions of profiles begun and not yet confirmed: `<userId>#<ms>`. */
  inflight?: Set<string>;
  [eligible: `eligible#${string}`]: number | undefined;
};
