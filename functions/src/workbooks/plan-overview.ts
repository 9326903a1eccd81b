// The bureau's export of GET /stats/overview: the plan's rows, the platform's own figures, and
// every report with its note.
import { formatShanghai, planDocument, type StatsOverview } from '@szkc/shared';
import { headerRow, titleRow, valueRow, workbookOf } from './sheet';

const sourceNames = { platform: '平台统计', reported: '科技局填报' } as const;

export function overviewWorkbook(figures: StatsOverview): Promise<Buffer> {
  const { events, venues, contests, policies } = figures.platform;
  const platform: Array<[string, string, number]> = [
    ['科普活动', '已发布活动（场）', events.published],
    ['科普活动', '报名人数（人）', events.participants],
    ['科普活动', '签到人数（人）', events.checkedIn],
    ['科普场馆', '平台场馆（个）', venues.count],
    ['科普场馆', '科技场馆（个）', venues.scienceVenues],
    ['科普场馆', '科普教育基地（个）', venues.scienceBases],
    ['科普场馆', '累计打卡（人次）', venues.visits],
    ['科普场馆', '近 30 天打卡（人次）', venues.visitsLast30Days],
    ['科普场馆', '首次到访（人）', venues.firstTimeVisitors],
    ['创新大赛', '报名项目（个）', contests.entries],
    ['创新大赛', '已提交项目（个）', contests.submitted],
    ['企业政策', '近 30 天政策匹配（次）', policies.checksLast30Days],
    ['企业政策', '保存的企业信息（家）', policies.savedProfiles],
    ...Object.entries(policies.eligibleByPolicy).map(
      ([policyId, n]) => ['企业政策', `符合条件的企业：${policyId}（家）`, n] as [string, string, number],
    ),
  ];
  return workbookOf([
    {
      name: '规划指标',
      widths: [6, 30, 8, 10, 10, 12, 20, 10, 10, 12, 30, 40, 40],
      rows: [
        titleRow(`${planDocument}主要指标完成情况`),
        valueRow([`统计时间 ${formatShanghai(figures.asOf)}`]),
        [],
        headerRow([
          '序号',
          '指标',
          '单位',
          '基期年份',
          '基期值',
          '2025 年目标',
          '目标说明',
          '最新年份',
          '最新值',
          '来源',
          '说明',
          '规划出处',
          '核对情况',
        ]),
        ...figures.indicators.map((row, i) =>
          valueRow([
            i + 1,
            row.label,
            row.unit,
            row.baseline?.year,
            row.baseline?.value,
            row.target.value,
            row.target.text,
            row.latest?.year,
            row.latest?.value,
            row.latest ? sourceNames[row.latest.source] : '暂无',
            row.latest?.note,
            `${row.source.document} ${row.source.section}`,
            row.verified ? '已核对' : `待核对：${row.note ?? ''}`,
          ]),
        ),
      ],
    },
    {
      name: '平台统计',
      widths: [12, 36, 12],
      rows: [headerRow(['类别', '统计项', '数值']), ...platform.map((cells) => valueRow(cells))],
    },
    {
      name: '填报记录',
      widths: [30, 8, 12, 8, 40, 20],
      rows: [
        headerRow(['指标', '年份', '数值', '单位', '说明', '填报时间']),
        ...figures.indicators.flatMap((row) =>
          row.history.map((report) =>
            valueRow([
              row.label,
              report.year,
              report.value,
              row.unit,
              report.note,
              formatShanghai(report.reportedAt),
            ]),
          ),
        ),
      ],
    },
  ]);
}
