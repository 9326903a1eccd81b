import { request } from '../../api/client';
import { venueCodeSchema, venueStatsSchema } from '../../venues/schemas';

// Venue staff calls (API.md "Venue staff"); kept here so they ship in the subpackage only.
const venuePath = (id: string) => `/venues/${encodeURIComponent(id)}`;

export const fetchVenueCode = (id: string) =>
  request('GET', `${venuePath(id)}/code`, { schema: venueCodeSchema });

export const fetchVenueStats = (id: string, from: string, to: string) =>
  request('GET', `${venuePath(id)}/stats`, { query: { from, to }, schema: venueStatsSchema });
