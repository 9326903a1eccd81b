// Building blocks for criteria. Readers treat anything that is not a usable value of the
// field's type as missing, so a criterion never throws on odd input.

import { regionName } from '../districts';
import { atLeastPercent, percentGap } from './arith';
import { formatPercent, formatPeople, formatWan } from './format';
import { profileFieldLabels } from './values';
import type { EnterpriseProfile, ProfileField } from './profile';
import type { Criterion, CriterionOutcome, ThresholdGap } from './types';

type Fields<T> = {
  [K in ProfileField]: NonNullable<EnterpriseProfile[K]> extends T ? K : never;
}[ProfileField];
export type NumberField = Fields<number>;
export type BooleanField = Fields<boolean>;
export type StringField = Fields<string>;

const fieldValue = (profile: EnterpriseProfile, field: ProfileField): unknown =>
  profile && typeof profile === 'object' ? (profile as Record<string, unknown>)[field] : undefined;

export function readNumber(profile: EnterpriseProfile, field: NumberField): number | undefined {
  const value = fieldValue(profile, field);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function readBoolean(profile: EnterpriseProfile, field: BooleanField): boolean | undefined {
  const value = fieldValue(profile, field);
  return typeof value === 'boolean' ? value : undefined;
}

export function readString(profile: EnterpriseProfile, field: StringField): string | undefined {
  const value = fieldValue(profile, field);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function readCertifications(profile: EnterpriseProfile): readonly string[] | undefined {
  const value = fieldValue(profile, 'certifications');
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

/** Whether a field holds a usable value (the same test the readers apply). */
export function isFieldPresent(profile: EnterpriseProfile, field: ProfileField): boolean {
  const value = fieldValue(profile, field);
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'string':
      return value.length > 0;
    case 'object':
      return Array.isArray(value);
    default:
      return false;
  }
}

export const fieldLabel = (field: ProfileField): string => profileFieldLabels[field];

/** `（依据《…》第…条）` appended to every detail, so each line names its document. */
export const citing = (text: string, source: string): string => `${text}（依据${source}）`;

/**
 * A detail split back into what was found and the `（依据…）` that `citing` appended, so a page can
 * name each document once per policy instead of under every line.
 */
export function splitCitation(detail: string): { finding: string; source: string | null } {
  const at = detail.lastIndexOf('（依据');
  if (at < 0 || !detail.endsWith('）')) return { finding: detail, source: null };
  return { finding: detail.slice(0, at), source: detail.slice(at + '（依据'.length, -1) };
}

export const pass = (detail: string, gap?: ThresholdGap): CriterionOutcome => ({
  outcome: 'pass',
  detail,
  gap,
});
export const fail = (detail: string, gap?: ThresholdGap): CriterionOutcome => ({
  outcome: 'fail',
  detail,
  gap,
});
export const unknown = (detail: string, missing?: readonly ProfileField[]): CriterionOutcome => ({
  outcome: 'unknown',
  detail,
  missing,
});

/** `请填写“职工总数”“科技人员数”` */
export const askFor = (fields: readonly ProfileField[]): string =>
  `请填写${fields.map((field) => `“${fieldLabel(field)}”`).join('')}`;

export function missingOf(profile: EnterpriseProfile, fields: readonly ProfileField[]): ProfileField[] {
  return fields.filter((field) => !isFieldPresent(profile, field));
}

/** Unknown for the given fields, with the detail asking for them. */
export const askUnknown = (missing: readonly ProfileField[], source: string): CriterionOutcome =>
  unknown(citing(askFor(missing), source), missing);

interface FlagCriterionSpec {
  id: string;
  label: string;
  description: string;
  field: BooleanField;
  /** The value that meets the criterion. */
  wanted: boolean;
  source: string;
  passText: string;
  failText: string;
  /** What to ask when unanswered, when the field's label alone would not say it (a time window). */
  question?: string;
  unverified?: string;
}

/** A yes/no fact about the enterprise. */
export function flagCriterion(spec: FlagCriterionSpec): Criterion {
  return {
    id: spec.id,
    label: spec.label,
    description: spec.description,
    fields: [spec.field],
    ...(spec.unverified ? { unverified: spec.unverified } : {}),
    evaluate(profile) {
      const value = readBoolean(profile, spec.field);
      if (value === undefined) {
        return spec.question
          ? unknown(citing(spec.question, spec.source), [spec.field])
          : askUnknown([spec.field], spec.source);
      }
      return value === spec.wanted
        ? pass(citing(spec.passText, spec.source))
        : fail(citing(spec.failText, spec.source));
    },
  };
}

interface CapCriterionSpec {
  id: string;
  label: string;
  description: string;
  field: NumberField;
  /** Inclusive upper bound. */
  max: number;
  unit: 'yuan' | 'people';
  /** How the cap is said: `2 亿元`, `500 人`. */
  maxText: string;
  source: string;
}

/** An amount in its unit: money in 万元, people in 人. */
const formatAmount = (unit: 'yuan' | 'people', n: number, rounding: 'round' | 'ceil' = 'round') =>
  unit === 'yuan' ? formatWan(n, rounding) : formatPeople(n);

/** A size limit, inclusive: `employees <= 500`. */
export function capCriterion(spec: CapCriterionSpec): Criterion {
  const show = (n: number) => formatAmount(spec.unit, n);
  return {
    id: spec.id,
    label: spec.label,
    description: spec.description,
    fields: [spec.field],
    evaluate(profile) {
      const value = readNumber(profile, spec.field);
      if (value === undefined) return askUnknown([spec.field], spec.source);
      const name = fieldLabel(spec.field);
      if (value <= spec.max)
        return pass(citing(`${name} ${show(value)}，未超过 ${spec.maxText}`, spec.source));
      const over = value - spec.max;
      // Rounded up, so 2 亿元 and 1 元 never shows as 20000 万元.
      const shown = formatAmount(spec.unit, value, 'ceil');
      const overText = formatAmount(spec.unit, over, 'ceil');
      return fail(citing(`${name} ${shown}，超过 ${spec.maxText}上限 ${overText}`, spec.source), {
        unit: spec.unit,
        amount: over,
        field: spec.field,
      });
    },
  };
}

interface RegionCriterionSpec {
  id: string;
  label: string;
  description: string;
  /** GB/T 2260 prefix: `64` 宁夏, `6402` 石嘴山市. */
  prefix: string;
  placeName: string;
  source: string;
}

/** Registered within an area, by the GB/T 2260 code of the place of registration. */
export function regionCriterion(spec: RegionCriterionSpec): Criterion {
  return {
    id: spec.id,
    label: spec.label,
    description: spec.description,
    fields: ['regionCode'],
    evaluate(profile) {
      const code = readString(profile, 'regionCode');
      if (code === undefined) return askUnknown(['regionCode'], spec.source);
      const place = code.startsWith('64') ? `（${regionName(code)}）` : '';
      return code.startsWith(spec.prefix)
        ? pass(citing(`注册地代码 ${code}${place}，在${spec.placeName}`, spec.source))
        : fail(citing(`注册地代码 ${code}${place}，不在${spec.placeName}`, spec.source));
    },
  };
}

interface ShareCriterionSpec {
  id: string;
  label: string;
  description: string;
  part: NumberField;
  whole: NumberField;
  /** Inclusive lower bound, whole per cent. */
  percent: number;
  /** True when adding to the part grows the whole too (staff, income, R&D spending). */
  partOfWhole: boolean;
  unit: 'yuan' | 'people';
  /** `科技人员占职工总数` */
  shareName: string;
  /** `还需增加 3 名科技人员` from the gap in the unit. */
  gapText(gap: number): string;
  /** Why a zero whole fails: `职工总数为 0`. */
  zeroWholeText: string;
  source: string;
}

/** part / whole >= percent, compared on integers. */
export function shareCriterion(spec: ShareCriterionSpec): Criterion {
  const show = (n: number) => formatAmount(spec.unit, n);
  return {
    id: spec.id,
    label: spec.label,
    description: spec.description,
    fields: [spec.part, spec.whole],
    evaluate(profile) {
      const part = readNumber(profile, spec.part);
      const whole = readNumber(profile, spec.whole);
      if (part === undefined || whole === undefined) {
        return askUnknown(missingOf(profile, [spec.part, spec.whole]), spec.source);
      }
      if (!(whole > 0))
        return fail(citing(`${spec.zeroWholeText}，无法达到 ${spec.percent}% 的要求`, spec.source));
      const share = formatPercent(part, whole);
      const figures = `${fieldLabel(spec.part)} ${show(part)}，${fieldLabel(spec.whole)} ${show(whole)}`;
      if (atLeastPercent(part, whole, spec.percent)) {
        return pass(citing(`${spec.shareName} ${share}，不低于 ${spec.percent}%（${figures}）`, spec.source));
      }
      const gap = percentGap(part, whole, spec.percent, spec.partOfWhole);
      return fail(
        citing(
          `${spec.shareName} ${share}，低于 ${spec.percent}% 的要求，${spec.gapText(gap)}（${figures}）`,
          spec.source,
        ),
        { unit: spec.unit, amount: gap, field: spec.part },
      );
    },
  };
}
