import { normalizeTicketCode, type RosterRow } from '@szkc/shared';

/** People (not registrations) per state: seats are counted in people. */
export function rosterCounts(rows: RosterRow[]) {
  let confirmed = 0;
  let waitlisted = 0;
  let checkedIn = 0;
  for (const row of rows) {
    if (row.status === 'confirmed') confirmed += row.partySize;
    if (row.status === 'waitlisted') waitlisted += row.partySize;
    if (row.checkedInAt) checkedIn += row.partySize;
  }
  return { confirmed, waitlisted, checkedIn };
}

export type RosterFilter = 'all' | 'waiting' | 'in';
export const rosterFilters: Array<{ key: RosterFilter; label: string }> = [
  { key: 'all', label: '全部' },
  { key: 'waiting', label: '未签到' },
  { key: 'in', label: '已签到' },
];

/**
 * Whether a row is shown for what was typed (part of the name, the phone's last digits, or the
 * code under the person's QR) and the chosen filter. 未签到 are confirmed rows not yet checked in.
 */
export function matchesRoster(row: RosterRow, query: string, filter: RosterFilter): boolean {
  if (filter === 'waiting' && (row.status !== 'confirmed' || row.checkedInAt)) return false;
  if (filter === 'in' && !row.checkedInAt) return false;
  const text = query.trim();
  if (!text) return true;
  if (row.contactName.includes(text)) return true;
  if (/^\d{1,4}$/.test(text) && row.contactPhoneMasked.endsWith(text)) return true;
  const code = normalizeTicketCode(text);
  return code.length >= 3 && !!row.ticketCode?.startsWith(code);
}
