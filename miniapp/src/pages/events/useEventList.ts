import type { EventSummary } from '@szkc/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/errors';
import { listEvents, type EventListFilters } from '../../api/events';
import { dateRange } from '../../events/dateRanges';
import type { FilterValues } from './Filters';

export interface EventListState {
  items: EventSummary[];
  nextCursor: string | null;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  loadingMore: boolean;
  moreError: string | null;
}

const initial: EventListState = {
  items: [],
  nextCursor: null,
  status: 'loading',
  error: null,
  loadingMore: false,
  moreError: null,
};

export function toQuery(filters: FilterValues, now = Date.now()): EventListFilters {
  return {
    district: filters.district || undefined,
    category: filters.category || undefined,
    ...dateRange(filters.range, now),
  };
}

/** First page on every filter change, more pages on demand; late answers of old filters are dropped. */
export function useEventList(filters: FilterValues) {
  const [state, setState] = useState<EventListState>(initial);
  const generation = useRef(0);

  const reload = useCallback(
    async (quiet = false) => {
      const mine = ++generation.current;
      if (!quiet) setState(initial);
      try {
        const page = await listEvents(toQuery(filters));
        if (mine !== generation.current) return;
        setState({ ...initial, status: 'ready', items: page.items, nextCursor: page.nextCursor });
      } catch (e) {
        if (mine !== generation.current) return;
        // A quiet refresh that fails keeps what is on screen.
        setState((prev) =>
          quiet && prev.status === 'ready' ? prev : { ...initial, status: 'error', error: errorMessage(e) },
        );
      }
    },
    [filters],
  );

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore || state.status !== 'ready') return;
    const mine = generation.current;
    setState((prev) => ({ ...prev, loadingMore: true, moreError: null }));
    try {
      const page = await listEvents(toQuery(filters), cursor);
      if (mine !== generation.current) return;
      setState((prev) => {
        // The server pages by cursor, but a refresh between pages could repeat an event.
        const seen = new Set(prev.items.map((item) => item.id));
        const items = [...prev.items, ...page.items.filter((item) => !seen.has(item.id))];
        return { ...prev, items, nextCursor: page.nextCursor, loadingMore: false };
      });
    } catch (e) {
      if (mine !== generation.current) return;
      setState((prev) => ({ ...prev, loadingMore: false, moreError: errorMessage(e) }));
    }
  }, [filters, state.nextCursor, state.loadingMore, state.status]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload, loadMore };
}
