import type { FormValues } from './form-model';

// What was typed into the self-test survives leaving the page (e.g. a trip to 我的 to log in,
// which closes it) for as long as the app runs. Kept in memory only: enterprise figures are
// stored nowhere unless the person presses 保存企业信息 (see the privacy guide).
let draft: FormValues = {};

export const loadDraft = (): FormValues => draft;

export function saveDraft(values: FormValues): void {
  draft = values;
}
