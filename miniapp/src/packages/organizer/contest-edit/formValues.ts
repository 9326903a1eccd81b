import {
  contestCreateSchema,
  parseIsoInstant,
  shanghaiDate,
  toShanghaiIso,
  type Certification,
  type Contest,
  type ContestCreate,
  type ContestKind,
  type ContestPatch,
} from '@szkc/shared';
import { parseWan, yuanToWanText } from '../../../policies/money';

// The contest form (POST /contests, PATCH /contests/{id}): text as typed, money in 万元, times as a
// Shanghai date and clock. The shared schema the server uses checks it before anything is sent.

export interface TrackRow {
  key: number;
  id: string;
  name: string;
}

export interface GroupRow {
  key: number;
  id: string;
  name: string;
  registeredOnOrAfter: string;
  registeredOnOrBefore: string;
  revenueMaxWan: string;
  requiredCertifications: Certification[];
  source: string;
  verified: boolean;
}

export interface RubricRow {
  key: number;
  id: string;
  label: string;
  weight: string;
}

export interface RoundRow {
  key: number;
  name: string;
}

export interface WallTime {
  date: string;
  time: string;
}

export interface ContestForm {
  title: string;
  kind: ContestKind | '';
  description: string;
  signupOpensAt: WallTime;
  signupClosesAt: WallTime;
  teamMin: string;
  teamMax: string;
  tracks: TrackRow[];
  groups: GroupRow[];
  rubric: RubricRow[];
  rounds: RoundRow[];
}

/** Messages by issue path as the server spells them (`rubric`, `groups.0.rules.revenueMaxYuan`). */
export type FieldErrors = Record<string, string>;

let nextKey = 1;
const key = () => nextKey++;

/**
 * Ids are slugs the organiser never has to type: a new row takes the first free `<prefix>-<n>`,
 * a saved row keeps its id (entries and scores refer to it).
 */
export function freeSlug(prefix: string, taken: ReadonlyArray<{ id: string }>): string {
  const used = new Set(taken.map((row) => row.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export const newTrack = (rows: TrackRow[]): TrackRow => ({
  key: key(),
  id: freeSlug('track', rows),
  name: '',
});
export const newGroup = (rows: GroupRow[]): GroupRow => ({
  key: key(),
  id: freeSlug('group', rows),
  name: '',
  registeredOnOrAfter: '',
  registeredOnOrBefore: '',
  revenueMaxWan: '',
  requiredCertifications: [],
  source: '',
  verified: false,
});
export const newRubricItem = (rows: RubricRow[]): RubricRow => ({
  key: key(),
  id: freeSlug('item', rows),
  label: '',
  weight: '',
});
export const newRound = (): RoundRow => ({ key: key(), name: '' });

const dayMs = 24 * 60 * 60 * 1000;
const wall = (iso: string): WallTime => {
  const text = toShanghaiIso(parseIsoInstant(iso) ?? 0);
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
};
const instant = (t: WallTime) => `${t.date}T${t.time}:00+08:00`;

/** A new contest: signup from tomorrow 09:00 for 30 days, one track, one round, no groups. */
export function blankForm(now = Date.now()): ContestForm {
  return {
    title: '',
    kind: '',
    description: '',
    signupOpensAt: { date: shanghaiDate(now + dayMs), time: '09:00' },
    signupClosesAt: { date: shanghaiDate(now + 31 * dayMs), time: '18:00' },
    teamMin: '1',
    teamMax: '5',
    tracks: [newTrack([])],
    groups: [],
    rubric: [newRubricItem([])],
    rounds: [{ key: key(), name: '初赛' }],
  };
}

export function formFromContest(contest: Contest): ContestForm {
  return {
    title: contest.title,
    kind: contest.kind,
    description: contest.description,
    signupOpensAt: wall(contest.signupOpensAt),
    signupClosesAt: wall(contest.signupClosesAt),
    teamMin: String(contest.teamMin),
    teamMax: String(contest.teamMax),
    tracks: contest.tracks.map((track) => ({ key: key(), id: track.id, name: track.name })),
    groups: contest.groups.map((group) => ({
      key: key(),
      id: group.id,
      name: group.name,
      registeredOnOrAfter: group.rules.registeredOnOrAfter ?? '',
      registeredOnOrBefore: group.rules.registeredOnOrBefore ?? '',
      revenueMaxWan:
        group.rules.revenueMaxYuan === undefined ? '' : yuanToWanText(group.rules.revenueMaxYuan),
      requiredCertifications: [...(group.rules.requiredCertifications ?? [])],
      source: group.source ?? '',
      verified: group.verified === true,
    })),
    rubric: rubricRows(contest.rubric),
    rounds: contest.rounds.map((round) => ({ key: key(), name: round.name })),
  };
}

export const rubricRows = (items: ContestCreate['rubric']): RubricRow[] =>
  items.map((item) => ({ key: key(), id: item.id, label: item.label, weight: String(item.weight) }));

const integer = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The weights typed so far; a row not yet a whole number counts as 0. */
export function weightTotal(rows: RubricRow[]): number {
  return rows.reduce((sum, row) => sum + (Number.isNaN(integer(row.weight)) ? 0 : integer(row.weight)), 0);
}

/** The POST /contests body, checked by the server's own schema; or the errors by path. */
export function toContestCreate(form: ContestForm): { data: ContestCreate } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!form.kind) errors.kind = '请选择大赛类别';
  const groups = form.groups.map((group, i) => {
    const money = parseWan(group.revenueMaxWan);
    if (money.kind === 'error') errors[`groups.${i}.rules.revenueMaxYuan`] = money.message;
    return {
      id: group.id,
      name: group.name,
      rules: {
        ...(group.registeredOnOrAfter ? { registeredOnOrAfter: group.registeredOnOrAfter } : {}),
        ...(group.registeredOnOrBefore ? { registeredOnOrBefore: group.registeredOnOrBefore } : {}),
        ...(money.kind === 'yuan' ? { revenueMaxYuan: money.yuan } : {}),
        ...(group.requiredCertifications.length
          ? { requiredCertifications: group.requiredCertifications }
          : {}),
      },
      ...(group.source.trim() ? { source: group.source } : {}),
      verified: group.verified,
    };
  });
  const body = {
    title: form.title,
    kind: form.kind || undefined,
    description: form.description,
    signupOpensAt: instant(form.signupOpensAt),
    signupClosesAt: instant(form.signupClosesAt),
    teamMin: integer(form.teamMin),
    teamMax: integer(form.teamMax),
    tracks: form.tracks.map((track) => ({ id: track.id, name: track.name })),
    groups,
    rubric: form.rubric.map((item) => ({ id: item.id, label: item.label, weight: integer(item.weight) })),
    rounds: form.rounds.map((round, i) => ({ n: i + 1, name: round.name })),
  };
  const checked = contestCreateSchema.safeParse(body);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = issue.path.map(String).join('.') || 'form';
      errors[path] ??= friendly(path, issue.message);
    }
  }
  if (!checked.success || Object.keys(errors).length) return { errors };
  return { data: checked.data };
}

// zod's own words for a missing choice or a non-number are not for people.
function friendly(path: string, message: string): string {
  if (/[\u4e00-\u9fa5]/.test(message)) return message;
  if (path === 'teamMin' || path === 'teamMax' || path.endsWith('.weight')) return '请填写整数';
  if (path.includes('registeredOn')) return '日期格式应为 2025-01-01';
  return '请检查此项';
}

/** The first message at a path or under it (`tracks.0` covers `tracks.0.name`). */
export function errorUnder(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const prefix = `${path}.`;
  return Object.entries(errors).find(([at]) => at.startsWith(prefix))?.[1];
}

/** Only the fields that changed, for PATCH /contests/{id}. */
export function changedFields(before: ContestCreate, after: ContestCreate): ContestPatch {
  const patch: Record<string, unknown> = {};
  for (const field of Object.keys(after) as Array<keyof ContestCreate>) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) patch[field] = after[field];
  }
  return patch as ContestPatch;
}
