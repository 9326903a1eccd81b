// The roster as an Excel workbook. Phones stay masked here too: the export leaves the system.
import { formatShanghai, registrationStatusNames, type RosterRow } from '@szkc/shared';
import type { EventItem } from '../events/items';
import { headerRow, titleRow, valueRow, workbookOf } from './sheet';

const people = (rows: RosterRow[]) => rows.reduce((n, r) => n + r.partySize, 0);

export function rosterWorkbook(event: EventItem, rows: RosterRow[]): Promise<Buffer> {
  const confirmed = rows.filter((r) => r.status === 'confirmed');
  return workbookOf([
    {
      name: '报名名单',
      widths: [6, 10, 6, 12, 16, 18, 18],
      rows: [
        titleRow(event.title),
        valueRow([`${formatShanghai(event.startAt)} · ${event.venueName ?? event.address}`]),
        valueRow([
          `报名成功 ${people(confirmed)} 人（${confirmed.length} 单），` +
            `已签到 ${people(confirmed.filter((r) => r.checkedInAt))} 人，` +
            `候补 ${people(rows.filter((r) => r.status === 'waitlisted'))} 人`,
        ]),
        [],
        headerRow(['序号', '状态', '人数', '联系人', '手机号（已脱敏）', '报名时间', '签到时间']),
        ...rows.map((row, index) =>
          valueRow([
            index + 1,
            registrationStatusNames[row.status],
            row.partySize,
            row.contactName,
            row.contactPhoneMasked,
            formatShanghai(row.createdAt),
            row.checkedInAt ? formatShanghai(row.checkedInAt) : '',
          ]),
        ),
      ],
    },
  ]);
}
