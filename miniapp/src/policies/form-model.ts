import {
  enterpriseProfileSchema,
  type Certification,
  type EnterpriseProfile,
  type PolicyEligibility,
  type ProfileField,
} from '@szkc/shared';
import { fieldSpecs } from './form-steps';
import { parseCount, parseWan, yuanToWanText } from './money';

/** What the person typed or chose: text for inputs, booleans for 是/否, a list for 资质. */
export type FormValue = string | boolean | readonly Certification[];
export type FormValues = Partial<Record<ProfileField, FormValue>>;
export type FieldErrors = Partial<Record<ProfileField, string>>;

export interface FormReading {
  /** The fields that passed the shared schema, ready for the engine and the API. */
  profile: EnterpriseProfile;
  /** One Chinese message per field, from the shared schema (or the 万元 parser). */
  errors: FieldErrors;
  /** Money fields as yuan, to show the conversion next to the 万元 input. */
  yuan: Partial<Record<ProfileField, number>>;
}

const isFilledText = (value: FormValue | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** Whether the person has answered a field (a wrong answer counts: it must stay on screen). */
export function isAnswered(values: FormValues, field: ProfileField): boolean {
  const value = values[field];
  return typeof value === 'boolean' || Array.isArray(value) || isFilledText(value);
}

/**
 * Reads the form into a profile. Invalid fields are left out of the profile, so the results keep
 * updating from the rest while the person fixes one figure.
 */
export function readForm(values: FormValues): FormReading {
  const raw: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  const yuan: FormReading['yuan'] = {};

  for (const { field, kind } of fieldSpecs) {
    const value = values[field];
    if (value === undefined) continue;
    if (kind === 'flag' || kind === 'certifications') {
      // An empty list is an answer (无以上资质); only undefined means not answered.
      if (typeof value === 'boolean' || Array.isArray(value)) raw[field] = value;
      continue;
    }
    if (!isFilledText(value)) continue;
    if (kind === 'money') {
      const parsed = parseWan(value);
      if (parsed.kind === 'error') errors[field] = parsed.message;
      else if (parsed.kind === 'yuan') raw[field] = yuan[field] = parsed.yuan;
    } else if (kind === 'count' || kind === 'score') {
      const parsed = parseCount(value);
      if (parsed.kind === 'error') errors[field] = parsed.message;
      else if (parsed.kind === 'number') raw[field] = parsed.value;
    } else {
      raw[field] = kind === 'creditCode' || kind === 'industry' ? value.trim().toUpperCase() : value.trim();
    }
  }

  // Object-level rules (科技人员数 ≤ 职工总数) run only once the fields parse, so check again
  // after dropping each round's invalid fields. Each round drops at least one field.
  for (let round = 0; round < fieldSpecs.length; round++) {
    const checked = enterpriseProfileSchema.safeParse(raw);
    if (checked.success) return { profile: checked.data, errors, yuan };
    for (const issue of checked.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string') return { profile: {}, errors, yuan };
      errors[field as ProfileField] ??= issue.message;
      delete raw[field];
    }
  }
  return { profile: {}, errors, yuan };
}

/** A saved profile back into the form: yuan shown as 万元. */
export function valuesFromProfile(profile: EnterpriseProfile): FormValues {
  const values: FormValues = {};
  for (const { field, kind } of fieldSpecs) {
    const value = profile[field];
    if (value === undefined) continue;
    if (kind === 'money' && typeof value === 'number') values[field] = yuanToWanText(value);
    else if (typeof value === 'number') values[field] = String(value);
    else values[field] = value;
  }
  return values;
}

/** The fields that would settle some still-undecided policy, with the policies that need each. */
export function neededFields(results: readonly PolicyEligibility[]): Map<ProfileField, string[]> {
  const needed = new Map<ProfileField, string[]>();
  for (const result of results) {
    if (result.verdict !== 'incomplete') continue;
    for (const field of result.missingFields) needed.set(field, [...(needed.get(field) ?? []), result.name]);
  }
  return needed;
}
