// Types of what scripts/jest/expect.ts adds to jest's global expect (vitest's API).
declare namespace jest {
  interface Expect {
    /** Like `expect(actual)`; a failure shows `message` first. */
    <T = unknown>(actual: T, message: string | undefined): JestMatchers<T>;
    /**
     * Calls `fn` until the matcher passes on its (awaited) result, every `interval` ms (50), for
     * `timeout` ms (1000). Await the matcher.
     */
    poll<T>(fn: () => T | PromiseLike<T>, options?: PollOptions): PollMatchers<Awaited<T>>;
  }
  interface PollOptions {
    timeout?: number;
    interval?: number;
    message?: string;
  }
  type PollMatchers<T> = Matchers<Promise<void>, T>;
}
