import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock.js';
import type { Database } from './schema.js';

// Return BIGINT (int8) as string (default) but NUMERIC as a JS number: our numerics are scores
// and money-free ratios where double precision is enough.
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Closes the pool, the embedded engine and the data folder lock. */
  close(): Promise<void>;
}

/** Connections of the pool behind a database handle, for `GET /metrics`. */
export interface PoolStats {
  kind: DatabaseKind;
  /** Most connections the pool opens (PGlite: always 1, the engine is one connection). */
  max: number;
  total: number;
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
}

const pools = new WeakMap<Kysely<Database>, { kind: DatabaseKind; max: number; pool: pg.Pool }>();

/** The pool's counts now, or null for a handle not opened by openDatabase. */
export function databasePoolStats(db: Kysely<Database>): PoolStats | null {
  const entry = pools.get(db);
  if (!entry) return null;
  const { pool } = entry;
  return { kind: entry.kind, max: entry.max, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection string; without it the embedded PGlite is used. */
  url?: string;
  /** Folder for the embedded database (`<dataDir>/pglite`); `memory://` for an in-memory one. */
  dataDir?: string;
  poolSize?: number;
  /** An existing PGlite (e.g. loaded from a prepared snapshot in tests). */
  pglite?: PGlite;
  /** The embedded database's buffer cache (`shared_buffers`, e.g. `512MB`) for a data folder on disk; else sized by pgliteSharedBuffers. */
  sharedBuffers?: string;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options);
}

function openPostgres(url: string, poolSize: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client error (e.g. server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, { kind: 'postgres', max: poolSize, pool });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

const MB = 1024 * 1024;
/** The buffer cache of an embedded database on disk, unless PGLITE_SHARED_BUFFERS says otherwise: half its size on disk, within these bounds. */
const SHARED_BUFFERS_MIN = 128 * MB;
const SHARED_BUFFERS_MAX = 512 * MB;

/** Bytes of the files under `dir` (a missing folder is empty). */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true, recursive: true }) : []) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/**
 * The buffer cache (`shared_buffers`) for the embedded database in `dbDir`. A page PGlite misses is
 * read through the emulated file system at a cost a native server never pays, and the cache's
 * memory is taken at start. So it is sized to the data: half the database's size on disk, between
 * 128MB (PostgreSQL's default; the demo's 33MB gets that) and 512MB (the national catalog of
 * 100,000 innovations, ~1GB: its search table and indexes then stay cached, and uncached searches
 * under load went from 31 to 48 per second — docs/PERFORMANCE.md).
 */
export function pgliteSharedBuffers(dbDir: string): string {
  const half = folderBytes(path.join(dbDir, 'base')) / 2;
  const bytes = Math.min(SHARED_BUFFERS_MAX, Math.max(SHARED_BUFFERS_MIN, half));
  return `${Math.ceil(bytes / MB)}MB`;
}

/** PGlite's start parameters with a buffer cache of `sharedBuffers` (see pgliteSharedBuffers). */
export function pgliteStartParams(sharedBuffers: string): string[] {
  return [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`];
}

async function openPglite(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  let lock: DataDirLock | undefined;
  let pglite = options.pglite;
  if (!pglite) {
    const dataDir = options.dataDir ?? 'memory://';
    if (dataDir.startsWith('memory://')) {
      pglite = new PGlite({ extensions: PGLITE_EXTENSIONS });
    } else {
      lock = lockDataDir(dataDir);
      const dbDir = path.join(dataDir, 'pglite');
      // PGlite will not create parent folders itself.
      fs.mkdirSync(dbDir, { recursive: true });
      try {
        pglite = new PGlite(dbDir, { extensions: PGLITE_EXTENSIONS, startParams: pgliteStartParams(options.sharedBuffers ?? pgliteSharedBuffers(dbDir)) });
        await pglite.waitReady;
      } catch (error) {
        lock.release();
        throw error;
      }
    }
  }
  const engine = pglite;
  // PGlite is one connection: the adapter's pool size is 1 and queries queue behind it.
  const pool = new pg.Pool(createPgConfig(engine));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, { kind: 'pglite', max: 1, pool });
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      if (!options.pglite) await engine.close();
      lock?.release();
    },
  };
}
