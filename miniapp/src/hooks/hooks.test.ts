import { jest } from '@jest/globals';
import { act, renderHook, waitFor } from '@testing-library/react';
import { ApiError } from '../api/errors';
import { usePagedList, type ListPage } from './usePagedList';
import { useRequest } from './useRequest';

/** A promise the test settles when it wants, to put answers out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const unavailable = () => new ApiError(503, 'UNAVAILABLE', '服务暂时繁忙，请稍后重试');

describe('useRequest', () => {
  it('reads once, then shows the answer', async () => {
    const load = jest.fn(async () => 'answer');
    const { result } = renderHook(() => useRequest(load, []));
    expect(result.current.state).toBe('loading');
    await waitFor(() => expect(result.current.state).toBe('ready'));
    expect(result.current).toMatchObject({ data: 'answer', error: null });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('drops the answer to an older read that comes back last', async () => {
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const { result, rerender } = renderHook(({ id }) => useRequest(() => answers[id].promise, [id]), {
      initialProps: { id: 'a' as 'a' | 'b' },
    });
    rerender({ id: 'b' });
    await act(async () => answers.b.resolve('b'));
    await act(async () => answers.a.resolve('a'));
    expect(result.current).toMatchObject({ state: 'ready', data: 'b' });
  });

  it('keeps the data when a quiet reload fails, and not when a plain one does', async () => {
    let fail = false;
    const { result } = renderHook(() =>
      useRequest(async () => {
        if (fail) throw unavailable();
        return 'answer';
      }, []),
    );
    await waitFor(() => expect(result.current.state).toBe('ready'));
    fail = true;
    await act(() => result.current.reload({ quiet: true }));
    expect(result.current).toMatchObject({
      state: 'ready',
      data: 'answer',
      error: '服务暂时繁忙，请稍后重试',
    });
    await act(() => result.current.reload());
    expect(result.current).toMatchObject({ state: 'error', data: null, error: '服务暂时繁忙，请稍后重试' });
  });

  it('waits until enabled, and re-reads quietly on a change when asked to', async () => {
    let calls = 0;
    const next = deferred<string>();
    const { result, rerender } = renderHook(
      ({ enabled, who }) =>
        useRequest(async () => (++calls === 1 ? `for ${who}` : next.promise), [who], {
          enabled,
          quietOnChange: true,
        }),
      { initialProps: { enabled: false, who: 'nobody' } },
    );
    expect(calls).toBe(0);
    rerender({ enabled: true, who: 'nobody' });
    await waitFor(() => expect(result.current.data).toBe('for nobody'));
    rerender({ enabled: true, who: 'citizen' });
    // Still shown while the new read is under way.
    expect(result.current).toMatchObject({ state: 'ready', data: 'for nobody' });
    await act(async () => next.resolve('for citizen'));
    expect(result.current.data).toBe('for citizen');
  });

  it('shows data set by the page and drops a read under way', async () => {
    const first = deferred<string>();
    const { result } = renderHook(() => useRequest(() => first.promise, []));
    act(() => result.current.setData('published'));
    await act(async () => first.resolve('draft'));
    expect(result.current).toMatchObject({ state: 'ready', data: 'published' });
  });
});

interface Item {
  id: string;
}
const page = (ids: string[], nextCursor: string | null = null): ListPage<Item> => ({
  items: ids.map((id) => ({ id })),
  nextCursor,
});

describe('usePagedList', () => {
  it('appends the next page by its cursor, once per tap, without repeats, to the end', async () => {
    const second = deferred<ListPage<Item>>();
    const load = jest.fn(async (cursor?: string) => (cursor ? second.promise : page(['a', 'b'], 'c2')));
    const { result } = renderHook(() => usePagedList(load, []));
    await waitFor(() => expect(result.current.state).toBe('ready'));
    expect(result.current.hasMore).toBe(true);

    act(() => {
      void result.current.loadMore();
      void result.current.loadMore();
    });
    expect(result.current.loadingMore).toBe(true);
    await act(async () => second.resolve(page(['b', 'c'])));
    expect(load).toHaveBeenCalledTimes(2);
    expect(load).toHaveBeenLastCalledWith('c2');
    expect(result.current.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(result.current).toMatchObject({ hasMore: false, loadingMore: false });

    await act(() => result.current.loadMore());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('drops a next page that arrives after the filters changed', async () => {
    const more = deferred<ListPage<Item>>();
    const { result, rerender } = renderHook(
      ({ filter }) =>
        usePagedList(async (cursor) => (cursor ? more.promise : page([`${filter}1`], 'c2')), [filter]),
      { initialProps: { filter: 'all' } },
    );
    await waitFor(() => expect(result.current.state).toBe('ready'));
    act(() => void result.current.loadMore());
    rerender({ filter: 'lecture' });
    await waitFor(() => expect(result.current.items).toEqual([{ id: 'lecture1' }]));
    await act(async () => more.resolve(page(['all2'])));
    expect(result.current.items).toEqual([{ id: 'lecture1' }]);
  });

  it('keeps what is loaded when the next page fails, and says why', async () => {
    const load = async (cursor?: string) => {
      if (cursor) throw unavailable();
      return page(['a'], 'c2');
    };
    const { result } = renderHook(() => usePagedList(load, []));
    await waitFor(() => expect(result.current.state).toBe('ready'));
    await act(() => result.current.loadMore());
    expect(result.current).toMatchObject({
      state: 'ready',
      items: [{ id: 'a' }],
      hasMore: true,
      loadingMore: false,
      moreError: '服务暂时繁忙，请稍后重试',
    });
  });

  it('waits until enabled', async () => {
    const load = jest.fn(async () => page(['a']));
    const { result, rerender } = renderHook(({ enabled }) => usePagedList(load, [], { enabled }), {
      initialProps: { enabled: false },
    });
    expect(result.current.state).toBe('loading');
    expect(load).not.toHaveBeenCalled();
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.items).toEqual([{ id: 'a' }]));
  });
});
