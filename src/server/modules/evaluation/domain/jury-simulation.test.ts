import { describe, expect, it } from 'vitest';
import { compareAggregations, simulateJury } from './jury-simulation.js';

describe('simulateJury', () => {
  it('is reproducible from its seed', () => {
    const settings = { seed: 7, proposals: 60, evaluators: 8 };
    expect(simulateJury(settings)).toEqual(simulateJury(settings));
    expect(simulateJury(settings)).not.toEqual(simulateJury({ ...settings, seed: 8 }));
  });

  it('recovers the true order exactly from a perfect jury', () => {
    const report = simulateJury({
      seed: 1,
      proposals: 80,
      evaluators: 6,
      harshnessSd: 0,
      noiseSd: 0,
    });
    expect(report.tau.mean).toBe(1);
    expect(report.tau.median).toBe(1);
  });

  it('with strongly different harshness, the normalised score orders at least as well as the mean', () => {
    const { averageTau, runs } = compareAggregations({ proposals: 240, evaluators: 12, reviewersPerProposal: 3, harshnessSd: 15, noiseSd: 4 }, [11, 22, 33, 44, 55]);
    expect(runs).toHaveLength(5);
    expect(averageTau.normalised).toBeGreaterThanOrEqual(averageTau.mean);
    // And the correction is worth having: a clear gain, not a rounding artefact.
    expect(averageTau.normalised - averageTau.mean).toBeGreaterThan(0.05);
  });

  it('refuses a panel larger than the jury', () => {
    expect(() => simulateJury({ seed: 1, evaluators: 2, reviewersPerProposal: 3 })).toThrow(RangeError);
  });
});
