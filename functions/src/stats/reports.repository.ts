// Reported figures: one item per report, in one partition ordered by indicator, year and time,
// so the overview reads the whole history with one Query and nothing is ever overwritten.
import { ulid } from 'ulid';
import { toShanghaiIso } from '@szkc/shared';
import { tableNames } from '../config';
import { documents } from '../store/document';
import { inPartition, queryAll } from '../store/operations';
import { reportKey, reportsPartition, type ReportItem } from './items';

const TableName = () => tableNames.stats;

export async function putReport(
  indicatorId: string,
  report: { year: number; value: number; note: string | null },
  now = Date.now(),
): Promise<ReportItem> {
  const id = ulid(now);
  const item: ReportItem = {
    ...reportKey(indicatorId, report.year, now, id),
    id,
    indicatorId,
    year: report.year,
    value: report.value,
    note: report.note,
    reportedAt: toShanghaiIso(now),
    reportedMs: now,
  };
  // A new key each time (time and ULID): a report never replaces another.
  await documents.put({
    TableName: TableName(),
    Item: item,
    ConditionExpression: 'attribute_not_exists(pk)',
  });
  return item;
}

/** Every report of every indicator, by indicator, year, then time. */
export const allReports = () =>
  queryAll<ReportItem>({ TableName: TableName(), ...inPartition({ pk: reportsPartition }) });

/** The reports of one indicator, by year then time. */
export const reportsOf = (indicatorId: string) =>
  queryAll<ReportItem>({
    TableName: TableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': reportsPartition, ':prefix': `${indicatorId}#` },
    ConsistentRead: true,
  });
