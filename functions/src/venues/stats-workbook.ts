// The bureau's export of GET /stats/venues: totals per venue, then visits per venue and day.
import ExcelJS from 'exceljs';
import type { StatsRange } from '@szkc/shared';
import type { allVenueFigures } from './service';
import { districtNameOf } from './views';

type Figures = Awaited<ReturnType<typeof allVenueFigures>>;

export async function venueStatsWorkbook(range: StatsRange, figures: Figures): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '石嘴山科创';
  const totals = workbook.addWorksheet('场馆打卡汇总');
  totals.addRow([`科普场馆打卡统计 ${range.from} 至 ${range.to}`]).font = { bold: true, size: 14 };
  totals.addRow([
    `共 ${figures.length} 个场馆，打卡 ${figures.reduce((n, f) => n + f.visits, 0)} 人次，` +
      `首次到访 ${figures.reduce((n, f) => n + f.firstTimeVisitors, 0)} 人`,
  ]);
  totals.addRow([]);
  totals.addRow(['序号', '场馆', '区县', '打卡人次', '首次到访人数']).font = { bold: true };
  figures.forEach((f, i) =>
    totals.addRow([i + 1, f.name, districtNameOf(f.district), f.visits, f.firstTimeVisitors]),
  );
  totals.columns.forEach((column, i) => (column.width = [6, 28, 10, 10, 14][i]));

  const daily = workbook.addWorksheet('每日打卡人次');
  daily.addRow(['日期', ...figures.map((f) => f.name)]).font = { bold: true };
  const days = figures[0]?.days.map((d) => d.day) ?? [];
  days.forEach((day, i) => daily.addRow([day, ...figures.map((f) => f.days[i]!.visits)]));
  daily.columns.forEach((column, i) => (column.width = i === 0 ? 12 : 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
