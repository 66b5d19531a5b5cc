/**
 * Sizes of the national data set. `national` is the target (100,000 innovations, every
 * KIPP year at its real size); `quick` keeps `npm run bench -- --quick` under three minutes;
 * `tiny` is what `npm test` loads to prove the generator works.
 */
export interface DatasetOptions {
  readonly seed: number;
  readonly innovations: number;
  /** Multiplier on the real yearly KIPP proposal counts (1 = real size). */
  readonly proposalScale: number;
  readonly operatorsPerRegionalGovernment: number;
  readonly evaluators: number;
  readonly panelists: number;
  /** The data set's "today" (fixed so a seed always gives the same dates). */
  readonly asOf: Date;
}

export type DatasetSize = 'national' | 'quick' | 'tiny';

export const DEFAULT_SEED = 20_140_515;
const AS_OF = new Date('2026-11-01T00:00:00Z');

export const DATASET_SIZES: Readonly<Record<DatasetSize, Omit<DatasetOptions, 'seed'>>> = {
  national: { innovations: 100_000, proposalScale: 1, operatorsPerRegionalGovernment: 5, evaluators: 120, panelists: 9, asOf: AS_OF },
  quick: { innovations: 5_000, proposalScale: 0.05, operatorsPerRegionalGovernment: 2, evaluators: 120, panelists: 9, asOf: AS_OF },
  tiny: { innovations: 400, proposalScale: 0.01, operatorsPerRegionalGovernment: 1, evaluators: 12, panelists: 3, asOf: AS_OF },
};

export function datasetOptions(size: DatasetSize, overrides: Partial<DatasetOptions> = {}): DatasetOptions {
  return { seed: DEFAULT_SEED, ...DATASET_SIZES[size], ...overrides };
}
