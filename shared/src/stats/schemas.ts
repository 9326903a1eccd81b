// The bureau's overview of API.md ("Bureau figures against the plan") as zod schemas: the server
// validates and documents with them, the mini-program types its 数据看板 with them.
import * as z from '../zod';
import { freeText } from '../text';

export const indicatorParamsSchema = z.object({ id: z.string().max(64) });

/** The earliest year a report may be for: the plan's baseline year. */
export const firstReportYear = 2019;

export const indicatorReportSchema = z
  .strictObject({
    year: z
      .number('年份须为整数')
      .int('年份须为整数')
      .min(firstReportYear, `年份不能早于 ${firstReportYear} 年`),
    value: z.number('数值须为数字').finite('数值须为有限数字').min(0, '数值不能为负数'),
    note: freeText('说明', 500).optional(),
  })
  .meta({ id: 'IndicatorReport' });
export type IndicatorReport = z.infer<typeof indicatorReportSchema>;

export const indicatorSourceSchema = z.enum(['platform', 'reported']);

const latestSchema = z.object({
  year: z.number().int(),
  value: z.number(),
  source: indicatorSourceSchema,
  note: z.string().nullable(),
});

export const indicatorHistoryEntrySchema = z.object({
  year: z.number().int(),
  value: z.number(),
  note: z.string().nullable(),
  reportedAt: z.string(),
});

export const indicatorSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    unit: z.string(),
    baseline: z.object({ year: z.number().int(), value: z.number().nullable() }).nullable(),
    target: z.object({ year: z.literal(2025), value: z.number().nullable(), text: z.string() }),
    latest: latestSchema.nullable(),
    // Added to the contract's fields:
    /** Counted by the platform (not reportable by hand). */
    platformMeasured: z.boolean(),
    /** Every report of the bureau, oldest first; a correction is a new report, never an overwrite. */
    history: z.array(indicatorHistoryEntrySchema),
    source: z.object({ document: z.string(), section: z.string() }),
    verified: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof indicatorSchema>;

const count = z.number().int();

export const statsOverviewSchema = z
  .object({
    asOf: z.string(),
    indicators: z.array(indicatorSchema),
    platform: z.object({
      events: z.object({ published: count, participants: count, checkedIn: count }),
      venues: z.object({
        count,
        visits: count,
        visitsLast30Days: count,
        firstTimeVisitors: count,
        scienceVenues: count,
        scienceBases: count,
        byKind: z.record(z.string(), count),
      }),
      contests: z.object({ entries: count, submitted: count }),
      policies: z.object({
        checksLast30Days: count,
        /** Per policy id and verdict, over the same 30 days. */
        checksByPolicy: z.record(z.string(), z.record(z.string(), count)),
        savedProfiles: count,
        eligibleByPolicy: z.record(z.string(), count),
      }),
    }),
    series: z.object({
      participantsByMonth: z.array(z.object({ month: z.string(), people: count })),
      visitsByWeek: z.array(z.object({ week: z.string(), byDistrict: z.record(z.string(), count) })),
      entriesByTrack: z.array(
        z.object({
          contestId: z.string(),
          contestTitle: z.string(),
          track: z.string(),
          trackName: z.string(),
          entries: count,
        }),
      ),
    }),
  })
  .meta({ id: 'StatsOverview' });
export type StatsOverview = z.infer<typeof statsOverviewSchema>;
