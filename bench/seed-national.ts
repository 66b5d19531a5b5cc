/**
 * `npm run seed:national [-- --size national|quick|tiny] [--seed N] [--innovations N]`
 *
 * Loads the deterministic national data set into the configured database: PostgreSQL when
 * DATABASE_URL is set, otherwise the embedded PGlite in DATA_DIR (default ./data). The server
 * must not be running on the same DATA_DIR (the data-folder lock refuses a second opener).
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { prepareDatabase } from '../src/server/db/prepare.js';
import { DATASET_SIZES, type DatasetSize, datasetOptions } from './generator/dataset-options.js';
import { loadNationalDataset } from './generator/load/load-national.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'national' },
      seed: { type: 'string' },
      innovations: { type: 'string' },
    },
  });
  if (!((values.size ?? '') in DATASET_SIZES)) throw new Error(`--size must be one of ${Object.keys(DATASET_SIZES).join(', ')}`);
  const options = datasetOptions(values.size as DatasetSize, {
    ...(values.seed ? { seed: positiveInteger('--seed', values.seed) } : {}),
    ...(values.innovations ? { innovations: positiveInteger('--innovations', values.innovations) } : {}),
  });
  const config = readConfig();
  const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir, poolSize: 2 });
  try {
    const where = handle.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
    console.log(`Memuat data nasional / loading the national data set into ${where}: seed ${options.seed}, ${options.innovations} innovations`);
    await prepareDatabase(handle.db);
    const summary = await loadNationalDataset(handle.db, options, (line) => console.log(`  ${line}`));
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await handle.close();
  }
}

function positiveInteger(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} must be a non-negative integer, got ${text}`);
  return n;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
