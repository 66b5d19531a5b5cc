import path from 'node:path';
import { z } from 'zod';

/**
 * The whole runtime configuration, read once from the environment and validated so a typo
 * fails at start-up with one clear line instead of misbehaving later.
 */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Folder of the embedded database and uploaded files. */
  DATA_DIR: z.string().default('./data'),
  /** When set, a real PostgreSQL server is used instead of the embedded PGlite. */
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Buffer cache of the embedded database (PostgreSQL's `shared_buffers`, e.g. `1GB`); default and why: db/client.ts pgliteStartParams. */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^[1-9]\d*(kB|MB|GB)$/, 'must be a size such as 512MB')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the demo data set (agencies, one account per role) on first start. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Cookies are marked Secure when the platform is served over HTTPS. */
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  /** Public base URL, used in e-mails (invitations, receipts). */
  PUBLIC_URL: z.string().url().optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .default(8 * 60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .default(7 * 24),
  /** Proxies whose X-Forwarded-For is believed (src/server/http/trust-proxy.ts); default: one on loopback. */
  TRUST_PROXY: z.string().max(500).default('loopback'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  /** SMTP server for e-mail (`smtp://…` or `smtps://user:pass@host:465`); without it e-mails go to the log. */
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), { message: 'must start with smtp:// or smtps://' })
    .optional(),
  /** Sender of outgoing e-mail. */
  SMTP_FROM: z.string().min(3).max(200).default('Simpul <noreply@simpul.local>'),
  /** Hour of the day (WIB) from which the daily notification digest is sent. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** HMAC key of the audit chain's checkpoints (src/server/audit/checkpoint-settings.ts); else a key file in DATA_DIR. */
  AUDIT_CHECKPOINT_KEY: z.string().min(32).max(500).optional(),
  /** A signed checkpoint of the audit chain's head every this many entries (and at least daily). */
  AUDIT_CHECKPOINT_EVERY: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  /** Bearer token for `GET /metrics` (Prometheus); unset, the endpoint answers 404. */
  METRICS_TOKEN: z.string().min(16).max(200).optional(),
});

export type AppConfig = z.infer<typeof configSchema> & {
  dataDir: string;
  publicUrl: string;
  databaseKind: 'pglite' | 'postgres';
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most shells' habits.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Konfigurasi tidak valid / invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: path.resolve(c.DATA_DIR),
    publicUrl: c.PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    databaseKind: c.DATABASE_URL ? 'postgres' : 'pglite',
  };
}
