import { defineConfig } from 'vitest/config';

// One runner for every level: unit (shared, functions, miniapp pages, weapp smoke), API
// integration against dynalite, and the whole stack in a browser.
export default defineConfig({
  test: {
    projects: [
      'shared',
      'functions',
      'miniapp',
      'tests/vitest.api.config.ts',
      'tests/vitest.stack.config.ts',
    ],
  },
});
