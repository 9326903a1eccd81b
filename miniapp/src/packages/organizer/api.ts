import {
  checkinResultSchema,
  eventSchema,
  eventSummarySchema,
  listOf,
  rosterRowSchema,
  type EventCreate,
  type EventPatch,
} from '@szkc/shared';
import { request } from '../../api/client';

// Organiser calls of the events API; kept here so they ship in the subpackage only.
const path = (id: string) => `/events/${encodeURIComponent(id)}`;

export const listMyEvents = (cursor?: string) =>
  request('GET', '/me/events', { query: { cursor, limit: 50 }, schema: listOf(eventSummarySchema) });

export const createEvent = (body: EventCreate) =>
  request('POST', '/events', { body: { ...body }, schema: eventSchema });

export const updateEvent = (id: string, patch: EventPatch) =>
  request('PATCH', path(id), { body: { ...patch }, schema: eventSchema });

export const publishEvent = (id: string) => request('POST', `${path(id)}/publish`, { schema: eventSchema });

export const cancelEvent = (id: string) => request('POST', `${path(id)}/cancel`, { schema: eventSchema });

const rosterPage = (id: string, cursor?: string) =>
  request('GET', `${path(id)}/registrations`, {
    query: { cursor, limit: 100 },
    schema: listOf(rosterRowSchema),
  });

/** Every roster row: the counts on the roster page must cover all of them, not a first page. */
export async function fetchWholeRoster(id: string) {
  const rows = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const answer = await rosterPage(id, cursor);
    rows.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return rows;
}

/** By the scanned or pasted ticket, or by the 6-character code under its QR. */
export const checkIn = (id: string, entry: { ticket: string } | { code: string; registrationId?: string }) =>
  request('POST', `${path(id)}/checkins`, { body: { ...entry }, schema: checkinResultSchema });

/** By hand from the roster (the event's organiser, an admin). */
export const checkInByHand = (id: string, registrationId: string) =>
  request('POST', `${path(id)}/registrations/${encodeURIComponent(registrationId)}/checkin`, {
    schema: checkinResultSchema,
  });

export const rosterXlsxPath = (id: string) => `${path(id)}/registrations.xlsx`;
