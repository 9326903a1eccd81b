import type { RosterRow } from '@szkc/shared';

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
