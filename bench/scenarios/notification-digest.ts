import { performance } from 'node:perf_hooks';
import { type DatabaseHandle, openDatabase } from '../../src/server/db/client.js';
import { prepareDatabase } from '../../src/server/db/prepare.js';
import type { Db } from '../../src/server/db/types.js';
import { runDailyDigest } from '../../src/server/modules/notifications/digest.js';
import { notify } from '../../src/server/modules/notifications/service.js';
import type { Metric } from '../harness/results.js';
import { startPostgresCluster } from '../harness/postgres-cluster.js';
import type { StandaloneScenario } from '../harness/scenario.js';

/**
 * Issue #16: the daily notification digest for 4,300 accounts (about every UPP operator and
 * agency admin of the national data set), each with three waiting entries of two kinds, on a
 * fresh migrated database per engine: PGlite in the runner, and a throw-away PostgreSQL cluster
 * (skipped when BENCH_DATABASE_URL points at a shared server). Reports how long `notify` takes
 * to fan one notification out to all of them, the digest run (4,300 e-mails into the outbox,
 * batches of 500 accounts per transaction) and the run repeated the same day (nothing to do).
 */
const ACCOUNTS = 4300;
const PUBLIC_URL = 'https://simpul.example.go.id';

async function createAccounts(db: Db, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 1000) {
    const rows = await db
      .insertInto('users')
      .values(
        Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
          email: `digest.${start + i}@bench.simpul.test`,
          name: `Operator Uji ${start + i}`,
          role: 'citizen' as const,
          agency_id: null,
          password_hash: null,
          ...((start + i) % 5 === 0 ? { language: 'en' as const } : {}),
        })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

async function fanOut(db: Db, ids: string[], send: (recipients: { userId: string }[]) => Parameters<typeof notify>[1]): Promise<void> {
  for (let start = 0; start < ids.length; start += 1000) {
    const recipients = ids.slice(start, start + 1000).map((userId) => ({ userId }));
    await db.transaction().execute((trx) => notify(trx, send(recipients)));
  }
}

async function measure(handle: DatabaseHandle, engine: string, accounts: number): Promise<{ metrics: Metric[]; details: Record<string, unknown> }> {
  const db = handle.db;
  await prepareDatabase(db);
  const ids = await createAccounts(db, accounts);
  const started = performance.now();
  await fanOut(db, ids, (recipients) => ({
    recipients,
    kind: 'campaign.reminder',
    params: { campaign: 'Pemutakhiran Data 2026', closesAt: '2026-12-31T16:59:00Z', passed: false, pending: 3 },
    link: '/inovasi',
    publicUrl: PUBLIC_URL,
  }));
  const notifyMs = performance.now() - started;
  await fanOut(db, ids, (recipients) => ({
    recipients,
    kind: 'replication.milestone_due',
    params: { innovation: 'Si Cantik', milestone: 'Uji coba', due: '10 Januari 2027' },
    link: '/katalog',
    publicUrl: PUBLIC_URL,
  }));
  await fanOut(db, ids, (recipients) => ({ recipients, kind: 'incentive.published', params: { year: 2026, title: 'Top 45' }, link: null, publicUrl: PUBLIC_URL }));

  const now = new Date();
  const digestStarted = performance.now();
  const run = await runDailyDigest(db, { publicUrl: PUBLIC_URL, now });
  const digestMs = performance.now() - digestStarted;
  const againStarted = performance.now();
  const again = await runDailyDigest(db, { publicUrl: PUBLIC_URL, now: new Date(now.getTime() + 60_000) });
  const againMs = performance.now() - againStarted;
  if (run.emails !== accounts || again.emails !== 0) throw new Error(`digest sent ${run.emails} then ${again.emails} e-mails for ${accounts} accounts`);
  return {
    metrics: [
      { name: `${engine}: digest run, ${accounts.toLocaleString('en')} accounts`, value: digestMs / 1000, unit: 's', better: 'lower' },
      { name: `${engine}: digest run repeated the same day`, value: againMs, unit: 'ms', better: 'lower', note: 'idempotent: nothing left to send' },
      {
        name: `${engine}: notify() to ${accounts.toLocaleString('en')} accounts`,
        value: notifyMs / 1000,
        unit: 's',
        better: 'lower',
        note: 'in-app entries + digest entries, 1,000 recipients per transaction',
      },
    ],
    details: { [engine]: { ...run, digestMs: Math.round(digestMs), notifyMs: Math.round(notifyMs) } },
  };
}

export const notificationDigestScenario: StandaloneScenario = {
  kind: 'standalone',
  id: 'notification-digest',
  title: 'Daily notification digest: 4,300 accounts × 3 waiting entries (PGlite and PostgreSQL)',
  async run(ctx) {
    const accounts = ctx.profile.requestLimit ? 200 : ACCOUNTS;
    const metrics: Metric[] = [];
    const details: Record<string, unknown> = { accounts, entriesPerAccount: 3 };
    const pglite = await openDatabase({});
    try {
      ctx.log('notification-digest: PGlite');
      const r = await measure(pglite, 'PGlite', accounts);
      metrics.push(...r.metrics);
      Object.assign(details, r.details);
    } finally {
      await pglite.close();
    }
    if (!process.env.BENCH_DATABASE_URL && !ctx.profile.requestLimit) {
      const cluster = startPostgresCluster();
      try {
        ctx.log('notification-digest: PostgreSQL');
        const handle = await openDatabase({ url: cluster.url, poolSize: 5 });
        try {
          const r = await measure(handle, 'PostgreSQL', accounts);
          metrics.push(...r.metrics);
          Object.assign(details, r.details);
        } finally {
          await handle.close();
        }
      } finally {
        cluster.stop();
      }
    }
    return { metrics, details };
  },
};
