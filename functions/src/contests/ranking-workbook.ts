// The ranking as an Excel workbook, one sheet, grouped by track as the organiser reads it.
import ExcelJS from 'exceljs';
import type { ContestItem } from './items';
import type { RankedEntry } from './ranking';

export async function rankingWorkbook(
  contest: ContestItem,
  round: number,
  items: RankedEntry[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '石嘴山科创';
  const sheet = workbook.addWorksheet('评审排名');
  const roundName = contest.rounds.find((r) => r.n === round)?.name ?? `第 ${round} 轮`;
  sheet.addRow([`${contest.title} · ${roundName}排名`]).font = { bold: true, size: 14 };
  sheet.addRow(['得分为评审总分的平均分；5 位及以上评审时去掉一个最高分和一个最低分。']);
  sheet.addRow([]);
  const header = sheet.addRow(['赛道', '名次', '项目名称', '组别', '评审人数', '得分']);
  header.font = { bold: true };
  const trackName = (id: string) => contest.tracks.find((t) => t.id === id)?.name ?? id;
  const groupName = (id: string | null) => (id ? (contest.groups.find((g) => g.id === id)?.name ?? id) : '');
  for (const item of items) {
    sheet.addRow([
      trackName(item.trackId),
      item.rank ?? '',
      item.projectName,
      groupName(item.groupId),
      item.reviews,
      item.score ?? '未评分',
    ]);
  }
  sheet.columns.forEach((column, i) => (column.width = [12, 6, 30, 10, 10, 10][i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
