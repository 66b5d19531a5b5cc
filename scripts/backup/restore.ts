/**
 * `npm run restore -- FOLDER [--force]`: restores a backup made by `npm run backup` into the
 * configured database (DATA_DIR or DATABASE_URL) and checks every table's row count and checksum
 * against the backup's manifest. Refuses to overwrite a database that holds data unless --force
 * (the embedded database and files being replaced are moved aside, not deleted). Stop the
 * server first.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../src/server/config.js';
import { restoreEmbedded, restorePostgres } from './backup-lib.js';

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
const folder = positionals[0];
if (!folder) {
  console.error('Pemakaian / usage: npm run restore -- <backup folder> [--force]');
  process.exit(2);
}
const config = readConfig();
try {
  const result = config.DATABASE_URL
    ? await restorePostgres(path.resolve(folder), config.DATABASE_URL, config.dataDir, { force: values.force })
    : await restoreEmbedded(path.resolve(folder), config.dataDir, { force: values.force });
  if (result.problems.length > 0) {
    console.error(`Pemulihan TIDAK cocok dengan cadangan / restore does NOT match the backup:\n  ${result.problems.join('\n  ')}`);
    process.exitCode = 3;
  } else {
    const rows = Object.values(result.restored).reduce((n, t) => n + t.rows, 0);
    console.log(`Dipulihkan dan diperiksa / restored and verified: ${Object.keys(result.restored).length} tables, ${rows} rows match the backup of ${result.manifest.createdAt}.`);
  }
} catch (error) {
  console.error(`Pemulihan gagal / restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
