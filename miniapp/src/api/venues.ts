import { listOf, type DistrictCode } from '@szkc/shared';
import {
  passportSchema,
  venueCheckinSchema,
  venueSchema,
  venueSummarySchema,
  type VenueCheckinRequest,
  type VenueKind,
} from '../venues/schemas';
import { request } from './client';

// The citizen side of the venues API (API.md "Science venues"). Staff and admin calls live in
// their subpackages so they stay out of the main package.

export interface VenueListFilters {
  district?: DistrictCode;
  kind?: VenueKind;
  /** The person's position: the list comes nearest first, with `distanceM`. */
  near?: { lat: number; lng: number };
}

const venuePage = listOf(venueSummarySchema);
const venuePath = (id: string) => `/venues/${encodeURIComponent(id)}`;

// Six decimals are about 0.1 m: enough, and the query stays short.
const nearParam = (near?: VenueListFilters['near']) =>
  near ? `${near.lat.toFixed(6)},${near.lng.toFixed(6)}` : undefined;

export const listVenues = ({ district, kind, near }: VenueListFilters, cursor?: string, limit = 20) =>
  request('GET', '/venues', {
    query: { district, kind, near: nearParam(near), cursor, limit },
    schema: venuePage,
  });

/** With a token the answer carries `myVisits`. */
export const fetchVenue = (id: string) => request('GET', venuePath(id), { schema: venueSchema });

export const checkInAtVenue = (id: string, body: VenueCheckinRequest) =>
  request('POST', `${venuePath(id)}/checkins`, { body: { ...body }, schema: venueCheckinSchema });

export const fetchPassport = () => request('GET', '/me/passport', { schema: passportSchema });
