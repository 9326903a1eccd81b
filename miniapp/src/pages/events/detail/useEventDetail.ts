import type { Event } from '@szkc/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../api/errors';
import { fetchEvent } from '../../../api/events';
import { useSession } from '../../../session/SessionContext';

export interface EventDetailState {
  event: Event | null;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
}

/** GET /events/{id}; re-read when the session changes, since `myRegistration` depends on it. */
export function useEventDetail(id: string | undefined) {
  const { status: sessionStatus } = useSession();
  const [state, setState] = useState<EventDetailState>({ event: null, status: 'loading', error: null });
  const generation = useRef(0);

  const reload = useCallback(
    async (quiet = false) => {
      const mine = ++generation.current;
      if (!id) {
        setState({ event: null, status: 'error', error: '缺少活动编号，请从活动列表进入' });
        return;
      }
      if (!quiet) setState((prev) => ({ ...prev, status: 'loading', error: null }));
      try {
        const event = await fetchEvent(id);
        if (mine === generation.current) setState({ event, status: 'ready', error: null });
      } catch (e) {
        if (mine !== generation.current) return;
        setState((prev) =>
          quiet && prev.event ? prev : { event: null, status: 'error', error: errorMessage(e) },
        );
      }
    },
    [id],
  );

  useEffect(() => {
    // Wait for a stored token to be checked, or the first answer would lack myRegistration.
    if (sessionStatus !== 'checking') void reload(state.event !== null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reload, sessionStatus]);

  return { ...state, reload };
}
