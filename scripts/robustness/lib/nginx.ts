import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Debian's nginx as the reverse proxy in front of several app processes, with its own prefix,
 * configuration, logs and pid in a temporary folder, listening on loopback only. The
 * configuration is the one README "Running at scale" recommends, minus TLS.
 */
export function nginxConfig(listenPort: number, upstreams: number[], dir: string): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream simpul {
${upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=10s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${listenPort};
    client_max_body_size 12m;
    location / {
      proxy_pass http://simpul;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      # A request that never reached an app process goes to the next one; nginx never resends a
      # POST/PATCH/DELETE that was already sent (no "non_idempotent"), so no write is doubled.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }
}
`;
}

export class Nginx {
  private child: ChildProcess | null = null;
  private output = '';
  readonly dir: string;

  constructor(
    readonly port: number,
    private readonly upstreams: number[],
  ) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-nginx-'));
    // Workers drop root privileges and must still write their temporary files here.
    fs.chmodSync(this.dir, 0o777);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static binary(): string {
    for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate;
    throw new Error('nginx not found: run scripts/ensure-system-deps.sh (apt-get install nginx)');
  }

  async start(): Promise<void> {
    const conf = path.join(this.dir, 'nginx.conf');
    fs.writeFileSync(conf, nginxConfig(this.port, this.upstreams, this.dir));
    const child = spawn(Nginx.binary(), ['-p', this.dir, '-c', conf, '-e', path.join(this.dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout?.on('data', (d) => (this.output += d));
    child.stderr?.on('data', (d) => (this.output += d));
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`nginx exited: ${this.output}`);
      try {
        const response = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not yet
      }
      if (Date.now() > deadline) throw new Error(`nginx did not come up: ${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    }
    this.child = null;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
