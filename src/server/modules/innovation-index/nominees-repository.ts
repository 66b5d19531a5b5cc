import type { Cluster } from '../../../common/innovation-index.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries on `index_nominations` (award nominees sent to a competition) and the reports' agencies. */

export interface NominationRow {
  id: string;
  modelId: string;
  cluster: Cluster;
  regionCode: string;
  regionName: string;
  agencyId: string;
  competitionId: string;
  proposalId: string | null;
  proposalNumber: string | null;
  rank: number;
  verifiedIid: number;
  predicate: string;
  tied: boolean;
  nominatedAt: Date;
}

function nominationQuery(db: DbOrTrx) {
  return db
    .selectFrom('index_nominations as n')
    .innerJoin('regions as r', 'r.code', 'n.region_code')
    .select([
      'n.id',
      'n.model_id',
      'n.cluster',
      'n.region_code',
      'r.name as region_name',
      'n.agency_id',
      'n.competition_id',
      'n.proposal_id',
      'n.proposal_number',
      'n.rank',
      'n.verified_iid',
      'n.predicate',
      'n.tied',
      'n.nominated_at',
    ]);
}

type Raw = Awaited<ReturnType<ReturnType<typeof nominationQuery>['execute']>>[number];

const toRow = (r: Raw): NominationRow => ({
  id: r.id,
  modelId: r.model_id,
  cluster: r.cluster,
  regionCode: r.region_code,
  regionName: r.region_name,
  agencyId: r.agency_id,
  competitionId: r.competition_id,
  proposalId: r.proposal_id,
  proposalNumber: r.proposal_number,
  rank: r.rank,
  verifiedIid: Number(r.verified_iid),
  predicate: r.predicate,
  tied: r.tied,
  nominatedAt: new Date(r.nominated_at),
});

export async function selectNominations(db: DbOrTrx, modelId: string, cluster?: Cluster): Promise<NominationRow[]> {
  let q = nominationQuery(db).where('n.model_id', '=', modelId);
  if (cluster) q = q.where('n.cluster', '=', cluster);
  return (await q.orderBy('n.cluster').orderBy('n.rank').orderBy('n.region_code').execute()).map(toRow);
}

/** A region's nominations (by its agency), newest first. */
export async function selectAgencyNominations(db: DbOrTrx, agencyId: string): Promise<NominationRow[]> {
  return (await nominationQuery(db).where('n.agency_id', '=', agencyId).orderBy('n.nominated_at', 'desc').orderBy('n.cluster').execute()).map(toRow);
}

export async function selectNomination(db: DbOrTrx, id: string): Promise<NominationRow | undefined> {
  const row = await nominationQuery(db).where('n.id', '=', id).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

/** The agency that filed each region's report of the model. */
export async function selectReportAgencies(db: DbOrTrx, modelId: string, regionCodes: readonly string[]): Promise<Map<string, string>> {
  if (regionCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('index_reports')
    .select(['region_code', 'agency_id'])
    .where('model_id', '=', modelId)
    .where('region_code', 'in', [...regionCodes])
    .execute();
  return new Map(rows.map((r) => [r.region_code, r.agency_id]));
}

export interface NominationClaim {
  modelId: string;
  cluster: Cluster;
  regionCode: string;
  agencyId: string;
  competitionId: string;
  rank: number;
  verifiedIid: number;
  predicate: string;
  tied: boolean;
  nominatedBy: string | null;
  nominatedAt: Date;
}

/**
 * Claims each nominee once: the unique key (model, cluster, region) makes a resend or a concurrent
 * send skip what another transaction already claimed (on PostgreSQL the second insert waits for the
 * first to commit, then does nothing). Returns the claimed rows' ids by region.
 */
export async function claimNominations(trx: Trx, claims: readonly NominationClaim[]): Promise<Map<string, string>> {
  if (claims.length === 0) return new Map();
  const rows = await trx
    .insertInto('index_nominations')
    .values(
      claims.map((c) => ({
        model_id: c.modelId,
        cluster: c.cluster,
        region_code: c.regionCode,
        agency_id: c.agencyId,
        competition_id: c.competitionId,
        rank: c.rank,
        verified_iid: c.verifiedIid.toFixed(2),
        predicate: c.predicate,
        tied: c.tied,
        nominated_by: c.nominatedBy,
        nominated_at: c.nominatedAt,
      })),
    )
    .onConflict((oc) => oc.columns(['model_id', 'cluster', 'region_code']).doNothing())
    .returning(['id', 'region_code'])
    .execute();
  return new Map(rows.map((r) => [r.region_code, r.id]));
}

export async function setNominationProposal(trx: Trx, id: string, proposal: { id: string; number: string }): Promise<void> {
  await trx.updateTable('index_nominations').set({ proposal_id: proposal.id, proposal_number: proposal.number }).where('id', '=', id).execute();
}
