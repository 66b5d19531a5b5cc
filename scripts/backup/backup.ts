/**
 * `npm run backup [-- --out FOLDER]`: backs up the configured database (DATA_DIR's embedded
 * database, or DATABASE_URL's PostgreSQL) and the uploaded files into a new folder with a
 * manifest of every table's row count and checksum. The embedded database must be stopped first
 * (it is one process's alone); PostgreSQL is backed up online.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../src/server/config.js';
import { backupEmbedded, backupPostgres } from './backup-lib.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const config = readConfig();
const out = path.resolve(values.out ?? path.join('backups', `simpul-${config.databaseKind}-${new Date().toISOString().replace(/[:.]/g, '-')}`));
try {
  const manifest = config.DATABASE_URL ? await backupPostgres(config.DATABASE_URL, config.dataDir, out) : await backupEmbedded(config.dataDir, out);
  const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
  console.log(`Cadangan dibuat / backup written: ${out}\n  ${manifest.kind}, ${Object.keys(manifest.tables).length} tables, ${rows} rows.`);
} catch (error) {
  console.error(`Pencadangan gagal / backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
