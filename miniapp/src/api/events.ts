import {
  eventSchema,
  eventSummarySchema,
  listOf,
  myRegistrationSchema,
  registrationSchema,
  type DistrictCode,
  type EventCategory,
  type RegisterRequest,
} from '@szkc/shared';
import { eventPageSize } from '../early/requests';
import { request } from './client';

// The citizen side of the events API (API.md "科普 events"). Organiser calls live in the
// organiser subpackage so they stay out of the main package.

export interface EventListFilters {
  district?: DistrictCode;
  category?: EventCategory;
  from?: string;
  to?: string;
  q?: string;
}

const eventPage = listOf(eventSummarySchema);
const myRegistrationPage = listOf(myRegistrationSchema);

/** index.html may have asked for the first page already (src/early/requests.ts). */
export const listEvents = (filters: EventListFilters, cursor?: string, limit = eventPageSize) =>
  request('GET', '/events', { query: { ...filters, cursor, limit }, schema: eventPage });

/** With a token the answer carries `myRegistration`. */
export const fetchEvent = (id: string) =>
  request('GET', `/events/${encodeURIComponent(id)}`, { schema: eventSchema });

export const registerForEvent = (id: string, body: RegisterRequest) =>
  request('POST', `/events/${encodeURIComponent(id)}/registrations`, {
    body: { ...body },
    schema: registrationSchema,
  });

export const cancelMyRegistration = (id: string) =>
  request('DELETE', `/events/${encodeURIComponent(id)}/registrations/me`, { schema: registrationSchema });

export const listMyRegistrations = (cursor?: string) =>
  request('GET', '/me/registrations', { query: { cursor, limit: 20 }, schema: myRegistrationPage });
