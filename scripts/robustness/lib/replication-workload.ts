import { randomBytes } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import { createLiveSessions, type Query } from '../../../bench/scenarios/deadline-surge/setup.js';
import { compare, rows, type WorkloadCheck, type WriteWorkload } from './workload-check.js';

/**
 * Replication-case transitions while the server is killed: adopter agencies asking to replicate
 * another agency's published innovation (the case, its timeline event and audit entry in one
 * transaction), and the origin agencies accepting requests that were acknowledged (state,
 * timeline event, audit entry). The check proves every acknowledged request is stored once with
 * exactly one request audit entry and event, every acknowledged acceptance left the case accepted
 * with exactly one acceptance audit entry and event, an unacknowledged write that committed is
 * just as complete, and no audit entry exists for a case that is not stored.
 *
 * The world is made in SQL while the server is down: per pair an origin agency with a published
 * innovation and an administrator with a live session, and an adopter agency with the same.
 */
interface Pair {
  sourceId: string;
  adopterId: string;
  adopter: { sessionToken: string; csrfToken: string };
  origin: { sessionToken: string; csrfToken: string };
}

const pairs = new Map<string, Pair[]>();
/** Acknowledged requests the origin has not been asked to accept yet. */
const toAccept = new Map<string, { caseId: string; origin: Pair['origin'] }[]>();
const adopters = new Map<string, string[]>();
const turn = new Map<string, number>();

async function preparePairs(query: Query, count: number): Promise<Pair[]> {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const name = (side: string) => `Instansi Replikasi Krash ${runId} ${side} `;
  for (const side of ['asal', 'adopsi'])
    await query(`insert into agencies (name, type, region_code) select $1 || g, 'kota', '35.78' from generate_series(1, $2::int) g`, [name(side), count]);
  const users = await query<{ id: string; agency_id: string; n: number; side: string }>(
    `insert into users (email, name, role, agency_id)
     select 'replikasi-krash-' || a.id || '@uji.test', 'Admin ' || a.name, 'agency_admin', a.id from agencies a where a.name like $1 or a.name like $2
     returning id, agency_id, split_part(name, ' ', 7)::int as n, split_part(name, ' ', 6) as side`,
    [`${name('asal')}%`, `${name('adopsi')}%`],
  );
  const sessions = new Map(
    (
      await createLiveSessions(
        query,
        users.map((u) => u.id),
      )
    ).map((s) => [s.userId, s]),
  );
  const sources = await query<{ id: string; agency_id: string }>(
    `insert into innovations (agency_id, region_code, title, summary, start_date, category_id, sdgs, workflow_state, published_at)
     select a.id, '35.78', 'Inovasi siap replikasi ' || a.name, 'Layanan yang dapat ditiru instansi lain.', date '2021-01-01',
       (select min(id) from innovation_categories), '{3}', 'published', now()
     from agencies a where a.name like $1 returning id, agency_id`,
    [`${name('asal')}%`],
  );
  const sourceOf = new Map(sources.map((s) => [s.agency_id, s.id]));
  const bySide = (side: string) => new Map(users.filter((u) => u.side === side).map((u) => [Number(u.n), u]));
  const origins = bySide('asal');
  const adopting = bySide('adopsi');
  const result: Pair[] = [];
  for (const [n, adopter] of adopting) {
    const origin = origins.get(n)!;
    result.push({ sourceId: sourceOf.get(origin.agency_id)!, adopterId: adopter.agency_id, adopter: sessions.get(adopter.id)!, origin: sessions.get(origin.id)! });
  }
  return result;
}

export const replicationTransitions: WriteWorkload = {
  name: 'replication request and acceptance',
  async prepare(db, tag, count) {
    const query: Query = async (text, parameters) => (await db.executeQuery(CompiledQuery.raw(text, [...(parameters ?? [])]))).rows as never;
    const prepared = await preparePairs(query, count);
    pairs.set(tag, [...(pairs.get(tag) ?? []), ...prepared]);
    adopters.set(tag, [...(adopters.get(tag) ?? []), ...prepared.map((p) => p.adopterId)]);
  },
  async write(client, tag, seq) {
    // Every other turn the origin accepts an acknowledged request, when one is waiting.
    const n = (turn.get(tag) ?? 0) + 1;
    turn.set(tag, n);
    const waiting = toAccept.get(tag) ?? [];
    if (n % 2 === 0 && waiting.length > 0) {
      const { caseId, origin } = waiting.shift()!;
      const response = await client.request('POST', `/api/replications/${caseId}/accept`, { reason: `Diterima pada tulisan ${seq}.` }, { as: origin });
      return response.status === 200 ? { key: `accept:${caseId}`, id: caseId } : null;
    }
    const pair = pairs.get(tag)?.shift();
    if (!pair) return null;
    const response = await client.request(
      'POST',
      '/api/replications',
      { sourceInnovationId: pair.sourceId, problem: `Masalah pelayanan ${seq}.`, context: 'Kota dengan antrean layanan panjang.', leadName: 'Kepala Dinas' },
      { as: pair.adopter },
    );
    if (response.status !== 201 || typeof response.json?.id !== 'string') return null;
    toAccept.set(tag, [...waiting, { caseId: response.json.id, origin: pair.origin }]);
    return { key: `request:${pair.sourceId}:${pair.adopterId}`, id: response.json.id };
  },
  async check(db, tag, acks): Promise<WorkloadCheck> {
    const ids = adopters.get(tag) ?? [];
    if (ids.length === 0) return { acknowledged: acks.length, verified: 0, committedUnacknowledged: 0, problems: acks.length > 0 ? ['no prepared agencies'] : [] };
    const found = await rows<{ id: string; key: string; state: string; request_audits: string; request_events: string; accept_audits: string; accept_events: string }>(
      db,
      sql`select c.id::text as id, c.source_innovation_id || ':' || c.adopter_agency_id as key, c.state,
            (select count(*) from audit_log l where l.action = 'replication.request' and l.entity_id = c.id::text)::text as request_audits,
            (select count(*) from replication_case_events e where e.case_id = c.id and e.action = 'request')::text as request_events,
            (select count(*) from audit_log l where l.action = 'replication.accept' and l.entity_id = c.id::text)::text as accept_audits,
            (select count(*) from replication_case_events e where e.case_id = c.id and e.action = 'accept')::text as accept_events
          from replication_cases c where c.adopter_agency_id::text in (${sql.join(ids)})`,
    );
    const orphans = await rows<{ n: string }>(
      db,
      sql`select count(*)::text as n from audit_log l
          where l.action in ('replication.request', 'replication.accept') and l.entity_type = 'replication_case'
            and not exists (select 1 from replication_cases c where c.id::text = l.entity_id)`,
    );
    const requests = compare(
      acks.filter((a) => a.key.startsWith('request:')),
      found.map((f) => ({
        key: `request:${f.key}`,
        id: f.id,
        complete: f.request_audits === '1' && f.request_events === '1',
        why: `${f.request_audits} request audits, ${f.request_events} request events`,
      })),
    );
    const accepted = found.filter((f) => f.state !== 'requested');
    const accepts = compare(
      acks.filter((a) => a.key.startsWith('accept:')),
      accepted.map((f) => ({
        key: `accept:${f.id}`,
        id: f.id,
        complete: f.state === 'accepted' && f.accept_audits === '1' && f.accept_events === '1',
        why: `state ${f.state}, ${f.accept_audits} accept audits, ${f.accept_events} accept events`,
      })),
    );
    const problems = [...requests.problems, ...accepts.problems];
    // A request never accepted carries no trace of an acceptance.
    for (const f of found)
      if (f.state === 'requested' && (f.accept_audits !== '0' || f.accept_events !== '0'))
        problems.push(`case ${f.id} is requested but has ${f.accept_audits} accept audits and ${f.accept_events} accept events`);
    if (orphans[0]!.n !== '0') problems.push(`${orphans[0]!.n} replication audit entries for cases that do not exist`);
    return {
      acknowledged: requests.acknowledged + accepts.acknowledged,
      verified: requests.verified + accepts.verified,
      committedUnacknowledged: requests.committedUnacknowledged + accepts.committedUnacknowledged,
      problems,
    };
  },
};
