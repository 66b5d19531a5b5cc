import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A private PostgreSQL cluster on loopback for the robustness runs, with the durability settings
 * of production (fsync, synchronous_commit and full_page_writes ON — unlike the fast throw-away
 * cluster of scripts/with-postgres.sh). It can be crashed (`immediate` stop, no checkpoint, like a
 * power cut for PostgreSQL's own bookkeeping) and started again to run WAL recovery.
 */
export interface PostgresCluster {
  url: string;
  port: number;
  dir: string;
  start(): void;
  stop(mode?: 'fast' | 'immediate'): void;
  destroy(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions.map((v) => path.join(root, v, 'bin')).findLast((dir) => fs.existsSync(path.join(dir, 'pg_ctl')));
  if (!bin) throw new Error('PostgreSQL not found: run scripts/ensure-system-deps.sh (apt-get install postgresql)');
  return bin;
}

export function postgresBin(tool: string): string {
  return path.join(binDir(), tool);
}

export function createPostgresCluster(port: number): PostgresCluster {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-robust-pg-'));
  fs.chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: use the postgres system account then.
  const run = (tool: string, args: string[]) => {
    const cmd = asRoot ? 'runuser' : path.join(bin, tool);
    const full = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
    const result = spawnSync(cmd, full, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  };
  if (asRoot) {
    if (spawnSync('id', ['postgres']).status !== 0) execFileSync('useradd', ['--system', '--home', dir, 'postgres']);
    execFileSync('chown', ['postgres', dir]);
  }
  run('initdb', ['-D', path.join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=100`;
  const cluster: PostgresCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    start: () => run('pg_ctl', ['-D', path.join(dir, 'data'), '-l', path.join(dir, 'server.log'), '-w', '-o', options, 'start']),
    stop: (mode = 'fast') => run('pg_ctl', ['-D', path.join(dir, 'data'), '-m', mode, '-w', 'stop']),
    destroy() {
      try {
        cluster.stop('immediate');
      } catch {
        // Already stopped.
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
