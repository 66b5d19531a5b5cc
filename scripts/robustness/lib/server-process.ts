import { type ChildProcess, spawn } from 'node:child_process';

/**
 * One real app process (`src/server/main.ts`, exactly what `npm run start:server` runs) on a
 * loopback port, started and killed by the robustness scripts.
 */
export interface ServerOptions {
  port: number;
  /** DATA_DIR for the embedded database; ignored when `databaseUrl` is set. */
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
      DATA_DIR: this.options.dataDir ?? '.tmp/robustness/unused-data',
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
