import { firstReportYear, indicatorReportSchema, shanghaiDate, type IndicatorReport } from '@szkc/shared';

// The 填报 form as text fields, checked with the server's own schema before sending.

export interface ReportForm {
  year: number;
  value: string;
  note: string;
}
export type ReportErrors = Partial<Record<keyof ReportForm, string>>;

/** The years a figure can be for: this year back to the plan's baseline year, newest first. */
export function reportYears(today = shanghaiDate()): number[] {
  const thisYear = Number(today.slice(0, 4));
  return Array.from({ length: thisYear - firstReportYear + 1 }, (_, i) => thisYear - i);
}

/** Figures are reported for a year gone by: last year, unless that is before the plan began. */
export function defaultYear(today = shanghaiDate()): number {
  return Math.max(firstReportYear, Number(today.slice(0, 4)) - 1);
}

export const emptyReport = (today?: string): ReportForm => ({
  year: defaultYear(today),
  value: '',
  note: '',
});

export function checkReport(form: ReportForm): { body: IndicatorReport } | { errors: ReportErrors } {
  const text = form.value.trim().replace(/,/g, '');
  if (!text) return { errors: { value: '请填写数值' } };
  const checked = indicatorReportSchema.safeParse({
    year: form.year,
    value: /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN,
    ...(form.note.trim() ? { note: form.note } : {}),
  });
  if (checked.success) return { body: checked.data };
  return {
    errors: errorsOf(checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))),
  };
}

/** Field messages from the schema's issues or the server's 422 `details.issues`. */
export function errorsOf(issues: unknown): ReportErrors {
  const errors: ReportErrors = {};
  if (!Array.isArray(issues)) return errors;
  for (const issue of issues as Array<{ path?: unknown; message?: unknown }>) {
    const field = String(issue.path ?? '').split('.')[0];
    if ((field === 'year' || field === 'value' || field === 'note') && typeof issue.message === 'string')
      errors[field] ??= issue.message;
  }
  return errors;
}
