import { defineProject } from 'vitest/config';

// Integration: every function over real HTTP against a real (in-memory) dynalite.
export default defineProject({
  test: {
    name: 'api',
    root: import.meta.dirname,
    include: ['api/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['support/api-global-setup.ts'],
    setupFiles: ['support/api-env.ts'],
    testTimeout: 30_000,
  },
});
