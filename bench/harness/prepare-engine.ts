import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client.js';
import { prepareDatabase } from '../../src/server/db/prepare.js';
import type { DatasetOptions } from '../generator/dataset-options.js';
import { loadNationalDataset, type NationalDatasetSummary } from '../generator/load/load-national.js';
import { type PostgresCluster, startPostgresCluster } from './postgres-cluster.js';
import type { Engine } from './results.js';

/**
 * A fresh database per engine with the national data set loaded through the same generator as
 * `npm run seed:national`: a new PGlite folder, or a new database on PostgreSQL (the suite's own
 * throw-away cluster unless a server URL is given).
 */
export interface PreparedEngine {
  readonly engine: Engine;
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  readonly loaded: NationalDatasetSummary;
  /** CPU time of the runner during the load (for PGlite that includes the database engine). */
  readonly loadCpuMs: number;
  readonly info: Record<string, unknown>;
  dispose(): Promise<void>;
}

export async function prepareEngine(engine: Engine, dataset: DatasetOptions, workDir: string, options: { serverUrl?: string; log: (m: string) => void }): Promise<PreparedEngine> {
  if (engine === 'pglite') {
    const dataDir = path.join(workDir, 'pglite-data');
    fs.rmSync(dataDir, { recursive: true, force: true });
    const { loaded, cpuMs } = await seed({ dataDir }, dataset, options.log);
    return {
      engine,
      dataDir,
      loaded,
      loadCpuMs: cpuMs,
      info: {
        kind: 'PGlite (embedded, WebAssembly) in the server process',
        data: 'on disk; buffer cache sized to the data as the platform does (db/client.ts pgliteSharedBuffers)',
      },
      async dispose() {
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  let cluster: PostgresCluster | null = null;
  let adminUrl = options.serverUrl;
  if (!adminUrl) {
    cluster = startPostgresCluster();
    adminUrl = cluster.url;
  }
  const name = `simpul_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const { loaded, cpuMs } = await seed({ url: url.toString() }, dataset, options.log);
    return {
      engine,
      databaseUrl: url.toString(),
      loaded,
      loadCpuMs: cpuMs,
      info: {
        kind: `PostgreSQL ${version} on loopback`,
        server: cluster ? 'started by the suite' : 'given (BENCH_DATABASE_URL)',
        ...(cluster ? { settings: cluster.settings } : {}),
      },
      async dispose() {
        await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
        await admin.end();
        cluster?.stop();
      },
    };
  } catch (error) {
    await admin.end();
    cluster?.stop();
    throw error;
  }
}

async function seed(target: { url?: string; dataDir?: string }, dataset: DatasetOptions, log: (m: string) => void): Promise<{ loaded: NationalDatasetSummary; cpuMs: number }> {
  const handle = await openDatabase({ ...target, poolSize: 2 });
  try {
    const cpu = process.cpuUsage();
    await prepareDatabase(handle.db);
    const loaded = await loadNationalDataset(handle.db, dataset, log);
    const used = process.cpuUsage(cpu);
    return { loaded, cpuMs: (used.user + used.system) / 1000 };
  } finally {
    await handle.close();
  }
}
