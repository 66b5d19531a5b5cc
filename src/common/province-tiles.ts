/**
 * The tile-grid map of Indonesia's 38 provinces: one square per province, placed by hand roughly
 * where it lies (Aceh top-left, the Papua provinces right), keyed by Kemendagri code. No boundary
 * file is needed (none is freely licensed with 38 provinces). `short` is the tile's label.
 */
export interface ProvinceTile {
  code: string;
  short: string;
  col: number;
  row: number;
}

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { code: '11', short: 'ACEH', col: 0, row: 0 },
  { code: '12', short: 'SUMUT', col: 1, row: 1 },
  { code: '14', short: 'RIAU', col: 2, row: 1 },
  { code: '21', short: 'KEPRI', col: 3, row: 1 },
  { code: '13', short: 'SUMBAR', col: 1, row: 2 },
  { code: '15', short: 'JAMBI', col: 2, row: 2 },
  { code: '19', short: 'BABEL', col: 3, row: 2 },
  { code: '17', short: 'BKL', col: 2, row: 3 },
  { code: '16', short: 'SUMSEL', col: 3, row: 3 },
  { code: '18', short: 'LPG', col: 3, row: 4 },
  { code: '31', short: 'DKI', col: 4, row: 4 },
  { code: '36', short: 'BANTEN', col: 3, row: 5 },
  { code: '32', short: 'JABAR', col: 4, row: 5 },
  { code: '33', short: 'JATENG', col: 5, row: 5 },
  { code: '35', short: 'JATIM', col: 6, row: 5 },
  { code: '34', short: 'DIY', col: 5, row: 6 },
  { code: '51', short: 'BALI', col: 7, row: 6 },
  { code: '52', short: 'NTB', col: 8, row: 6 },
  { code: '53', short: 'NTT', col: 9, row: 6 },
  { code: '65', short: 'KALTARA', col: 7, row: 1 },
  { code: '61', short: 'KALBAR', col: 5, row: 2 },
  { code: '62', short: 'KALTENG', col: 6, row: 2 },
  { code: '64', short: 'KALTIM', col: 7, row: 2 },
  { code: '63', short: 'KALSEL', col: 7, row: 3 },
  { code: '75', short: 'GTLO', col: 9, row: 1 },
  { code: '71', short: 'SULUT', col: 10, row: 1 },
  { code: '76', short: 'SULBAR', col: 8, row: 2 },
  { code: '72', short: 'SULTENG', col: 9, row: 2 },
  { code: '73', short: 'SULSEL', col: 8, row: 3 },
  { code: '74', short: 'SULTRA', col: 9, row: 3 },
  { code: '82', short: 'MALUT', col: 11, row: 1 },
  { code: '81', short: 'MALUKU', col: 11, row: 3 },
  { code: '96', short: 'PBD', col: 12, row: 2 },
  { code: '92', short: 'PABAR', col: 13, row: 2 },
  { code: '91', short: 'PAPUA', col: 14, row: 2 },
  { code: '94', short: 'PATENG', col: 13, row: 3 },
  { code: '95', short: 'PAPEG', col: 14, row: 3 },
  { code: '93', short: 'PASEL', col: 14, row: 4 },
];

export const TILE_GRID_COLUMNS = 15;
export const TILE_GRID_ROWS = 7;

/**
 * A sequential single-hue (blue) scale of five steps, light to dark, readable by colour-blind
 * users (it varies in lightness only); the step of a value, 0 for none. Labels go with it.
 */
export const TILE_SCALE = ['#f0f0f0', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;

export function tileStep(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(4, 1 + Math.floor((value / max) * 3.999));
}

/** The value range of each step for the legend (derived from `tileStep`, so they always agree). */
export function tileStepRanges(max: number): ({ from: number; to: number } | null)[] {
  const ranges: ({ from: number; to: number } | null)[] = [{ from: 0, to: 0 }, null, null, null, null];
  for (let v = 1; v <= max; v++) {
    const s = tileStep(v, max);
    const r = ranges[s];
    ranges[s] = r ? { from: r.from, to: v } : { from: v, to: v };
  }
  return ranges;
}
