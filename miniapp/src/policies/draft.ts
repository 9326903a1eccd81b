import Taro from '@tarojs/taro';
import { certificationValues, type Certification } from '@szkc/shared';
import type { FormValue, FormValues } from './form-model';
import { fieldSpecs, formSteps } from './form-steps';

// What was typed into the self-test, kept on this device only (WeChat's storage, or the
// browser's), so a reload, a closed mini-program or a trip to 我的 to log in loses nothing.
// Nothing leaves the phone unless the person presses 保存企业信息; 清空填写 removes it (see the
// privacy guide). The step the person was on is part of the draft: a reload opens it again.
const key = 'szkc.policyDraft';
const stepKey = 'szkc.policyDraftStep';

const kinds = new Map(fieldSpecs.map((spec) => [spec.field as string, spec.kind]));

/** A stored value back into the form, or undefined when it is not one the field takes. */
function readValue(field: string, value: unknown): FormValue | undefined {
  const kind = kinds.get(field);
  if (kind === undefined) return undefined;
  if (kind === 'flag') return typeof value === 'boolean' ? value : undefined;
  if (kind === 'certifications') {
    return Array.isArray(value) && value.every((c) => certificationValues.includes(c as Certification))
      ? (value as Certification[])
      : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}

export function loadDraft(): FormValues {
  try {
    const stored: unknown = Taro.getStorageSync(key);
    if (!stored || typeof stored !== 'object') return {};
    const values: Record<string, FormValue> = {};
    for (const [field, value] of Object.entries(stored)) {
      const read = readValue(field, value);
      if (read !== undefined) values[field] = read;
    }
    return values as FormValues;
  } catch {
    return {};
  }
}

/** The step kept with the draft (0 for the first), or 0 when there is none or it is not one. */
export function loadDraftStep(): number {
  try {
    const stored: unknown = Taro.getStorageSync(stepKey);
    return typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 && stored < formSteps.length
      ? stored
      : 0;
  } catch {
    return 0;
  }
}

/** Keeps the values and the step on the device; an empty form removes both. */
export function saveDraft(values: FormValues, step = 0): void {
  try {
    if (Object.keys(values).length === 0) {
      Taro.removeStorageSync(key);
      Taro.removeStorageSync(stepKey);
    } else {
      Taro.setStorageSync(key, values);
      Taro.setStorageSync(stepKey, step);
    }
  } catch {
    // Storage full or unavailable: the form still works, it just is not kept.
  }
}
