import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A throw-away PostgreSQL server on loopback for the benchmark, started the way
 * scripts/with-postgres.sh starts the test server (initdb as the `postgres` system account when
 * run as root). Durability is off (fsync, synchronous_commit, full_page_writes): the numbers
 * measure the query engine, not this VM's disk; the results say so.
 */
export interface PostgresCluster {
  readonly url: string;
  readonly version: string;
  readonly settings: Readonly<Record<string, string>>;
  stop(): void;
}

export const BENCH_POSTGRES_SETTINGS: Readonly<Record<string, string>> = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  shared_buffers: '256MB',
  max_connections: '100',
};

export function startPostgresCluster(): PostgresCluster {
  const binDir = findPostgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-pg-'));
  fs.chmodSync(dir, 0o755);
  const asPostgres: string[] = [];
  if (process.getuid?.() === 0) {
    if (spawnSync('id', ['postgres']).status !== 0) execFileSync('useradd', ['--system', '--home', dir, 'postgres']);
    execFileSync('chown', ['postgres', dir]);
    asPostgres.push('runuser', '-u', 'postgres', '--');
  }
  const run = (bin: string, args: string[]) => {
    const [cmd, ...rest] = [...asPostgres, path.join(binDir, bin), ...args];
    execFileSync(cmd!, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const port = 56000 + Math.floor(Math.random() * 3000);
  const options = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', ...Object.entries(BENCH_POSTGRES_SETTINGS).map(([k, v]) => `-c ${k}=${v}`)].join(' ');
  try {
    run('initdb', ['-D', path.join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    run('pg_ctl', ['-D', path.join(dir, 'data'), '-l', path.join(dir, 'server.log'), '-w', '-o', options, 'start']);
  } catch (error) {
    const log = path.join(dir, 'server.log');
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-500) : '';
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)} ${tail}`, { cause: error });
  }
  const version = execFileSync(path.join(binDir, 'postgres'), ['--version']).toString().trim();
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    settings: BENCH_POSTGRES_SETTINGS,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions
    .map((v) => path.join(root, v, 'bin'))
    .reverse()
    .find((d) => fs.existsSync(path.join(d, 'pg_ctl')));
  if (!bin) throw new Error('PostgreSQL not found: run scripts/ensure-system-deps.sh (apt-get install postgresql)');
  return bin;
}
