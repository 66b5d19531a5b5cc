import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, PGLITE_EXTENSIONS } from '../../src/server/db/client.js';
import { lockDataDir } from '../../src/server/db/data-dir-lock.js';
import { VERSION } from '../../src/server/version.js';
import { postgresBin } from '../robustness/lib/postgres-cluster.js';
import { checksumDifferences, checksumsVia, type TableChecksums, tableChecksums } from './table-checksums.js';

/**
 * Backups are folders: the database (`database.tar.gz`, PGlite's own data-folder archive, or
 * `database.dump`, pg_dump's custom format that pg_restore reads), a copy of the uploaded files
 * (`files/`), and `manifest.json` with the row count and checksum of every table, which restore
 * checks after loading so a damaged or partial restore never goes unnoticed.
 */
export interface Manifest {
  format: 'simpul-backup/1';
  kind: 'pglite' | 'postgres';
  createdAt: string;
  version: string;
  database: string;
  tables: TableChecksums;
}

const MANIFEST = 'manifest.json';

function copyFiles(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  fs.cpSync(from, to, { recursive: true, errorOnExist: false, force: true });
  return fs.readdirSync(to, { recursive: true }).length;
}

function writeManifest(outDir: string, manifest: Manifest): Manifest {
  fs.writeFileSync(path.join(outDir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

export function readManifest(backupDir: string): Manifest {
  const file = path.join(backupDir, MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${backupDir} is not a Simpul backup (no ${MANIFEST}) / bukan cadangan Simpul`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== 'simpul-backup/1') throw new Error(`unknown backup format ${manifest.format}`);
  return manifest;
}

function prepareOut(outDir: string): void {
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) throw new Error(`${outDir} exists and is not empty / folder tujuan tidak kosong`);
  fs.mkdirSync(outDir, { recursive: true });
}

/** The embedded database: needs the data folder to itself (stop the server first). */
export async function backupEmbedded(dataDir: string, outDir: string): Promise<Manifest> {
  const lock = lockDataDir(dataDir);
  try {
    const dbDir = path.join(dataDir, 'pglite');
    if (!fs.existsSync(dbDir)) throw new Error(`no embedded database in ${dbDir}`);
    prepareOut(outDir);
    const engine = new PGlite(dbDir, { extensions: PGLITE_EXTENSIONS });
    try {
      const handle = await openDatabase({ pglite: engine });
      const tables = await tableChecksums(handle.db);
      await handle.close();
      const archive = await engine.dumpDataDir('gzip');
      fs.writeFileSync(path.join(outDir, 'database.tar.gz'), Buffer.from(await archive.arrayBuffer()));
      copyFiles(path.join(dataDir, 'files'), path.join(outDir, 'files'));
      return writeManifest(outDir, { format: 'simpul-backup/1', kind: 'pglite', createdAt: new Date().toISOString(), version: VERSION, database: 'database.tar.gz', tables });
    } finally {
      await engine.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * A PostgreSQL database, online: the checksums are read inside a repeatable-read transaction
 * whose snapshot pg_dump then uses (`--snapshot`), so the manifest describes exactly the dump.
 */
export async function backupPostgres(url: string, dataDir: string, outDir: string): Promise<Manifest> {
  prepareOut(outDir);
  const file = path.join(outDir, 'database.dump');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ s: string }>('select pg_export_snapshot() as s')).rows[0]!.s;
    const tables = await checksumsVia(async (text) => (await client.query(text)).rows);
    const dump = spawnSync(postgresBin('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${file}`, url], { encoding: 'utf8' });
    if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.stderr}`);
    await client.query('commit');
    copyFiles(path.join(dataDir, 'files'), path.join(outDir, 'files'));
    return writeManifest(outDir, { format: 'simpul-backup/1', kind: 'postgres', createdAt: new Date().toISOString(), version: VERSION, database: 'database.dump', tables });
  } finally {
    await client.end();
  }
}

function restoreDump(url: string, file: string): void {
  const result = spawnSync(postgresBin('pg_restore'), ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${url}`, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pg_restore failed: ${result.stderr}`);
}

export interface RestoreResult {
  manifest: Manifest;
  restored: TableChecksums;
  problems: string[];
}

function moveAside(target: string): string | null {
  if (!fs.existsSync(target) || fs.readdirSync(target).length === 0) return null;
  const aside = `${target}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(target, aside);
  return aside;
}

export async function restoreEmbedded(backupDir: string, dataDir: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const manifest = readManifest(backupDir);
  if (manifest.kind !== 'pglite') throw new Error('this backup is of a PostgreSQL database: restore it with DATABASE_URL set');
  const lock = lockDataDir(dataDir);
  try {
    const dbDir = path.join(dataDir, 'pglite');
    if (fs.existsSync(dbDir) && fs.readdirSync(dbDir).length > 0) {
      if (!options.force) throw new Error(`${dbDir} already holds a database; add --force to replace it (the old one is kept beside it)`);
      moveAside(dbDir);
      moveAside(path.join(dataDir, 'files'));
    }
    fs.mkdirSync(dbDir, { recursive: true });
    const archive = new Blob([fs.readFileSync(path.join(backupDir, manifest.database))]);
    const engine = new PGlite(dbDir, { extensions: PGLITE_EXTENSIONS, loadDataDir: archive });
    let restored: TableChecksums;
    try {
      const handle = await openDatabase({ pglite: engine });
      restored = await tableChecksums(handle.db);
      await handle.close();
    } finally {
      await engine.close();
    }
    copyFiles(path.join(backupDir, 'files'), path.join(dataDir, 'files'));
    return { manifest, restored, problems: checksumDifferences(manifest.tables, restored) };
  } finally {
    lock.release();
  }
}

export async function restorePostgres(backupDir: string, url: string, dataDir: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const manifest = readManifest(backupDir);
  if (manifest.kind !== 'postgres') throw new Error('this backup is of the embedded database: restore it without DATABASE_URL');
  const handle = await openDatabase({ url, poolSize: 1 });
  try {
    const existing = await tableChecksums(handle.db);
    if (Object.keys(existing).length > 0) {
      if (!options.force) throw new Error('the target database is not empty; add --force to replace its contents');
      // Replace the whole schema, so tables added since the backup do not linger.
      const { sql } = await import('kysely');
      await sql`drop schema public cascade; create schema public`.execute(handle.db);
    }
  } finally {
    await handle.close();
  }
  restoreDump(url, path.join(backupDir, manifest.database));
  const after = await openDatabase({ url, poolSize: 1 });
  try {
    const restored = await tableChecksums(after.db);
    if (fs.existsSync(path.join(backupDir, 'files'))) {
      if (options.force) moveAside(path.join(dataDir, 'files'));
      copyFiles(path.join(backupDir, 'files'), path.join(dataDir, 'files'));
    }
    return { manifest, restored, problems: checksumDifferences(manifest.tables, restored) };
  } finally {
    await after.close();
  }
}
