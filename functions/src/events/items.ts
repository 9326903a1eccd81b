// The events table: one item per event, one per registration (keyed by event and user, so a
// person holds at most one registration per event), and two sparse indexes:
//   gsi1  PUBLISHED (list, by start time) and WAIT#<eventId> (the waitlist, by arrival)
//   gsi2  ORG#<organizerId> (an organiser's events) and USER#<userId> (a person's registrations)
import type { EventCategory, EventStatus, RegistrationStatus } from '@szkc/shared';

export const eventKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'META' });
export const registrationKey = (eventId: string, userId: string) => ({
  pk: `EVENT#${eventId}`,
  sk: `REG#${userId}`,
});

/** Sortable epoch ms in a string key. */
export const sortableMs = (ms: number) => String(ms).padStart(15, '0');

/** An event's own partition, and the sort-key prefix of its registrations. */
export const eventPartition = (eventId: string) => eventKey(eventId).pk;
export const registrationPrefix = 'REG#';

/** The public list (gsi1): published events by start time. */
export const publishedPartition = { gsi1pk: 'PUBLISHED' } as const;
export const publishedKeys = (eventId: string, startMs: number) => ({
  gsi1pk: publishedPartition.gsi1pk,
  gsi1sk: `${sortableMs(startMs)}#${eventId}`,
});

/** An event's waitlist (gsi1), in arrival order. */
export const waitlistPartition = (eventId: string) => ({ gsi1pk: `WAIT#${eventId}` });
export const waitlistKeys = (reg: { eventId: string; arrivedMs: number; id: string }) => ({
  gsi1pk: waitlistPartition(reg.eventId).gsi1pk,
  gsi1sk: `${sortableMs(reg.arrivedMs)}#${reg.id}`,
});

/** An organiser's events (gsi2), newest first. */
export const organizerPartition = (organizerId: string) => ({ gsi2pk: `ORG#${organizerId}` });
export const organizerKeys = (organizerId: string, createdAt: string, eventId: string) => ({
  gsi2pk: organizerPartition(organizerId).gsi2pk,
  gsi2sk: `${createdAt}#${eventId}`,
});

/** A person's registrations (gsi2), newest first. */
export const personPartition = (userId: string) => ({ gsi2pk: `USER#${userId}` });
export const personKeys = (userId: string, createdAt: string, eventId: string) => ({
  gsi2pk: personPartition(userId).gsi2pk,
  gsi2sk: `${createdAt}#${eventId}`,
});

/** Registrations that owe a notice (gsi1), by when it is due. */
export const outboxPartition = { gsi1pk: 'OUTBOX' } as const;
export const outboxKeys = (registrationId: string, dueMs: number) => ({
  gsi1pk: outboxPartition.gsi1pk,
  gsi1sk: `${sortableMs(dueMs)}#${registrationId}`,
});
/** A cancelled event in the outbox: everyone registered is told. */
export const eventOutboxKeys = (eventId: string, dueMs: number) => ({
  gsi1pk: outboxPartition.gsi1pk,
  gsi1sk: `${sortableMs(dueMs)}#${eventKey(eventId).pk}`,
});
/** The outbox sort key up to which notices are due at `ms`. */
export const outboxDueUntil = (ms: number) => `${sortableMs(ms)}#~`;

export type EventItem = {
  pk: string;
  sk: string;
  id: string;
  title: string;
  description: string;
  category: EventCategory;
  district: string;
  address: string;
  venueName?: string;
  /** The science venue it is held at (its page lists the event). */
  venueId?: string;
  location?: { lat: number; lng: number };
  coverUrl?: string;
  startAt: string;
  endAt: string;
  signupOpensAt: string;
  signupClosesAt: string;
  startMs: number;
  endMs: number;
  opensMs: number;
  closesMs: number;
  capacity: number;
  waitlistLimit: number;
  maxPartySize: number;
  seatsLeft: number;
  waitlistLeft: number;
  /** People checked in at the door (party sizes); recounted from the registrations by the repair. */
  checkedInPeople?: number;
  /** Counter operations begun but not yet finished: `hold#`, `wait#`, `release#`, `unwait#`, `promote#` + registration id. */
  inflight?: Set<string>;
  version: number;
  /** Waiting parties of each size, as waitlistLeft counts them (waiting-parties.ts). */
  [waitingOfSize: `waitingParties${number}`]: number | undefined;
  status: EventStatus;
  organizerId: string;
  organizerName: string;
  createdAt: string;
  updatedAt: string;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk: string;
  gsi2sk: string;
};

export type RegistrationItem = {
  pk: string;
  sk: string;
  id: string;
  eventId: string;
  userId: string;
  status: RegistrationStatus;
  partySize: number;
  contactName: string;
  contactPhone?: string;
  createdAt: string;
  updatedAt: string;
  /** Arrival time of this attempt (ms): orders the waitlist. */
  arrivedMs: number;
  ticket?: string;
  checkedInAt?: string;
  /** Set while a cancellation has not yet given its seats back: the status it was cancelled from. */
  releasePending?: 'confirmed' | 'waitlisted';
  promotedAt?: string;
  /** Notices owed to the person, oldest first; while any is owed the item is in the OUTBOX index. */
  notices?: string[];
  noticeAttempts?: number;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
};
