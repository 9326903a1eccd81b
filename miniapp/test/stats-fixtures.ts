// The bureau's overview as the API answers it, for the 数据看板 page tests: the plan's fourteen
// rows from shared's own table, with no figures until a test gives some.
import { indicatorDefinitions, type Indicator, type StatsOverview } from '@szkc/shared';

export function indicators(overrides: Record<string, Partial<Indicator>> = {}): Indicator[] {
  return indicatorDefinitions.map(({ platformMeasured, ...definition }) => ({
    ...definition,
    platformMeasured,
    latest: null,
    history: [],
    ...overrides[definition.id],
  }));
}

const months = ['2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)];
const weeks = Array.from({ length: 12 }, (_, i) => {
  const day = new Date(Date.UTC(2026, 8, 14 + 7 * i));
  return day.toISOString().slice(0, 10);
});

export function overview(overrides: Partial<StatsOverview> = {}): StatsOverview {
  return {
    asOf: '2026-12-02T18:30:00+08:00',
    indicators: indicators(),
    platform: {
      events: { published: 0, participants: 0, checkedIn: 0 },
      venues: {
        count: 0,
        visits: 0,
        visitsLast30Days: 0,
        firstTimeVisitors: 0,
        scienceVenues: 0,
        scienceBases: 0,
        byKind: {},
      },
      contests: { entries: 0, submitted: 0 },
      policies: { checksLast30Days: 0, checksByPolicy: {}, savedProfiles: 0, eligibleByPolicy: {} },
    },
    series: {
      participantsByMonth: months.map((month) => ({ month, people: 0 })),
      visitsByWeek: weeks.map((week) => ({ week, byDistrict: { 大武口区: 0, 惠农区: 0, 平罗县: 0 } })),
      entriesByTrack: [],
    },
    ...overrides,
  };
}
