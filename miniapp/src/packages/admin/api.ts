import { request } from '../../api/client';
import { saveWorkbook } from '../../api/workbook';
import { allVenueStatsSchema, venueSchema, type VenueCreate } from '../../venues/schemas';

// Admin calls of the venues API; kept here so they ship in the subpackage only.
const venuePath = (id: string) => `/venues/${encodeURIComponent(id)}`;

export const createVenue = (body: VenueCreate) =>
  request('POST', '/venues', { body: { ...body }, schema: venueSchema });

export const updateVenue = (id: string, patch: Partial<VenueCreate>) =>
  request('PATCH', venuePath(id), { body: { ...patch }, schema: venueSchema });

export const setVenueStaff = (id: string, userIds: string[]) =>
  request('PUT', `${venuePath(id)}/staff`, { body: { userIds } });

export const fetchAllVenueStats = (from: string, to: string) =>
  request('GET', '/stats/venues', { query: { from, to }, schema: allVenueStatsSchema });

export const exportAllVenueStats = (from: string, to: string) =>
  saveWorkbook(`/stats/venues.xlsx?from=${from}&to=${to}`, `场馆打卡统计_${from}_${to}`);
