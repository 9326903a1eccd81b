// The bureau's export of GET /stats/overview: the plan's rows, the platform's own figures, and
// every report with its note.
import ExcelJS from 'exceljs';
import { formatShanghai, planDocument, type StatsOverview } from '@szkc/shared';

const sourceNames = { platform: '平台统计', reported: '科技局填报' } as const;

export async function overviewWorkbook(figures: StatsOverview): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '石嘴山科创';

  const rows = workbook.addWorksheet('规划指标');
  rows.addRow([`${planDocument}主要指标完成情况`]).font = { bold: true, size: 14 };
  rows.addRow([`统计时间 ${formatShanghai(figures.asOf)}`]);
  rows.addRow([]);
  rows.addRow([
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
  ]).font = { bold: true };
  figures.indicators.forEach((row, i) =>
    rows.addRow([
      i + 1,
      row.label,
      row.unit,
      row.baseline?.year ?? '',
      row.baseline?.value ?? '',
      row.target.value ?? '',
      row.target.text,
      row.latest?.year ?? '',
      row.latest?.value ?? '',
      row.latest ? sourceNames[row.latest.source] : '暂无',
      row.latest?.note ?? '',
      `${row.source.document} ${row.source.section}`,
      row.verified ? '已核对' : `待核对：${row.note ?? ''}`,
    ]),
  );
  rows.columns.forEach((column, i) => (column.width = [6, 30, 8, 10, 10, 12, 20, 10, 10, 12, 30, 40, 40][i]));

  const { events, venues, contests, policies } = figures.platform;
  const platform = workbook.addWorksheet('平台统计');
  platform.addRow(['类别', '统计项', '数值']).font = { bold: true };
  const add = (group: string, label: string, value: number) => platform.addRow([group, label, value]);
  add('科普活动', '已发布活动（场）', events.published);
  add('科普活动', '报名人数（人）', events.participants);
  add('科普活动', '签到人数（人）', events.checkedIn);
  add('科普场馆', '平台场馆（个）', venues.count);
  add('科普场馆', '科技场馆（个）', venues.scienceVenues);
  add('科普场馆', '科普教育基地（个）', venues.scienceBases);
  add('科普场馆', '累计打卡（人次）', venues.visits);
  add('科普场馆', '近 30 天打卡（人次）', venues.visitsLast30Days);
  add('科普场馆', '首次到访（人）', venues.firstTimeVisitors);
  add('创新大赛', '报名项目（个）', contests.entries);
  add('创新大赛', '已提交项目（个）', contests.submitted);
  add('企业政策', '近 30 天政策匹配（次）', policies.checksLast30Days);
  add('企业政策', '保存的企业信息（家）', policies.savedProfiles);
  for (const [policyId, n] of Object.entries(policies.eligibleByPolicy))
    add('企业政策', `符合条件的企业：${policyId}（家）`, n);
  platform.columns.forEach((column, i) => (column.width = [12, 36, 12][i]));

  const history = workbook.addWorksheet('填报记录');
  history.addRow(['指标', '年份', '数值', '单位', '说明', '填报时间']).font = { bold: true };
  for (const row of figures.indicators)
    for (const report of row.history)
      history.addRow([
        row.label,
        report.year,
        report.value,
        row.unit,
        report.note ?? '',
        formatShanghai(report.reportedAt),
      ]);
  history.columns.forEach((column, i) => (column.width = [30, 8, 12, 8, 40, 20][i]));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
