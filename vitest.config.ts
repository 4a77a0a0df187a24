import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs no database; `int` (and `e2e`) run against the real local Neo4j that
// `npm test` starts, with the schema applied once before the first file.
export default defineConfig({
  test: {
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'int', include: ['test/int/**/*.test.ts', 'test/e2e/**/*.test.ts'], globalSetup: ['test/helpers/global-setup.ts'] },
      },
    ],
  },
});
