// Items as the API shows them (API.md): personal fields never leave except to their owner, and
// phones leave only masked.
import {
  districtNames,
  maskPhone,
  type Event,
  type EventSummary,
  type Registration,
  type RosterRow,
} from '@szkc/shared';
import type { EventItem, RegistrationItem } from './items';

export function toSummary(event: EventItem): EventSummary {
  return {
    id: event.id,
    title: event.title,
    category: event.category,
    district: event.district,
    districtName: districtNames[event.district as keyof typeof districtNames] ?? '',
    venueName: event.venueName ?? null,
    startAt: event.startAt,
    endAt: event.endAt,
    signupOpensAt: event.signupOpensAt,
    signupClosesAt: event.signupClosesAt,
    capacity: event.capacity,
    seatsLeft: Math.max(0, event.seatsLeft),
    waitlistOpen: event.status === 'published' && event.waitlistLeft > 0 && event.waitlistLimit > 0,
    status: event.status,
    coverUrl: event.coverUrl ?? null,
  };
}

export function toEvent(event: EventItem, myRegistration?: Registration | null): Event {
  return {
    ...toSummary(event),
    description: event.description,
    address: event.address,
    venueId: event.venueId ?? null,
    location: event.location ?? null,
    maxPartySize: event.maxPartySize,
    waitlistLimit: event.waitlistLimit,
    organizerName: event.organizerName,
    ...(myRegistration === undefined ? {} : { myRegistration }),
  };
}

/**
 * A pending registration is shown as what it will most likely be: still being processed. A
 * ticket is shown only while it admits: never for an event that was cancelled.
 */
export function toRegistration(
  reg: RegistrationItem,
  waitlistPosition: number | null,
  event: Pick<EventItem, 'status'> | null,
  codeOf?: (registrationId: string) => string,
): Registration {
  const admits = reg.status === 'confirmed' && event?.status === 'published';
  const ticket = admits ? (reg.ticket ?? null) : null;
  return {
    id: reg.id,
    eventId: reg.eventId,
    status: reg.status,
    partySize: reg.partySize,
    waitlistPosition: reg.status === 'waitlisted' ? waitlistPosition : null,
    ticket,
    ticketCode: ticket && codeOf ? codeOf(reg.id) : null,
    createdAt: reg.createdAt,
    checkedInAt: reg.checkedInAt ?? null,
  };
}

export function toRosterRow(reg: RegistrationItem, codeOf: (registrationId: string) => string): RosterRow {
  return {
    id: reg.id,
    status: reg.status,
    partySize: reg.partySize,
    contactName: reg.contactName,
    contactPhoneMasked: maskPhone(reg.contactPhone) ?? '',
    ticketCode: reg.status === 'confirmed' ? codeOf(reg.id) : null,
    createdAt: reg.createdAt,
    checkedInAt: reg.checkedInAt ?? null,
  };
}
