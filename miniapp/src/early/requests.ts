import { tabPages } from '@szkc/shared';
import { queryString } from '../api/query';

/** How many events one page of 活动's list asks for. */
export const eventPageSize = 20;

/**
 * H5: the API request a page makes first, started by index.html when the app is opened on that
 * page, while the app's code is still loading (script.ts); the client then takes the answer in
 * flight (take.ts). Keyed by page path. Only *public* GETs (API.md): no token is sent. Each must be
 * exactly what the page asks first (default filters, first page): the client uses an early answer
 * only for the same URL, so a change here or in the page makes the page ask for itself again.
 */
export const earlyGets: Record<string, string> = {
  [tabPages.events]: `/events${queryString({ limit: eventPageSize })}`,
};
