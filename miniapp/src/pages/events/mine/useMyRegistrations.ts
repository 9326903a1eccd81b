import type { MyRegistration } from '@szkc/shared';
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../../../api/errors';
import { listMyRegistrations } from '../../../api/events';

interface State {
  items: MyRegistration[];
  nextCursor: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  loadingMore: boolean;
}

export function useMyRegistrations() {
  const [state, setState] = useState<State>({
    items: [],
    nextCursor: null,
    status: 'idle',
    error: null,
    loadingMore: false,
  });
  const generation = useRef(0);

  const reload = useCallback(async (quiet = false) => {
    const mine = ++generation.current;
    if (!quiet) setState((prev) => ({ ...prev, status: 'loading', error: null }));
    try {
      const page = await listMyRegistrations();
      if (mine === generation.current)
        setState({
          items: page.items,
          nextCursor: page.nextCursor,
          status: 'ready',
          error: null,
          loadingMore: false,
        });
    } catch (e) {
      if (mine !== generation.current) return;
      setState((prev) =>
        quiet && prev.status === 'ready' ? prev : { ...prev, status: 'error', error: errorMessage(e) },
      );
    }
  }, []);

  const loadMore = useCallback(async () => {
    if (!state.nextCursor || state.loadingMore) return;
    const mine = generation.current;
    setState((prev) => ({ ...prev, loadingMore: true }));
    try {
      const page = await listMyRegistrations(state.nextCursor);
      if (mine === generation.current)
        setState((prev) => ({
          ...prev,
          items: [...prev.items, ...page.items],
          nextCursor: page.nextCursor,
          loadingMore: false,
        }));
    } catch (e) {
      setState((prev) => ({ ...prev, loadingMore: false, error: errorMessage(e) }));
    }
  }, [state.nextCursor, state.loadingMore]);

  return { ...state, reload, loadMore };
}
