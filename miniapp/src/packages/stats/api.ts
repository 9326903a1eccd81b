import { indicatorSchema, shanghaiDate, statsOverviewSchema, type IndicatorReport } from '@szkc/shared';
import { request } from '../../api/client';
import { saveWorkbook } from '../../api/workbook';

// The bureau's figures (API.md, "Bureau figures against the plan"); admins only, server-checked.

export const fetchOverview = () => request('GET', '/stats/overview', { schema: statsOverviewSchema });

/** Records a yearly figure; the answer is the indicator with every report so far. */
export const reportIndicator = (id: string, report: IndicatorReport) =>
  request('PUT', `/stats/indicators/${encodeURIComponent(id)}`, {
    body: { ...report },
    schema: indicatorSchema,
  });

export const exportOverview = () => saveWorkbook('/stats/overview.xlsx', `规划指标总览_${shanghaiDate()}`);
