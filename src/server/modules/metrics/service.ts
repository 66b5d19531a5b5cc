import { Gauge } from 'prom-client';
import { databasePoolStats } from '../../db/client.js';
import type { Db } from '../../db/types.js';
import type { AppMetrics } from '../../http/request-metrics.js';
import { readAuditChainLength, readOutboxBacklog } from './repository.js';

/**
 * The gauges of `GET /metrics`, read from the database and the pool at scrape time. Registered
 * once per app on its own registry.
 */
export interface MetricsService {
  /** The Prometheus text exposition, gauges refreshed first. */
  render(): Promise<string>;
  contentType: string;
}

export function createMetricsService(db: Db, metrics: AppMetrics): MetricsService {
  const registers = [metrics.registry];
  const pool = new Gauge({
    name: 'simpul_db_pool_connections',
    help: 'Database pool connections by state (total, idle) and queries waiting for one; PGlite is one connection.',
    labelNames: ['engine', 'state'] as const,
    registers,
  });
  const poolMax = new Gauge({ name: 'simpul_db_pool_max', help: 'Most connections the pool opens.', labelNames: ['engine'] as const, registers });
  const outboxUnsent = new Gauge({ name: 'simpul_outbox_unsent', help: 'E-mails waiting in the outbox (still tried).', registers });
  const outboxFailed = new Gauge({ name: 'simpul_outbox_failed', help: 'E-mails the dispatcher gave up on after 5 attempts.', registers });
  const outboxOldest = new Gauge({
    name: 'simpul_outbox_oldest_unsent_age_seconds',
    help: 'Age of the oldest e-mail still waiting in the outbox; 0 when none waits.',
    registers,
  });
  const auditLength = new Gauge({ name: 'simpul_audit_chain_length', help: 'Entries in the hash-chained audit log.', registers });

  return {
    contentType: metrics.registry.contentType,
    async render() {
      const stats = databasePoolStats(db);
      if (stats) {
        pool.set({ engine: stats.kind, state: 'total' }, stats.total);
        pool.set({ engine: stats.kind, state: 'idle' }, stats.idle);
        pool.set({ engine: stats.kind, state: 'waiting' }, stats.waiting);
        poolMax.set({ engine: stats.kind }, stats.max);
      }
      const backlog = await readOutboxBacklog(db);
      outboxUnsent.set(backlog.unsent);
      outboxFailed.set(backlog.failed);
      outboxOldest.set(backlog.oldestAgeSeconds);
      auditLength.set(await readAuditChainLength(db));
      return metrics.registry.metrics();
    },
  };
}
