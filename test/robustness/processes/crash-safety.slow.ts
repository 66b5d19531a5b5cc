import { describe, expect, it } from 'vitest';
import { runCrashTest, writeReport } from '../../../scripts/robustness/crash-test.js';
import { WORKLOADS } from '../../../scripts/robustness/lib/workloads.js';

/**
 * The bounded version of `npm run robustness:crash`: two SIGKILLs mid-surge of account creation,
 * agency registration, proposal submission, evaluators' score sheets and replication requests and
 * acceptances per database (on PostgreSQL the second also crashes PostgreSQL), then every
 * acknowledged write must be there exactly once and complete, and the audit chain must verify.
 * ROBUSTNESS_KILLS raises the count. Writers take the workloads in turn, so a new workload shares
 * the same surge instead of lengthening the step.
 */
const kills = Number(process.env.ROBUSTNESS_KILLS ?? 2);

describe.each(['pglite', 'postgres'] as const)('crash safety on %s', (database) => {
  it(`survives ${kills} kills mid-surge with nothing acknowledged lost or half-written`, async () => {
    const report = await runCrashTest({ database, rounds: kills, writers: 6, surgeMs: 1200, workloads: Object.keys(WORKLOADS), killPostgres: true, log: () => {} });
    writeReport(`crash-${database}`, report);
    expect(report.problems).toEqual([]);
    expect(report.kills).toBe(kills);
    expect(report.writesAcknowledged).toBeGreaterThanOrEqual(kills * 6);
    expect(report.writesVerified).toBe(report.writesAcknowledged);
    expect(report.auditChainOk).toBe(true);
    // Every kind of write was acknowledged at least once, so each was really exercised.
    for (const counts of Object.values(report.byWorkload)) expect(counts.acknowledged).toBeGreaterThan(0);
  });
});
