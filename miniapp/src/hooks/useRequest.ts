import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { errorMessage, hasErrorCode } from '../api/errors';

export type LoadState = 'loading' | 'ready' | 'error';

export interface ReloadOptions {
  /**
   * Keep what is on screen while reading again (a refresh on coming back, a pull-down): the
   * state stays 'ready', and a failure only sets `error`, keeping the data.
   */
  quiet?: boolean;
}

export interface Request<T> {
  /** 'error' only when there is nothing to show: the first read, or a reload that was not quiet. */
  state: LoadState;
  /** The last answer; still there while a reload is under way. */
  data: T | null;
  /** What to tell the person about the last failed read; null once a read succeeds. */
  error: string | null;
  /** The last read answered 404: there is no such thing, and reading again will not help. */
  missing: boolean;
  reload(options?: ReloadOptions): Promise<void>;
  /** Shows an answer got otherwise (the event a publish returned); a read under way is dropped. */
  setData(data: T): void;
}

interface RequestOptions {
  /** Until true nothing is read (state 'loading'), e.g. while the session is being checked. */
  enabled?: boolean;
  /**
   * A change of `deps` re-reads quietly once there is data: for the same thing seen anew (the
   * same event after signing in), not for another thing.
   */
  quietOnChange?: boolean;
}

interface Result<T> {
  state: LoadState;
  data: T | null;
  error: string | null;
  missing: boolean;
}

/**
 * One read from the API, redone when `deps` change. Only the answer to the latest read counts:
 * an answer that comes back after a newer read started (or after `deps` changed) is dropped.
 */
export function useRequest<T>(
  load: () => Promise<T>,
  deps: DependencyList,
  { enabled = true, quietOnChange = false }: RequestOptions = {},
): Request<T> {
  const [result, setResult] = useState<Result<T>>({
    state: 'loading',
    data: null,
    error: null,
    missing: false,
  });
  const latestLoad = useRef(load);
  latestLoad.current = load;
  const generation = useRef(0);
  const dropAnswers = useCallback(() => void generation.current++, []);
  const hasData = useRef(false);
  hasData.current = result.data !== null;

  const reload = useCallback(async ({ quiet = false }: ReloadOptions = {}) => {
    const mine = ++generation.current;
    if (!quiet) setResult((prev) => ({ state: 'loading', data: prev.data, error: null, missing: false }));
    try {
      const data = await latestLoad.current();
      if (mine === generation.current) setResult({ state: 'ready', data, error: null, missing: false });
    } catch (e) {
      if (mine !== generation.current) return;
      const error = errorMessage(e);
      const missing = hasErrorCode(e, 'NOT_FOUND');
      setResult((prev) =>
        quiet && prev.state === 'ready'
          ? { ...prev, error, missing }
          : { state: 'error', data: null, error, missing },
      );
    }
  }, []);

  const setData = useCallback(
    (data: T) => {
      dropAnswers();
      setResult({ state: 'ready', data, error: null, missing: false });
    },
    [dropAnswers],
  );

  useEffect(() => {
    if (!enabled) return;
    void reload({ quiet: quietOnChange && hasData.current });
    // An answer to the old deps no longer counts.
    return dropAnswers;
    // The caller's deps decide when to read again, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, ...deps]);

  return { ...result, reload, setData };
}
