/**
 * How hard the fuzzer tries. `npm test` uses the small default so each database run stays well
 * under a minute; `npm run robustness:fuzz` (or FUZZ_RUNS=… npx vitest run test/robustness) runs
 * longer. FUZZ_SEED=<n> replays a failing run (fast-check prints the seed and path on failure).
 */
export const FUZZ_RUNS = positiveInt(process.env.FUZZ_RUNS, 3);
/**
 * A soft cap on the whole file's time: past it, every remaining route still gets one request
 * per caller, but no more. Keeps `npm test` bounded as routes are added and on a busy machine.
 */
export const FUZZ_TIME_LIMIT_MS = positiveInt(process.env.FUZZ_TIME_LIMIT_MS, 25_000);
/**
 * `npm test` uses a fixed seed so a red build is reproducible and never depends on luck;
 * `FUZZ_SEED=random` (as `npm run robustness` does) explores new inputs on every run.
 */
export const FUZZ_SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : positiveInt(process.env.FUZZ_SEED, 20_261_122);

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** A stable per-route offset so each route gets its own stream from one seed. */
export function seedFor(label: string): number {
  let h = FUZZ_SEED;
  for (const ch of label) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h >>> 0;
}
