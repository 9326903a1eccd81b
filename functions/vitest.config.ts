import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'functions',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    env: { STAGE: 'test', JWT_SECRET: 'unit-test-secret-unit-test-secret', POWERTOOLS_LOG_LEVEL: 'SILENT' },
  },
});
