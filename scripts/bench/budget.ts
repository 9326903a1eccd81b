// The budgets of issue 10, each printed beside its figure; the bench ends with all of them in one
// table that says which are over.
type Result = { measure: string; figure: string; budget: string; ok: boolean };
const results: Result[] = [];

/** Records a figure against its budget and returns the line that says so. */
export function budget(
  measure: string,
  value: number,
  limit: number,
  { unit = '', atLeast = false, digits = 1 }: { unit?: string; atLeast?: boolean; digits?: number } = {},
): string {
  const ok = atLeast ? value >= limit : value <= limit;
  const figure = `${value.toFixed(digits)}${unit}`;
  const bound = `${atLeast ? '≥' : '≤'} ${limit}${unit}`;
  results.push({ measure, figure, budget: bound, ok });
  return `  ${measure}：${figure}（预算 ${bound}）${ok ? '达标' : '超出预算'}`;
}

export function budgetTable(): string[] {
  const over = results.filter((r) => !r.ok).length;
  return [
    ...results.map(
      (r) => `${r.ok ? '达标' : '超出'}  ${r.measure.padEnd(34)} ${r.figure.padStart(10)}  预算 ${r.budget}`,
    ),
    over ? `共 ${results.length} 项，${over} 项超出预算` : `共 ${results.length} 项，全部达标`,
  ];
}
