import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests. Integration tests get a fresh database per test file: an in-memory
 * PGlite loaded from a prepared snapshot, or — when TEST_DATABASE_URL is set — a new database on
 * that PostgreSQL server cloned from a migrated template (see test/global-setup.ts).
 */
/**
 * Tests of races between transactions. PGlite is one connection whose queries queue
 * (src/server/db/client.ts), so no two transactions ever interleave there: these files run only in
 * the PostgreSQL pass of `npm test`, where races can actually happen.
 */
const postgresOnly = process.env.TEST_DATABASE_URL ? [] : ['test/robustness/concurrency-fuzz.test.ts', 'test/catalog/search-cache-race.test.ts'];
/**
 * Tests that never open a database — the pure domain units beside their code (src/**), the
 * architecture rules and the web helpers — prove nothing new on a second engine: the PostgreSQL
 * pass skips them (about a minute of CI).
 */
const databaseFree = process.env.TEST_DATABASE_URL ? ['src/**', 'test/architecture/**', 'test/web/**'] : [];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**', ...postgresOnly, ...databaseFree],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
