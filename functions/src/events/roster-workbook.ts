// The roster as an Excel workbook. Phones stay masked here too: the export leaves the system.
import ExcelJS from 'exceljs';
import { formatShanghai, registrationStatusNames, type RosterRow } from '@szkc/shared';
import type { EventItem } from './items';

export async function rosterWorkbook(event: EventItem, rows: RosterRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '石嘴山科创';
  const sheet = workbook.addWorksheet('报名名单');
  sheet.addRow([event.title]).font = { bold: true, size: 14 };
  sheet.addRow([`${formatShanghai(event.startAt)} · ${event.venueName ?? event.address}`]);
  const confirmed = rows.filter((r) => r.status === 'confirmed');
  sheet.addRow([
    `报名成功 ${confirmed.reduce((n, r) => n + r.partySize, 0)} 人（${confirmed.length} 单），` +
      `已签到 ${confirmed.filter((r) => r.checkedInAt).reduce((n, r) => n + r.partySize, 0)} 人，` +
      `候补 ${rows.filter((r) => r.status === 'waitlisted').reduce((n, r) => n + r.partySize, 0)} 人`,
  ]);
  sheet.addRow([]);
  const header = sheet.addRow(['序号', '状态', '人数', '联系人', '手机号（已脱敏）', '报名时间', '签到时间']);
  header.font = { bold: true };
  rows.forEach((row, index) =>
    sheet.addRow([
      index + 1,
      registrationStatusNames[row.status],
      row.partySize,
      row.contactName,
      row.contactPhoneMasked,
      formatShanghai(row.createdAt),
      row.checkedInAt ? formatShanghai(row.checkedInAt) : '',
    ]),
  );
  sheet.columns.forEach((column, i) => (column.width = [6, 10, 6, 12, 16, 18, 18][i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
