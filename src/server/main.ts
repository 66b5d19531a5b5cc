import pino from 'pino';
import { buildApp } from './app.js';
import { parseTrustProxy } from './http/trust-proxy.js';
import { checkpointSettingsFrom, configureAuditCheckpoints } from './audit/checkpoint-settings.js';
import { runCheckpointJob } from './audit/checkpoints.js';
import { purgeExpiredSessions } from './auth/session-cleanup.js';
import { readConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { prepareDatabase } from './db/prepare.js';
import { runDailyDigest, wibHour } from './modules/notifications/digest.js';
import { logTransport } from './notifications/log-transport.js';
import { drainOutbox } from './notifications/outbox.js';
import { smtpTransport } from './notifications/smtp-transport.js';
import { queueCampaignReminders } from './modules/institutionalisation/campaigns-reminders.js';
import { queueIndexWindowNotices } from './modules/innovation-index/window-notices.js';
import { queueMilestoneReminders } from './modules/replication/reminders-service.js';
import { queueMonthlyReport } from './modules/dashboards/monthly-report.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.js';
import { seedDemo } from './seed/demo.js';
import { storageFor } from './storage/index.js';
import { VERSION } from './version.js';

/** Start-up: config → database (locked) → migrations → reference/demo data → HTTP. */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.LOG_LEVEL });

  let handle: Awaited<ReturnType<typeof openDatabase>>;
  try {
    handle = await openDatabase({
      url: config.DATABASE_URL,
      dataDir: config.dataDir,
      poolSize: config.DATABASE_POOL_SIZE,
      ...(config.PGLITE_SHARED_BUFFERS ? { sharedBuffers: config.PGLITE_SHARED_BUFFERS } : {}),
    });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Before the first write: appends from here on write the audit chain's signed checkpoints.
  const checkpoints = checkpointSettingsFrom(config);
  configureAuditCheckpoints(checkpoints);
  await prepareDatabase(handle.db);
  const seeded = config.SEED_DEMO ? await seedDemo(handle.db, { publicUrl: config.publicUrl, storage: storageFor(config) }) : false;

  const app = await buildApp(
    { db: handle.db, dbKind: handle.kind, config, version: VERSION },
    { logger: { level: config.LOG_LEVEL }, webDir: 'dist/web', trustProxy: parseTrustProxy(config.TRUST_PROXY) },
  );

  // SMTP_URL: real delivery; without it the log transport (e-mails in the structured log).
  const smtp = config.SMTP_URL ? smtpTransport(config.SMTP_URL, config.SMTP_FROM) : null;
  const transport = smtp ?? logTransport(app.log);
  let dispatching = false;
  const dispatcher = setInterval(() => {
    if (dispatching) return;
    dispatching = true;
    drainOutbox(handle.db, transport)
      .then((r) => r.failed > 0 && app.log.warn(r, 'outbox: some e-mails failed and wait for their retry'))
      .catch((error) => app.log.error({ err: error }, 'outbox dispatch failed'))
      .finally(() => {
        dispatching = false;
      });
  }, 2_000);
  dispatcher.unref();
  // The daily digest, from DIGEST_HOUR (WIB) on; once per account and day however often it runs.
  const digester = setInterval(() => {
    if (wibHour(new Date()) < config.DIGEST_HOUR) return;
    runDailyDigest(handle.db, { publicUrl: config.publicUrl })
      .then((r) => r.accounts > 0 && app.log.info(r, 'daily notification digest'))
      .catch((error) => app.log.error({ err: error }, 'daily digest failed'));
  }, 10 * 60_000);
  digester.unref();
  const sessionPolicy = { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS };
  const housekeeping = setInterval(() => {
    purgeExpiredSessions(handle.db, sessionPolicy).catch((error) => app.log.error({ err: error }, 'session purge failed'));
    queueMilestoneReminders(handle.db, new Date(), { publicUrl: config.publicUrl }).catch((error) => app.log.error({ err: error }, 'replication reminders failed'));
    queueCampaignReminders(handle.db, new Date(), { publicUrl: config.publicUrl }).catch((error) => app.log.error({ err: error }, 'campaign reminders failed'));
    queueMonthlyReport(handle.db, new Date(), { publicUrl: config.publicUrl }).catch((error) => app.log.error({ err: error }, 'monthly summary report failed'));
    queueIndexWindowNotices(handle.db, new Date(), { publicUrl: config.publicUrl }).catch((error) => app.log.error({ err: error }, 'index window notices failed'));
  }, 10 * 60_000);
  housekeeping.unref();
  // The audit chain's head, checkpointed at start and every hour when it moved (at least daily).
  const checkpointHead = () => {
    runCheckpointJob(handle.db, checkpoints).catch((error) => app.log.error({ err: error }, 'audit checkpoint failed'));
  };
  checkpointHead();
  const checkpointJob = setInterval(checkpointHead, 60 * 60_000);
  checkpointJob.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    clearInterval(dispatcher);
    clearInterval(digester);
    smtp?.close();
    clearInterval(housekeeping);
    clearInterval(checkpointJob);
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
