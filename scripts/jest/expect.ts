// Loaded into every test file before it runs (setupFilesAfterEnv). The tests use two things of
// vitest's expect that jest's lacks: a message as second argument (jest throws "Expect takes at most
// one argument") and expect.poll. The global expect gets both here; types in globals.d.ts.
const jestExpect = expect;
// Fake timers replace the global ones; polling keeps to real time.
const { setTimeout } = globalThis;

/** Puts `message` before the matcher's own text, as vitest shows `expect(actual, message)`. */
function prefixed(error: unknown, message: string): unknown {
  if (!(error instanceof Error) || !('matcherResult' in error)) return error;
  const original = error.message;
  error.message = `${message}\n\n${original}`;
  if (typeof error.stack === 'string') error.stack = error.stack.replace(original, () => error.message);
  return error;
}

function withMessage(matchers: object, message: string): unknown {
  return new Proxy(matchers, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      // .not, .resolves, .rejects
      if (typeof value === 'object' && value !== null) return withMessage(value, message);
      if (typeof value !== 'function') return value;
      return function matcher(...args: unknown[]) {
        try {
          const result: unknown = value.apply(target, args);
          return result instanceof Promise
            ? result.catch((error: unknown) => Promise.reject(prefixed(error, message)))
            : result;
        } catch (error) {
          const annotated = prefixed(error, message);
          // Point at the test's line, not at this wrapper.
          if (annotated instanceof Error) Error.captureStackTrace(annotated, matcher);
          throw annotated;
        }
      };
    },
  });
}

const expectFor = (actual: unknown, message: string | undefined) =>
  message === undefined
    ? jestExpect(actual)
    : (withMessage(jestExpect(actual), message) as jest.JestMatchers<unknown>);

/**
 * vitest's expect.poll: calls `fn` and runs the matcher on what it returns (awaited) until the
 * matcher passes; after `timeout` ms, the last attempt's failure is the result.
 */
function poll(fn: () => unknown, { timeout = 1000, interval = 50, message }: jest.PollOptions = {}) {
  return new Proxy(
    {},
    {
      get: (_target, key) =>
        async function pollMatcher(...args: unknown[]) {
          const callsite = { stack: '' };
          Error.captureStackTrace(callsite, pollMatcher);
          let timedOut = false;
          const timer = setTimeout(() => (timedOut = true), timeout);
          try {
            for (;;) {
              const lastAttempt = timedOut;
              try {
                const matchers = expectFor(await fn(), message) as unknown as Record<
                  PropertyKey,
                  (...a: unknown[]) => unknown
                >;
                return await matchers[key]!(...args);
              } catch (error) {
                if (!lastAttempt) {
                  await new Promise((resolve) => setTimeout(resolve, interval));
                  continue;
                }
                if (error instanceof Error) {
                  error.stack = `${error.name}: ${error.message}${callsite.stack.slice(callsite.stack.indexOf('\n'))}`;
                }
                throw error;
              }
            }
          } finally {
            clearTimeout(timer);
          }
        },
    },
  );
}

const vitestExpect = new Proxy(jestExpect, {
  apply: (_target, _this, [actual, message]: [unknown, string | undefined]) => expectFor(actual, message),
  get: (target, key, receiver) => (key === 'poll' ? poll : Reflect.get(target, key, receiver)),
});
Object.assign(globalThis, { expect: vitestExpect });
export {};
