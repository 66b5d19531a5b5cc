import { defineConfig } from 'vitest/config';

/**
 * Process-level robustness checks: real server processes killed mid-surge, two instances behind
 * nginx, backup and restore round trips. Bounded sizes here (a step of `npm test`); the long
 * versions run on demand (`npm run robustness`).
 */
export default defineConfig({
  test: {
    include: ['test/robustness/processes/**/*.slow.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
