import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '../../src/common/roles.js';
import { buildApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import type { DatabaseHandle } from '../../src/server/db/client.js';
import type { Database } from '../../src/server/db/schema.js';
import type { AppDeps } from '../../src/server/deps.js';
import { Agent } from './agent.js';
import { createTestDatabase } from './database.js';
import { buildUser, TEST_PASSWORD } from './factories.js';

export interface TestApp {
  app: FastifyInstance;
  db: Kysely<Database>;
  handle: DatabaseHandle & { url?: string };
  deps: AppDeps;
  /** A fresh anonymous browser. */
  agent(language?: string): Agent;
  /** A browser signed in as a new account of `role` (agency-scoped roles get a new agency). */
  signedIn(role: Role, overrides?: Parameters<typeof buildUser>[1]): Promise<{ agent: Agent; user: Awaited<ReturnType<typeof buildUser>> }>;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const handle = await createTestDatabase();
  // Tests bring their own audit checkpoint key (no key file in the shared test data folder).
  const config = readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '.tmp/test-data', AUDIT_CHECKPOINT_KEY: 'test-audit-checkpoint-key-0123456789abcdef', ...env });
  const deps: AppDeps = { db: handle.db, dbKind: handle.kind, config, version: 'test' };
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    db: handle.db,
    handle,
    deps,
    agent: (language = 'id') => new Agent(app, language),
    async signedIn(role, overrides = {}) {
      const user = await buildUser(handle.db, { role, ...overrides });
      const agent = new Agent(app);
      const response = await agent.signIn(user.email, TEST_PASSWORD);
      if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
      return { agent, user };
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

/**
 * What a fingerprint leaves out. By default only what legitimately changes on reads and refusals:
 * the sign-in throttle counters, and a session's `last_seen_at` (touched at most once a minute
 * while a session is used). Callers may widen it for one known side effect, e.g. a refused sign-in
 * auditing a lockout.
 */
export interface FingerprintOptions {
  /** Whole tables to skip. */
  skipTables?: readonly string[];
  /** Columns to leave out, per table. */
  skipColumns?: Readonly<Record<string, readonly string[]>>;
  /** Rows to leave out, per table: rows whose `column` holds one of `values`. */
  skipRows?: Readonly<Record<string, { column: string; values: readonly string[] }>>;
}

export const DEFAULT_FINGERPRINT_OPTIONS: FingerprintOptions = {
  skipTables: ['login_throttle'],
  skipColumns: { sessions: ['last_seen_at'] },
};

/** Row counts and a content checksum of every table: proves a refused request wrote nothing. */
export async function databaseFingerprint(db: Kysely<Database>, options: FingerprintOptions = DEFAULT_FINGERPRINT_OPTIONS): Promise<Record<string, string>> {
  const { sql } = await import('kysely');
  const tables = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  const out: Record<string, string> = {};
  for (const { tablename } of tables.rows) {
    if (options.skipTables?.includes(tablename)) continue;
    const columns = options.skipColumns?.[tablename] ?? [];
    const rowText = columns.length > 0 ? sql`(to_jsonb(t) - ${sql.val([...columns])}::text[])::text` : sql`t::text`;
    const skip = options.skipRows?.[tablename];
    const where = skip ? sql`where ${sql.ref(`t.${skip.column}`)}::text <> all(${sql.val([...skip.values])}::text[])` : sql``;
    const r = await sql<{
      n: string;
      h: string | null;
    }>`select count(*)::text as n, md5(string_agg(${rowText}, '|' order by ${rowText})) as h from ${sql.table(tablename)} t ${where}`.execute(db);
    out[tablename] = `${r.rows[0]!.n}:${r.rows[0]!.h ?? ''}`;
  }
  return out;
}
