import pino from 'pino';
import { buildApp } from './app.js';
import { parseTrustProxy } from './http/trust-proxy.js';
import { purgeExpiredSessions } from './auth/session-cleanup.js';
import { readConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { prepareDatabase } from './db/prepare.js';
import { logTransport } from './notifications/log-transport.js';
import { dispatchOutbox } from './notifications/outbox.js';
import { queueMilestoneReminders } from './modules/replication/reminders-service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.js';
import { seedDemo } from './seed/demo.js';
import { VERSION } from './version.js';

/** Start-up: config → database (locked) → migrations → reference/demo data → HTTP. */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.LOG_LEVEL });

  let handle: Awaited<ReturnType<typeof openDatabase>>;
  try {
    handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir, poolSize: config.DATABASE_POOL_SIZE });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  await prepareDatabase(handle.db);
  const seeded = config.SEED_DEMO ? await seedDemo(handle.db, { publicUrl: config.publicUrl }) : false;

  const app = await buildApp(
    { db: handle.db, dbKind: handle.kind, config, version: VERSION },
    { logger: { level: config.LOG_LEVEL }, webDir: 'dist/web', trustProxy: parseTrustProxy(config.TRUST_PROXY) },
  );

  const dispatcher = setInterval(() => {
    dispatchOutbox(handle.db, logTransport(app.log)).catch((error) => app.log.error({ err: error }, 'outbox dispatch failed'));
  }, 2_000);
  dispatcher.unref();
  const sessionPolicy = { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS };
  const housekeeping = setInterval(() => {
    purgeExpiredSessions(handle.db, sessionPolicy).catch((error) => app.log.error({ err: error }, 'session purge failed'));
    queueMilestoneReminders(handle.db).catch((error) => app.log.error({ err: error }, 'replication reminders failed'));
  }, 10 * 60_000);
  housekeeping.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    clearInterval(dispatcher);
    clearInterval(housekeeping);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${config.PORT}`;
  const lines = [
    '',
    `Simpul ${VERSION} berjalan di / is running at ${url}`,
    `Database: ${handle.kind === 'pglite' ? `PGlite (embedded) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (config.SEED_DEMO) {
    lines.push(seeded ? 'Data demo dimuat / demo data loaded.' : 'Data demo sudah ada / demo data already present.');
    lines.push(`Akun demo / demo accounts (kata sandi / password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.role.padEnd(16)} ${account.email}`);
  }
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
