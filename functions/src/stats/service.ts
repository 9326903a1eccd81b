// The stats capability's use cases: the overview for admins, and the figures the bureau reports.
import {
  can,
  findIndicator,
  shanghaiDate,
  type Indicator,
  type IndicatorReport,
  type StatsOverview,
} from '@szkc/shared';
import { requirePermission } from '../access/access';
import { conflict, notFound, validationFailed } from '../errors';
import { indicatorRow, overview } from './overview';
import { putReport, reportsOf } from './reports.repository';

const onlyAdmins = '只有管理员可以查看和填报规划指标';

export async function statsOverview(userId: string): Promise<StatsOverview> {
  await requirePermission(userId, can.managePlanFigures, onlyAdmins);
  return overview();
}

/** Units whose figures are whole numbers (counts of enterprises, venues, teams…). */
const wholeUnits = new Set(['家', '个', '项']);

/** Per-indicator checks the schema cannot make: the year is not in the future, the unit's range. */
function reportIssues(unit: string, report: IndicatorReport, now: number) {
  const issues: Array<{ path: string; message: string }> = [];
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  if (report.year > thisYear) issues.push({ path: 'year', message: `年份不能晚于 ${thisYear} 年` });
  if (unit === '%' && report.value > 100) issues.push({ path: 'value', message: '百分比不能超过 100' });
  if (wholeUnits.has(unit) && !Number.isInteger(report.value))
    issues.push({ path: 'value', message: `以“${unit}”计的数值须为整数` });
  return issues;
}

/**
 * Records one reported figure: a new item each time, so an earlier report stays in the history.
 * Answers the indicator's row as the overview now shows it (its history included).
 */
export async function reportIndicator(
  userId: string,
  indicatorId: string,
  report: IndicatorReport,
  now = Date.now(),
): Promise<Indicator> {
  await requirePermission(userId, can.managePlanFigures, onlyAdmins);
  const definition = findIndicator(indicatorId);
  if (!definition) throw notFound('没有这项规划指标');
  if (definition.platformMeasured)
    throw conflict(`“${definition.label}”由平台按登记的场馆实时统计，不能手工填报`);
  const issues = reportIssues(definition.unit, report, now);
  if (issues.length) throw validationFailed(issues);
  await putReport(indicatorId, { year: report.year, value: report.value, note: report.note ?? null }, now);
  return indicatorRow(definition, await reportsOf(indicatorId), null);
}
