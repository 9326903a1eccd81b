// The `?from=&to=` of the stats endpoints and their Excel workbooks: its own module, so the
// workbooks function validates it without building every venue schema (module init, issue 10).
import { isCalendarDate } from '../time';
import * as z from '../zod';

/** The longest range of the stats endpoints, in days (a leap year). */
export const maxStatsDays = 366;

const calendarDate = z.string().refine(isCalendarDate, '日期格式应为 YYYY-MM-DD');

/** `from..to`, both days included, at most maxStatsDays days. */
export const statsRangeSchema = z
  .object({ from: calendarDate, to: calendarDate })
  .superRefine((range, ctx) => {
    if (!isCalendarDate(range.from) || !isCalendarDate(range.to)) return;
    const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1;
    if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    else if (days > maxStatsDays)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `统计范围最多 ${maxStatsDays} 天` });
  });
export type StatsRange = z.infer<typeof statsRangeSchema>;
