import { defineProject } from 'vitest/config';

// The whole local stack as `npm start` runs it (serverless-offline, dynalite, the H5 build), on
// free ports with data in memory, driven over HTTP and in Debian's chromium.
export default defineProject({
  test: {
    name: 'stack',
    root: import.meta.dirname,
    include: ['stack/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['support/stack-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
