import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A server on PostgreSQL still keeps files in DATA_DIR: uploads and the audit checkpoint file and
 * key. One fresh folder per run (shared by the run's servers, as instances behind nginx share
 * their files) — a fixed folder carried one run's checkpoints into the next run's chain check.
 */
let runDataDir: string | null = null;
function freshRunDataDir(): string {
  runDataDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-robust-data-'));
  return runDataDir;
}

/**
 * One real app process (`src/server/main.ts`, exactly what `npm run start:server` runs) on a
 * loopback port, started and killed by the robustness scripts.
 */
export interface ServerOptions {
  port: number;
  /** DATA_DIR (the embedded database, uploads, audit checkpoints); default: one fresh folder per run. */
  dataDir?: string;
  databaseUrl?: string;
  extraEnv?: Record<string, string>;
}

export class ServerProcess {
  private child: ChildProcess | null = null;
  private output = '';
  readonly url: string;

  constructor(private readonly options: ServerOptions) {
    this.url = `http://127.0.0.1:${options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  log(): string {
    return this.output.slice(-4000);
  }

  async start(timeoutMs = 120_000): Promise<void> {
    this.output = '';
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      PORT: String(this.options.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      DATABASE_URL: this.options.databaseUrl ?? '',
      DATA_DIR: this.options.dataDir ?? freshRunDataDir(),
      ...this.options.extraEnv,
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout?.on('data', (d) => (this.output += d));
    child.stderr?.on('data', (d) => (this.output += d));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited during start:\n${this.log()}`);
      try {
        const response = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`server did not start within ${timeoutMs} ms:\n${this.log()}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** The crash: no shutdown hook runs, in-flight requests die with the process. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** A graceful stop (in-flight requests finish, the database is closed). */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.child = null;
  }
}
