import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Query, SurgeSetup } from './setup.js';

/**
 * The surge itself: every entrant's coordinator submits once, arrivals spread evenly over the
 * window (open loop: the schedule does not wait for answers, as real people do not), and a share
 * of them double-click (a second request with the same idempotency key right after the first).
 * Then the database is asked whether every acknowledged submission is stored exactly once.
 */
export interface SurgeOptions {
  windowSeconds: number;
  /** Share of entrants who double-click submit. */
  doubleClickShare: number;
  /** Sample PostgreSQL's lock table for waiters on the audit chain's advisory lock. */
  sampleAuditLock: boolean;
}

export interface SurgeReport {
  entrants: number;
  requests: number;
  acknowledged: number;
  replayed: number;
  refused: Record<string, number>;
  elapsedSeconds: number;
  throughputPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  stored: number;
  lost: number;
  duplicateAuditEntries: number;
  receiptsInOutbox: number;
  adminChecks: number;
  auditLockWaiters: { samples: number; mean: number; max: number; shareWithWaiters: number } | null;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

function submit(baseUrl: string, agent: http.Agent, e: { proposalId: string; sessionToken: string; csrfToken: string }, key: string) {
  const url = new URL(`/api/proposals/${e.proposalId}/submit`, baseUrl);
  return new Promise<{ status: number; ms: number; body: string }>((resolve) => {
    const started = performance.now();
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { cookie: `simpul_session=${e.sessionToken}`, 'x-csrf-token': e.csrfToken, 'idempotency-key': key, 'accept-language': 'id' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', () => resolve({ status: 0, ms: performance.now() - started, body: '' }));
      },
    );
    request.on('error', () => resolve({ status: 0, ms: performance.now() - started, body: '' }));
    request.end();
  });
}

export async function runSurge(baseUrl: string, query: Query, setup: SurgeSetup, options: SurgeOptions): Promise<SurgeReport> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  const acknowledged = new Set<string>();
  const refused: Record<string, number> = {};
  let replayed = 0;
  let requests = 0;
  const waiterSamples: number[] = [];
  const control = { sampling: options.sampleAuditLock };
  const sampler = (async () => {
    while (control.sampling) {
      const [row] = await query<{ n: number }>(
        `select count(*)::int as n from pg_locks where locktype = 'advisory' and classid = 0 and objid = 7340041 and objsubid = 1 and not granted`,
      );
      waiterSamples.push(row?.n ?? 0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  const n = setup.entrants.length;
  const gapMs = (options.windowSeconds * 1000) / n;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  const record = (proposalId: string, r: { status: number; ms: number; body: string }) => {
    requests++;
    latencies.push(r.ms);
    if (r.status === 200) {
      acknowledged.add(proposalId);
      if ((JSON.parse(r.body) as { replayed?: boolean }).replayed) replayed++;
    } else {
      let code = `HTTP_${r.status}`;
      try {
        code = (JSON.parse(r.body) as { error: { code: string } }).error.code;
      } catch {
        // not our error shape (connection failure)
      }
      refused[code] = (refused[code] ?? 0) + 1;
    }
  };
  for (let i = 0; i < n; i++) {
    const due = started + i * gapMs;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const entrant = setup.entrants[i]!;
    const key = `surge-${setup.runId}-${i}`;
    inFlight.push(submit(baseUrl, agent, entrant, key).then((r) => record(entrant.proposalId, r)));
    if (i % Math.max(1, Math.round(1 / options.doubleClickShare)) === 0) {
      // The second click lands ~40 ms later, usually while the first is still in flight.
      inFlight.push(new Promise((r) => setTimeout(r, 40)).then(() => submit(baseUrl, agent, entrant, key)).then((r) => record(entrant.proposalId, r)));
    }
  }
  await Promise.all(inFlight);
  const elapsedSeconds = (performance.now() - started) / 1000;
  control.sampling = false;
  await sampler;
  agent.destroy();

  const ids = JSON.stringify([...acknowledged]);
  const [stored] = await query<{ n: number }>(`select count(*)::int as n from proposals where competition_id = $1 and status = 'submitted'`, [setup.competitionId]);
  const [lost] = await query<{ n: number }>(
    `select count(*)::int as n from json_array_elements_text($1::json) a(id) left join proposals p on p.id = a.id::uuid and p.status = 'submitted' where p.id is null`,
    [ids],
  );
  const [audit] = await query<{ n: number }>(
    `select (count(*) - count(distinct entity_id))::int as n from audit_log where action = 'proposal.submit' and entity_id in (select id::text from proposals where competition_id = $1)`,
    [setup.competitionId],
  );
  const [receipts] = await query<{ n: number }>(`select count(*)::int as n from outbox where subject like $1`, [`Tanda terima proposal ${setup.numberPrefix}-%`]);
  const [checks] = await query<{ n: number }>(`select count(*)::int as n from proposal_admin_checks where competition_id = $1`, [setup.competitionId]);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    entrants: n,
    requests,
    acknowledged: acknowledged.size,
    replayed,
    refused,
    elapsedSeconds,
    throughputPerSecond: acknowledged.size / elapsedSeconds,
    latencyMs: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN },
    stored: stored!.n,
    lost: lost!.n,
    duplicateAuditEntries: audit!.n,
    receiptsInOutbox: receipts!.n,
    adminChecks: checks!.n,
    auditLockWaiters: options.sampleAuditLock
      ? {
          samples: waiterSamples.length,
          mean: waiterSamples.reduce((a, b) => a + b, 0) / (waiterSamples.length || 1),
          max: Math.max(0, ...waiterSamples),
          shareWithWaiters: waiterSamples.filter((w) => w > 0).length / (waiterSamples.length || 1),
        }
      : null,
  };
}
