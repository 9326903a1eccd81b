// Badges are data: an id, a name and a rule over the person's check-ins. They are never stored:
// each is earned by the check-in that first meets its rule, so the passport and `newBadges` are
// computed from the check-ins, and a retried or erased check-in cannot leave a badge behind.
import { districtCodes } from '../districts';

export type BadgeRule =
  | { kind: 'visits'; target: number }
  | { kind: 'venues'; target: number }
  | { kind: 'districts'; districts: readonly string[] };

export type BadgeDefinition = { id: string; name: string; rule: BadgeRule };

export const badgeDefinitions: readonly BadgeDefinition[] = [
  { id: 'first-visit', name: '初次打卡', rule: { kind: 'visits', target: 1 } },
  { id: 'five-venues', name: '五馆探索家', rule: { kind: 'venues', target: 5 } },
  { id: 'all-districts', name: '走遍三区县', rule: { kind: 'districts', districts: districtCodes } },
  { id: 'ten-visits', name: '十次科普行', rule: { kind: 'visits', target: 10 } },
];

/** What a badge rule needs to know of one check-in. */
export type VisitFact = { id: string; venueId: string; district: string; checkedInAt: string };

type Progress = { visits: number; venues: Set<string>; districts: Set<string> };

const measure = (rule: BadgeRule, p: Progress) => {
  if (rule.kind === 'visits') return { progress: Math.min(p.visits, rule.target), target: rule.target };
  if (rule.kind === 'venues') return { progress: Math.min(p.venues.size, rule.target), target: rule.target };
  const reached = rule.districts.filter((d) => p.districts.has(d)).length;
  return { progress: reached, target: rule.districts.length };
};

export type EarnedBadge = { id: string; name: string; earnedAt: string; checkinId: string };

/**
 * Replays the check-ins in time order: each badge with the check-in that earned it, and the
 * progress towards those not yet earned.
 */
export function evaluateBadges(visits: readonly VisitFact[], definitions = badgeDefinitions) {
  const ordered = [...visits].sort(
    (a, b) => a.checkedInAt.localeCompare(b.checkedInAt) || a.id.localeCompare(b.id),
  );
  const progress: Progress = { visits: 0, venues: new Set(), districts: new Set() };
  const earned: EarnedBadge[] = [];
  const open = new Set(definitions.map((d) => d.id));
  for (const visit of ordered) {
    progress.visits++;
    progress.venues.add(visit.venueId);
    progress.districts.add(visit.district);
    for (const definition of definitions) {
      if (!open.has(definition.id)) continue;
      const { progress: done, target } = measure(definition.rule, progress);
      if (done >= target) {
        open.delete(definition.id);
        earned.push({
          id: definition.id,
          name: definition.name,
          earnedAt: visit.checkedInAt,
          checkinId: visit.id,
        });
      }
    }
  }
  const next = definitions
    .filter((d) => open.has(d.id))
    .map((d) => ({ id: d.id, name: d.name, ...measure(d.rule, progress) }));
  return { earned, next };
}
