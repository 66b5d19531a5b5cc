import { CompiledQuery, sql } from 'kysely';
import { prepareSurge, type SurgeEntrant } from '../../../bench/scenarios/deadline-surge/setup.js';
import { replicationTransitions } from './replication-workload.js';
import { scoreSubmission } from './score-workload.js';
import { compare, rows, type WriteWorkload } from './workload-check.js';

export type { Ack, WorkloadCheck, WriteWorkload } from './workload-check.js';

/**
 * The write workloads of the crash and multi-instance runs (contract and checking in
 * workload-check.ts): account and agency creation, proposal submissions at a deadline, and
 * evaluators' score sheets (score-workload.ts), replication requests and acceptances
 * (replication-workload.ts).
 */

/** Register an organisation: one row plus its audit entry, in one transaction. */
export const agencyCreation: WriteWorkload = {
  name: 'agency creation',
  async write(client, tag, seq) {
    const response = await client.request('POST', '/api/agencies', { name: `Uji Krash ${tag} ${seq}`, type: 'lembaga' });
    return response.status === 201 ? { key: `Uji Krash ${tag} ${seq}`, id: response.json.id } : null;
  },
  async check(db, tag, acks) {
    const found = await rows<{ name: string; id: string; audits: string }>(
      db,
      sql`select a.name, a.id::text as id,
            (select count(*) from audit_log l where l.action = 'agency.create' and l.entity_id = a.id::text)::text as audits
          from agencies a where a.name like ${`Uji Krash ${tag} %`}`,
    );
    const orphanAudits = await rows<{ n: string }>(
      db,
      sql`select count(*)::text as n from audit_log l where l.action = 'agency.create' and l.after->>'name' like ${`Uji Krash ${tag} %`}
          and not exists (select 1 from agencies a where a.id::text = l.entity_id)`,
    );
    const result = compare(
      acks,
      found.map((f) => ({ key: f.name, id: f.id, complete: f.audits === '1', why: `${f.audits} audit entries` })),
    );
    if (orphanAudits[0]!.n !== '0') result.problems.push(`${orphanAudits[0]!.n} audit entries for agencies that do not exist`);
    return result;
  },
};

/** Create an account: the user, its invitation, the e-mail in the outbox and the audit entry. */
export const userCreation: WriteWorkload = {
  name: 'account creation with invitation',
  async write(client, tag, seq) {
    const email = `krash.${tag}.${seq}@uji.test`.toLowerCase();
    const response = await client.request('POST', '/api/users', { email, name: `Penguji Krash ${seq}`, role: 'evaluator' });
    return response.status === 201 ? { key: email, id: response.json.user.id } : null;
  },
  async check(db, tag, acks) {
    const pattern = `krash.${tag}.%@uji.test`.toLowerCase();
    const found = await rows<{ email: string; id: string; invitations: string; mails: string; audits: string }>(
      db,
      sql`select u.email, u.id::text as id,
            (select count(*) from invitations i where i.user_id = u.id)::text as invitations,
            (select count(*) from outbox o where o.recipient = u.email)::text as mails,
            (select count(*) from audit_log l where l.action = 'user.create' and l.entity_id = u.id::text)::text as audits
          from users u where u.email like ${pattern}`,
    );
    const orphans = await rows<{ n: string }>(
      db,
      sql`select ((select count(*) from outbox o where o.recipient like ${pattern} and not exists (select 1 from users u where u.email = o.recipient))
             + (select count(*) from audit_log l where l.action = 'user.create' and l.after->>'email' like ${pattern}
                and not exists (select 1 from users u where u.id::text = l.entity_id)))::text as n`,
    );
    const result = compare(
      acks,
      found.map((f) => ({
        key: f.email,
        id: f.id,
        complete: f.invitations === '1' && f.mails === '1' && f.audits === '1',
        why: `${f.invitations} invitations, ${f.mails} e-mails, ${f.audits} audit entries`,
      })),
    );
    if (orphans[0]!.n !== '0') result.problems.push(`${orphans[0]!.n} e-mails or audit entries for accounts that do not exist`);
    return result;
  },
};

/**
 * Proposal submission at a deadline: each write is one agency coordinator submitting its ready
 * proposal (status change, receipt e-mail in the outbox, audit entry — one transaction). The
 * entrants (agency, coordinator with a live session, innovation, ready proposal with answers) are
 * made by the deadline-surge benchmark's setup (bench/scenarios/deadline-surge/setup.ts).
 */
const entrants = new Map<string, SurgeEntrant[]>();
const surgeCompetitions = new Map<string, string[]>();

export const proposalSubmission: WriteWorkload = {
  name: 'proposal submission',
  async prepare(db, tag, count) {
    const setup = await prepareSurge(async (text, parameters) => (await db.executeQuery(CompiledQuery.raw(text, [...(parameters ?? [])]))).rows as never, count);
    entrants.set(tag, [...(entrants.get(tag) ?? []), ...setup.entrants]);
    surgeCompetitions.set(tag, [...(surgeCompetitions.get(tag) ?? []), setup.competitionId]);
  },
  async write(client, tag, seq) {
    const entrant = entrants.get(tag)?.shift();
    if (!entrant) return null;
    const response = await client.request('POST', `/api/proposals/${entrant.proposalId}/submit`, undefined, {
      as: entrant,
      headers: { 'idempotency-key': `krash-${tag}-${seq}` },
    });
    return response.status === 200 ? { key: entrant.proposalId, id: entrant.proposalId } : null;
  },
  async check(db, tag, acks) {
    const competitions = surgeCompetitions.get(tag) ?? [];
    if (competitions.length === 0) return { acknowledged: acks.length, verified: 0, committedUnacknowledged: 0, problems: acks.length > 0 ? ['no prepared competitions'] : [] };
    const found = await rows<{ id: string; status: string; audits: string; receipts: string }>(
      db,
      sql`select p.id::text as id, p.status,
            (select count(*) from audit_log l where l.action = 'proposal.submit' and l.entity_id = p.id::text)::text as audits,
            (select count(*) from outbox o where o.subject like 'Tanda terima proposal ' || p.number || '%')::text as receipts
          from proposals p where p.competition_id::text in (${sql.join(competitions)})`,
    );
    const problems: string[] = [];
    // Untouched entrants stay ready with no trace of a submission.
    for (const f of found) {
      if (f.status !== 'submitted' && (f.audits !== '0' || f.receipts !== '0'))
        problems.push(`proposal ${f.id} is ${f.status} but has ${f.audits} submit audits and ${f.receipts} receipts`);
    }
    const submitted = found.filter((f) => f.status === 'submitted');
    const result = compare(
      acks,
      submitted.map((f) => ({ key: f.id, id: f.id, complete: f.audits === '1' && f.receipts === '1', why: `${f.audits} submit audits, ${f.receipts} receipts` })),
    );
    result.problems.push(...problems);
    return result;
  },
};

export const WORKLOADS: Record<string, WriteWorkload> = {
  agencies: agencyCreation,
  users: userCreation,
  submissions: proposalSubmission,
  scores: scoreSubmission,
  replication: replicationTransitions,
};
