import { defineConfig } from 'vitest/config';

// One runner for every level; each package keeps its own project config.
export default defineConfig({
  test: {
    projects: ['shared', 'functions', 'miniapp', 'tests'],
  },
});
