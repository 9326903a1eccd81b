/** An answer index.html got early (script.ts), in Taro.request's terms. */
export interface EarlyAnswer {
  statusCode: number;
  data: unknown;
}

/** As long as Taro.request waits (src/api/client.ts). */
const patience = 15_000;

/**
 * H5: the answer to `url` that index.html requested before the app's code arrived, once: the
 * first GET of that URL gets it, any later one (a reload, pull-down refresh) asks the API again.
 * Resolves to null when the early request failed (the caller then asks itself), rejects when it
 * takes longer than a request may; null at once when there is none (and always on WeChat).
 */
export function takeEarlyAnswer(url: string): Promise<EarlyAnswer | null> | null {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return null;
  const answers = window.__EARLY_GETS__;
  const answer = answers?.[url];
  if (!answer) return null;
  delete answers[url];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('early request timed out')), patience);
  });
  return Promise.race([answer, late]).then(
    (got) => {
      clearTimeout(timer);
      return got;
    },
    (error: unknown) => {
      clearTimeout(timer);
      throw error;
    },
  );
}
