import { expect, it } from 'vitest';
import { writeReport } from '../../../scripts/robustness/crash-test.js';
import { runInstancesTest } from '../../../scripts/robustness/instances-test.js';

/** The bounded version of `npm run robustness:instances`: two app processes, one PostgreSQL, nginx. */
it('two instances behind nginx share sessions, and one killed under load loses no acknowledged write', async () => {
  const report = await runInstancesTest({ writers: 6, loadMs: Number(process.env.ROBUSTNESS_LOAD_MS ?? 3000), log: () => {} });
  writeReport('instances', report);
  expect(report.problems).toEqual([]);
  expect(report.sessionSharedAcrossInstances).toBe(true);
  expect(report.failedAfterKill).toBe(0);
  expect(report.requestsServedAfterKill).toBeGreaterThan(0);
  expect(report.writesVerified).toBe(report.writesAcknowledged);
  expect(report.auditChainOk).toBe(true);
});
