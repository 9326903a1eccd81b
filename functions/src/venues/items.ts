// The venues table, every key of it:
//   VENUE#<id> META                 the venue
//   VENUE#<id> VISIT#<day>#<userId>  a check-in: one per person, venue and Asia/Shanghai day, by key
//   VENUE#<id> VISITOR#<userId>      a person's first check-in here (decides "first-time visitor")
//   VENUE#<id> DAY#<day>             the day's counters (visits, firstTimeVisitors)
// and two sparse indexes:
//   gsi1  VENUES (every venue, by name) and UNCOUNTED (check-ins whose counters are not yet
//         confirmed, by time: what the repair looks at)
//   gsi2  PERSON#<userId> (a person's check-ins, by venue and day)
import type { CheckinMode, VenueKind } from '@szkc/shared';

export const venueKey = (venueId: string) => ({ pk: `VENUE#${venueId}`, sk: 'META' });
export const venuePartition = (venueId: string) => venueKey(venueId).pk;

export const checkinKey = (venueId: string, day: string, userId: string) => ({
  pk: venuePartition(venueId),
  sk: `VISIT#${day}#${userId}`,
});
/** The sort-key prefix of a venue's check-ins on one day. */
export const checkinDayPrefix = (day: string) => `VISIT#${day}#`;

export const visitorKey = (venueId: string, userId: string) => ({
  pk: venuePartition(venueId),
  sk: `VISITOR#${userId}`,
});

export const dayCounterKey = (venueId: string, day: string) => ({
  pk: venuePartition(venueId),
  sk: `DAY#${day}`,
});

/** Sortable epoch ms in a string key. */
const sortableMs = (ms: number) => String(ms).padStart(15, '0');

export const allVenuesPartition = { gsi1pk: 'VENUES' } as const;
export const allVenuesKeys = (name: string, venueId: string) => ({
  gsi1pk: allVenuesPartition.gsi1pk,
  gsi1sk: `${name}#${venueId}`,
});

export const uncountedPartition = { gsi1pk: 'UNCOUNTED' } as const;
export const uncountedKeys = (checkedInMs: number, checkinId: string) => ({
  gsi1pk: uncountedPartition.gsi1pk,
  gsi1sk: `${sortableMs(checkedInMs)}#${checkinId}`,
});
/** The UNCOUNTED sort key up to which check-ins are older than `ms`. */
export const uncountedBefore = (ms: number) => `${sortableMs(ms)}#`;

export const personPartition = (userId: string) => ({ gsi2pk: `PERSON#${userId}` });
export const personKeys = (userId: string, venueId: string, day: string) => ({
  gsi2pk: personPartition(userId).gsi2pk,
  gsi2sk: `${venueId}#${day}`,
});
/** The person's check-ins at one venue (gsi2 sort-key prefix). */
export const personVenuePrefix = (venueId: string) => `${venueId}#`;

export type VenueItem = {
  pk: string;
  sk: string;
  id: string;
  name: string;
  kind: VenueKind;
  district: string;
  address: string;
  location: { lat: number; lng: number };
  openingHours: string;
  description: string;
  checkinMode: CheckinMode;
  radiusM: number;
  phone?: string;
  /** Accounts named staff of this venue (each holds the venue_staff role when named). */
  staffIds: string[];
  /** Which printed code is valid: rotating it (PATCH rotatePrintedCode) revokes every poster. */
  codeKeyVersion: number;
  createdAt: string;
  updatedAt: string;
  gsi1pk: string;
  gsi1sk: string;
};

export type CheckinItem = {
  pk: string;
  sk: string;
  id: string;
  venueId: string;
  /** Absent once the account is erased. */
  userId?: string;
  day: string;
  checkedInAt: string;
  checkedInMs: number;
  // Copied from the venue when checked in, for the passport and the badges.
  venueName: string;
  kind: VenueKind;
  district: string;
  /** Set when the day's counters are confirmed to hold this check-in. */
  firstTime?: boolean;
  erased?: boolean;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
};

export type VisitorItem = { pk: string; sk: string; venueId: string; checkinId: string; day: string };

export type DayCounterItem = {
  pk: string;
  sk: string;
  venueId: string;
  day: string;
  visits: number;
  firstTimeVisitors: number;
  /** Moves with every change, so a recount is written only over the counts it read. */
  version: number;
};
