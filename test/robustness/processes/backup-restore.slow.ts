import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/db/client.js';
import { prepareDatabase } from '../../../src/server/db/prepare.js';
import { seedDemo } from '../../../src/server/seed/demo.js';
import { backupEmbedded, backupPostgres, restoreEmbedded, restorePostgres } from '../../../scripts/backup/backup-lib.js';
import { tableChecksums } from '../../../scripts/backup/table-checksums.js';
import { writeReport } from '../../../scripts/robustness/crash-test.js';
import { freePort } from '../../../scripts/lib/free-port.js';
import { createPostgresCluster } from '../../../scripts/robustness/lib/postgres-cluster.js';

/**
 * Round trips: a database with the demo data set and an uploaded file is backed up and restored
 * into an empty target; every table's row count and checksum, and every file, must come back.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-backup-test-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function writeUpload(dataDir: string): void {
  fs.mkdirSync(path.join(dataDir, 'files', 'ab'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'files', 'ab', 'abcdef'), 'isi berkas unggahan');
}

function summary(tables: Record<string, { rows: number }>, problems: string[]) {
  return { tables: Object.keys(tables).length, rows: Object.values(tables).reduce((n, t) => n + t.rows, 0), identical: problems.length === 0, problems };
}

function readUpload(dataDir: string): string {
  return fs.readFileSync(path.join(dataDir, 'files', 'ab', 'abcdef'), 'utf8');
}

describe('embedded database (PGlite data folder)', () => {
  it('backs up and restores every table and file exactly', async () => {
    const source = path.join(scratch, 'pglite-source');
    const handle = await openDatabase({ dataDir: source });
    await prepareDatabase(handle.db);
    await seedDemo(handle.db);
    const expected = await tableChecksums(handle.db);
    await handle.close();
    writeUpload(source);

    const backup = path.join(scratch, 'pglite-backup');
    const manifest = await backupEmbedded(source, backup);
    expect(manifest.tables).toEqual(expected);

    const target = path.join(scratch, 'pglite-target');
    const result = await restoreEmbedded(backup, target);
    expect(result.problems).toEqual([]);
    expect(result.restored).toEqual(expected);
    expect(readUpload(target)).toBe('isi berkas unggahan');
    expect(Object.values(expected).reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(1000);

    // A database that holds data is not overwritten by accident.
    await expect(restoreEmbedded(backup, target)).rejects.toThrow(/--force/);
    const forced = await restoreEmbedded(backup, target, { force: true });
    expect(forced.problems).toEqual([]);
    writeReport('backup-pglite', summary(expected, result.problems));
  });
});

describe('PostgreSQL (pg_dump / pg_restore)', () => {
  it('backs up online and restores every table and file exactly', async () => {
    const cluster = createPostgresCluster(await freePort());
    try {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query('create database simpul_source');
      await admin.query('create database simpul_target');
      await admin.end();
      const urlOf = (name: string) => cluster.url.replace(/\/postgres$/, `/${name}`);
      const handle = await openDatabase({ url: urlOf('simpul_source'), poolSize: 2 });
      await prepareDatabase(handle.db);
      await seedDemo(handle.db);
      const expected = await tableChecksums(handle.db);
      await handle.close();
      const sourceFiles = path.join(scratch, 'pg-source-files');
      writeUpload(sourceFiles);

      const backup = path.join(scratch, 'pg-backup');
      const manifest = await backupPostgres(urlOf('simpul_source'), sourceFiles, backup);
      expect(manifest.tables).toEqual(expected);

      const targetFiles = path.join(scratch, 'pg-target-files');
      const result = await restorePostgres(backup, urlOf('simpul_target'), targetFiles);
      expect(result.problems).toEqual([]);
      expect(result.restored).toEqual(expected);
      expect(readUpload(targetFiles)).toBe('isi berkas unggahan');

      await expect(restorePostgres(backup, urlOf('simpul_target'), targetFiles)).rejects.toThrow(/--force/);
      const forced = await restorePostgres(backup, urlOf('simpul_target'), targetFiles, { force: true });
      expect(forced.problems).toEqual([]);
      writeReport('backup-postgres', summary(expected, result.problems));
    } finally {
      cluster.destroy();
    }
  });
});
