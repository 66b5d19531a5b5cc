import { type Insertable, sql } from 'kysely';
import { OPEN_PROPOSAL_STATES } from '../../../common/matchmaking.js';
import type { MatchProposalTable } from '../../db/schema/matchmaking.js';
import type { DbOrTrx, Trx } from '../../db/types.js';
import { mentorsView } from '../replication/read-model.js';

/** The only place that builds queries on `match_proposals`. */

export interface ProposalScope {
  all: boolean;
  userId: string;
  agencyId: string | null;
  provinces: readonly string[];
}

const base = (db: DbOrTrx) =>
  db
    .selectFrom('match_proposals as p')
    .innerJoin('agencies as ad', 'ad.id', 'p.adopter_agency_id')
    .innerJoin('agencies as so', 'so.id', 'p.source_agency_id')
    .leftJoin('users as pu', 'pu.id', 'p.proposed_by')
    .leftJoin(mentorsView(db, 'm'), 'm.id', 'p.mentor_id')
    .leftJoin('users as mu', 'mu.id', 'm.user_id')
    .selectAll('p')
    .select(['ad.name as adopter_name', 'so.name as source_agency_name', 'pu.name as proposed_by_name', 'mu.name as mentor_name']);

export type ProposalRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

export function findProposal(db: DbOrTrx, id: string): Promise<ProposalRow | undefined> {
  return base(db).where('p.id', '=', id).executeTakeFirst();
}

export async function lockProposal(trx: Trx, id: string) {
  return trx.selectFrom('match_proposals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The proposal whose replication case waits for the source agency's answer, locked (none for a case opened otherwise). */
export async function lockProposalWaitingOnCase(trx: Trx, caseId: string): Promise<{ id: string } | undefined> {
  return trx.selectFrom('match_proposals').select('id').where('case_id', '=', caseId).where('state', '=', 'adopter_accepted').forUpdate().executeTakeFirst();
}

export async function insertProposal(trx: Trx, values: Insertable<MatchProposalTable>): Promise<string> {
  return (await trx.insertInto('match_proposals').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateProposal(trx: Trx, id: string, values: Partial<Insertable<MatchProposalTable>>): Promise<void> {
  await trx.updateTable('match_proposals').set(values).where('id', '=', id).execute();
}

export async function openProposalFor(db: DbOrTrx, adopterAgencyId: string, sourceInnovationId: string) {
  return db
    .selectFrom('match_proposals')
    .select('id')
    .where('adopter_agency_id', '=', adopterAgencyId)
    .where('source_innovation_id', '=', sourceInnovationId)
    .where('state', 'in', [...OPEN_PROPOSAL_STATES])
    .executeTakeFirst();
}

/** The proposals a caller may see (the policy's rule in SQL), open ones or past ones, newest first. */
export async function listProposalRows(db: DbOrTrx, scope: ProposalScope, filter: { status?: 'open' | 'past' }, page: { limit: number; offset: number }) {
  let q = base(db);
  if (!scope.all) {
    q = q.where((eb) =>
      eb.or([
        eb('p.proposed_by', '=', scope.userId),
        ...(scope.agencyId ? [eb('p.adopter_agency_id', '=', scope.agencyId), eb('p.source_agency_id', '=', scope.agencyId)] : []),
        ...(scope.provinces.length ? [eb('p.adopter_province_code', 'in', [...scope.provinces]), eb('p.source_province_code', 'in', [...scope.provinces])] : []),
      ]),
    );
  }
  if (filter.status === 'open') q = q.where('p.state', 'in', [...OPEN_PROPOSAL_STATES]);
  if (filter.status === 'past') q = q.where('p.state', 'not in', [...OPEN_PROPOSAL_STATES]);
  const [rows, total] = await Promise.all([
    q.orderBy('p.proposed_at', 'desc').orderBy('p.id').limit(page.limit).offset(page.offset).execute(),
    q
      .clearSelect()
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Proposals waiting for this agency's answer, by side (for the agency's home). */
export async function waitingFor(db: DbOrTrx, agencyId: string): Promise<{ adopter: number; source: number }> {
  const row = await db
    .selectFrom('match_proposals')
    .select((eb) => [
      eb.fn
        .countAll<string>()
        .filterWhere((w) => w.and([w('adopter_agency_id', '=', agencyId), w('state', '=', 'open')]))
        .as('adopter'),
      eb.fn
        .countAll<string>()
        .filterWhere((w) => w.and([w('source_agency_id', '=', agencyId), w('state', '=', 'adopter_accepted')]))
        .as('source'),
    ])
    .executeTakeFirstOrThrow();
  return { adopter: Number(row.adopter), source: Number(row.source) };
}
