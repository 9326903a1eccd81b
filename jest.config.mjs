// @ts-check
// One runner for every level: unit (shared, functions, miniapp pages, weapp smoke), API
// integration against dynalite, and the whole stack in a browser. Run it through
// `npm run jest -- …` (README, "Tests"): jest needs node's --experimental-vm-modules.
//
// Native ES modules, not CommonJS: the repository is "type": "module", the code under test and the
// support code use `import.meta.dirname`/`import.meta.url` (scripts/local, seeds, tests/support),
// and several dependencies are ESM-only (jose, ulid). @swc/jest emits ES modules for `.ts`/`.tsx`
// (extensionsToTreatAsEsm) and jest links them with node's vm modules, so `import.meta` works as it
// does under node. Compiling everything to CommonJS instead would have to transform those
// packages too and would break `import.meta`. The price: mocking a module in ESM is
// `jest.unstable_mockModule` plus a dynamic import (tests/api/events-races.test.ts).
//
// Timeouts and `env` are vitest's: jest has no hook timeout of its own (hooks get the test
// timeout) and no `env` option, so scripts/jest/*-environment.mjs take both from
// testEnvironmentOptions.

/** @typedef {import('jest').Config} Config */

const swc = (/** @type {boolean} */ tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022', // tsconfig.base.json's
    },
  },
];

/** What every project shares; `dir` is where its tests live. */
const project = (/** @type {string} */ name, /** @type {string[]} */ roots, /** @type {Config} */ options) =>
  /** @type {Config} */ ({
    displayName: name,
    rootDir: import.meta.dirname,
    roots: roots.map((dir) => `<rootDir>/${dir}`),
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    // Only our TypeScript is compiled; JavaScript (node_modules, the built weapp package) loads as is.
    transform: { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) },
    testEnvironment: '<rootDir>/scripts/jest/node-environment.mjs',
    setupFilesAfterEnv: ['<rootDir>/scripts/jest/expect.ts'],
    coveragePathIgnorePatterns: ['/node_modules/', '/tests/', '/scripts/', '/seeds/', '/miniapp/test/'],
    ...options,
    testEnvironmentOptions: { hookTimeout: 10_000, ...options.testEnvironmentOptions },
  });

/** @type {Config} */
export default {
  coverageProvider: 'v8',
  coverageDirectory: '<rootDir>/.test-output/coverage',
  projects: [
    project('shared', ['shared/src'], { testMatch: ['**/*.test.ts'] }),
    project('functions', ['functions/src'], {
      testMatch: ['**/*.test.ts'],
      testEnvironmentOptions: {
        env: {
          STAGE: 'test',
          JWT_SECRET: 'unit-test-secret-unit-test-secret',
          POWERTOOLS_LOG_LEVEL: 'SILENT',
        },
      },
    }),
    // Page tests run the real pages against small doubles of Taro's API and components
    // (@tarojs/test-utils-react does not work with Taro 4.2). The weapp smoke test loads the built
    // package instead and picks its own environment.
    project('miniapp', ['miniapp/src', 'miniapp/test'], {
      testMatch: ['<rootDir>/miniapp/src/**/*.test.{ts,tsx}', '<rootDir>/miniapp/test/**/*.test.ts'],
      testEnvironment: '<rootDir>/scripts/jest/jsdom-environment.mjs',
      testEnvironmentOptions: {
        url: 'http://localhost:3000/', // vitest's jsdom default
        // What an H5 build for the local stack sees.
        env: { TARO_ENV: 'h5', TARO_APP_DEV_LOGIN: '1', TARO_APP_API_BASE: 'http://api.test' },
      },
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/miniapp/test/taro-double.ts',
        '^@tarojs/components$': '<rootDir>/miniapp/test/components-double.tsx',
        '^@qiun/ucharts$': '<rootDir>/miniapp/test/ucharts-double.ts',
        '\\.css$': '<rootDir>/miniapp/test/style-double.ts',
      },
      setupFilesAfterEnv: ['<rootDir>/scripts/jest/expect.ts', '<rootDir>/miniapp/test/setup.ts'],
    }),
    // Integration: every function over real HTTP against a real (in-memory) dynalite.
    project('api', ['tests/api'], {
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/api-global-setup.mjs',
      globalTeardown: '<rootDir>/scripts/jest/global-teardown.mjs',
      setupFiles: ['<rootDir>/tests/support/api-env.ts'],
      testEnvironmentOptions: { testTimeout: 30_000 },
    }),
    // The whole local stack as `npm start` runs it (serverless-offline, dynalite, the H5 build), on
    // free ports with data in memory, driven over HTTP and in Debian's chromium. One file at a time.
    project('stack', ['tests/stack'], {
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/stack-global-setup.mjs',
      globalTeardown: '<rootDir>/scripts/jest/global-teardown.mjs',
      runner: '<rootDir>/scripts/jest/serial-runner.mjs',
      testEnvironmentOptions: { testTimeout: 60_000, hookTimeout: 120_000 },
    }),
  ],
};
