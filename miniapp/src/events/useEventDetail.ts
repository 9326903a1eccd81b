import type { Event } from '@szkc/shared';
import { fetchEvent } from '../api/events';
import { useRequest, type Request } from '../hooks/useRequest';
import { useSession } from '../session/SessionContext';

/**
 * GET /events/{id} for the detail and registration pages. The answer's `myRegistration` depends
 * on who asks: it waits for a stored token to be checked, and re-reads quietly when the session
 * changes.
 */
export function useEventDetail(id: string | undefined): Request<Event> {
  const { status } = useSession();
  const request = useRequest(() => fetchEvent(id ?? ''), [id, status], {
    enabled: Boolean(id) && status !== 'checking',
    quietOnChange: true,
  });
  // A link without an id names no event: the same as one that does not exist.
  if (!id)
    return { ...request, state: 'error', data: null, error: null, missing: true, reload: async () => {} };
  return request;
}
