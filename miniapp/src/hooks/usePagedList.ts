import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { errorMessage } from '../api/errors';
import type { LoadState, ReloadOptions } from './useRequest';

/** One page of a list endpoint (`listOf` in shared). */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

interface PagedList<T> {
  /** 'error' only when there is nothing to show: the first page, or a reload that was not quiet. */
  state: LoadState;
  items: T[];
  /** The server has more after these (it gave a cursor); false at the end of the list. */
  hasMore: boolean;
  loadingMore: boolean;
  /** What to tell the person about the last failed reload; null once one succeeds. */
  error: string | null;
  /** Why the last loadMore failed; the items loaded so far stay. */
  moreError: string | null;
  /** Reads the first page again. */
  reload(options?: ReloadOptions): Promise<void>;
  /** Appends the next page; does nothing at the end, while a page is loading, or before the first. */
  loadMore(): Promise<void>;
}

interface ListState<T> {
  state: LoadState;
  items: T[];
  cursor: string | null;
  error: string | null;
  loadingMore: boolean;
  moreError: string | null;
}

function firstLoad<T>(): ListState<T> {
  return { state: 'loading', items: [], cursor: null, error: null, loadingMore: false, moreError: null };
}

/**
 * A cursor-paged list: the first page whenever `deps` change, more pages on demand. Answers that
 * come back after a newer reload started (or after `deps` changed) are dropped.
 */
export function usePagedList<T extends { id: string }>(
  loadPage: (cursor?: string) => Promise<ListPage<T>>,
  deps: DependencyList,
  { enabled = true }: { enabled?: boolean } = {},
): PagedList<T> {
  const [list, setList] = useState<ListState<T>>(firstLoad);
  const latestLoad = useRef(loadPage);
  latestLoad.current = loadPage;
  const latestList = useRef(list);
  latestList.current = list;
  const generation = useRef(0);
  const dropAnswers = useCallback(() => void generation.current++, []);
  // Set at once, not at the next render: two quick taps must not load the same page twice.
  const loadingMore = useRef(false);

  const reload = useCallback(async ({ quiet = false }: ReloadOptions = {}) => {
    const mine = ++generation.current;
    loadingMore.current = false;
    if (!quiet) setList(firstLoad());
    try {
      const page = await latestLoad.current();
      if (mine !== generation.current) return;
      setList({ ...firstLoad<T>(), state: 'ready', items: page.items, cursor: page.nextCursor });
    } catch (e) {
      if (mine !== generation.current) return;
      const error = errorMessage(e);
      setList((prev) =>
        quiet && prev.state === 'ready'
          ? { ...prev, loadingMore: false, error }
          : { ...firstLoad<T>(), state: 'error', error },
      );
    }
  }, []);

  const loadMore = useCallback(async () => {
    const { state, cursor } = latestList.current;
    if (!cursor || state !== 'ready' || loadingMore.current) return;
    loadingMore.current = true;
    const mine = generation.current;
    setList((prev) => ({ ...prev, loadingMore: true, moreError: null }));
    try {
      const page = await latestLoad.current(cursor);
      if (mine !== generation.current) return;
      setList((prev) => {
        // The server pages by cursor, but a refresh between pages could repeat an item.
        const seen = new Set(prev.items.map((item) => item.id));
        const items = [...prev.items, ...page.items.filter((item) => !seen.has(item.id))];
        return { ...prev, items, cursor: page.nextCursor, loadingMore: false };
      });
    } catch (e) {
      if (mine !== generation.current) return;
      setList((prev) => ({ ...prev, loadingMore: false, moreError: errorMessage(e) }));
    } finally {
      if (mine === generation.current) loadingMore.current = false;
    }
  }, []);

  useEffect(() => {
    if (!enabled) return;
    void reload();
    // An answer to the old deps no longer counts.
    return dropAnswers;
    // The caller's deps decide when to start again, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, ...deps]);

  const { state, items, cursor, error, moreError } = list;
  return {
    state,
    items,
    hasMore: cursor !== null,
    loadingMore: list.loadingMore,
    error,
    moreError,
    reload,
    loadMore,
  };
}
