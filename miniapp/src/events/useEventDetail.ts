import type { Event } from '@szkc/shared';
import { fetchEvent } from '../api/events';
import { useRequest, type Request } from '../hooks/useRequest';
import { useSession } from '../session/SessionContext';

const missingId = '缺少活动编号，请从活动列表进入';

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
  if (!id) return { ...request, state: 'error', data: null, error: missingId, reload: async () => {} };
  return request;
}
