import type { TestProjectInlineConfiguration } from 'vitest/config';
import { defineConfig } from 'vitest/config';

// Calendar maths must not depend on the machine's zone; zone-specific tests set their own.
process.env.TZ ??= 'UTC';

const integration = [
  'src/features/**/*.test.ts',
  'src/db/**/*.test.ts',
  'src/cli/**/*.test.ts',
  'src/http/**/*.test.ts',
];

const projects: TestProjectInlineConfiguration[] = [
  { test: { name: 'unit', include: ['src/core/**/*.test.ts'] } },
  {
    test: {
      name: 'pglite',
      include: integration,
      env: { RAPPORT_TEST_DB: 'pglite' },
      globalSetup: ['test/support/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  },
];

// The same integration suite runs on a real PostgreSQL server when one is given.
if (process.env.RAPPORT_TEST_DATABASE_URL) {
  projects.push({
    test: {
      name: 'postgres',
      include: integration,
      env: { RAPPORT_TEST_DB: 'postgres' },
      globalSetup: ['test/support/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  });
}

projects.push({
  test: {
    name: 'browser',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    projects,
    pool: 'forks',
    maxWorkers: 2,
  },
});
