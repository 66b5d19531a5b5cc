import { appendAudit, type Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { DbOrTrx, Trx } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { createInnovationInTransaction } from './innovation-service.js';
import {
  findReplication,
  insertReplication,
  lineageFamily,
  lockReplicationPair,
  replicationCountRowsOfRegion,
  replicationFlowRows,
  replicationsByAdopter,
  setReplica,
} from './replications-repository.js';
import { assertVisible } from './policy.js';
import { findInnovationRecord } from './repository.js';

/**
 * The catalog's one writer of `innovation_replications` (the register behind "replicated in",
 * the replication counts and the "most replicated" sort) and its read models: the lineage of a
 * record and the flows between provinces. The replication module calls these with its own
 * transaction when a case completes, so the outcome and the register commit together.
 */

export interface ReplicationInput {
  sourceInnovationId: string;
  adopterAgencyId: string;
  replicaInnovationId: string | null;
  /** The adopter's region (Kemendagri code), where the replication lives. */
  regionCode: string | null;
  /** `YYYY-MM-DD`: when the replication started (the cooperation agreement). */
  startedOn: string | null;
}

/**
 * Records a confirmed replication. Idempotent per (source innovation, adopter agency): a pair
 * already on record is not written again (its replica is filled in if it had none), under a
 * transaction-scoped advisory lock so two racing completions write one row. Audited in the
 * caller's transaction.
 */
export async function recordReplication(trx: Trx, actor: Actor, input: ReplicationInput): Promise<{ id: string; alreadyRecorded: boolean }> {
  if (!trx.isTransaction) throw new Error('recordReplication needs the transaction of the decision that confirms the replication');
  if (input.replicaInnovationId === input.sourceInnovationId) {
    throw errors.validation({ id: 'Inovasi replika tidak boleh sama dengan inovasi sumber.', en: 'The replica cannot be the source innovation itself.' });
  }
  const source = await findInnovationRecord(trx, input.sourceInnovationId);
  if (!source) throw errors.notFound({ id: 'Inovasi sumber', en: 'Source innovation' });
  await lockReplicationPair(trx, input.sourceInnovationId, input.adopterAgencyId);
  const existing = await findReplication(trx, input.sourceInnovationId, input.adopterAgencyId);
  if (existing) {
    if (!existing.replica_innovation_id && input.replicaInnovationId) {
      await setReplica(trx, existing.id, input.replicaInnovationId);
      await appendAudit(trx, actor, {
        action: 'innovation.replication_linked',
        entityType: 'innovation',
        entityId: input.sourceInnovationId,
        after: { replicationId: existing.id, replicaInnovationId: input.replicaInnovationId },
      });
    }
    return { id: existing.id, alreadyRecorded: true };
  }
  const id = await insertReplication(trx, { ...input, innovationId: input.sourceInnovationId });
  await appendAudit(trx, actor, {
    action: 'innovation.replication',
    entityType: 'innovation',
    entityId: input.sourceInnovationId,
    after: { replicationId: id, adopterAgencyId: input.adopterAgencyId, replicaInnovationId: input.replicaInnovationId, regionCode: input.regionCode, startedOn: input.startedOn },
  });
  return { id, alreadyRecorded: false };
}

/**
 * The adopter's own draft, prefilled from the source (the adopter then adapts and publishes it
 * through the usual workflow). Created through the catalog's create path in the caller's
 * transaction: same rules, version row and audit entry.
 */
export async function createReplicaDraft(
  trx: Trx,
  actor: Actor,
  input: { sourceInnovationId: string; adopterAgencyId: string; userId: string | null; regionCode: string | null; startDate: string },
): Promise<string> {
  const source = await findInnovationRecord(trx, input.sourceInnovationId);
  if (!source) throw errors.notFound({ id: 'Inovasi sumber', en: 'Source innovation' });
  return createInnovationInTransaction(
    trx,
    actor,
    { agencyId: input.adopterAgencyId, userId: input.userId },
    {
      title: source.title,
      summary: source.summary,
      // A national agency without a region keeps the source's region until it adapts the record.
      regionCode: input.regionCode ?? source.regionCode,
      problem: source.problem,
      approach: source.approach,
      implementationSteps: source.implementationSteps,
      results: '',
      stakeholders: source.stakeholders,
      resources: source.resources,
      budgetSource: source.budgetSource,
      sustainability: source.sustainability,
      replicationPotential: source.replicationPotential,
      indicators: source.indicators.map((i) => ({ label: i.label, unit: i.unit, before: null, after: null })),
      startDate: input.startDate,
      digital: source.digital,
      form: source.form,
      categoryId: source.category.id,
      sdgs: source.sdgs,
    },
  );
}

export interface LineageNode {
  id: string;
  /** Null for a record that is not published (a replica still being adapted): only its agency shows. */
  title: string | null;
  published: boolean;
  agency: { id: string; name: string };
  province: { code: string; name: string };
  /** 0 for a root of the family, 1 for its replicas, and so on. */
  generation: number;
}

export interface LineageEdge {
  id: string;
  from: string;
  /** Null when the adopter has no record of its own in the catalog yet. */
  to: string | null;
  adopterAgency: { id: string; name: string };
  region: { code: string; name: string } | null;
  startedOn: string | null;
}

/**
 * The family graph of a record across generations, from confirmed replications only (the
 * register), for a caller who may see the record (404 otherwise: a draft of another agency does
 * not exist to them). The visibility check comes with the family in one statement.
 */
export async function innovationLineage(db: DbOrTrx, user: AuthUser | null, innovationId: string): Promise<{ innovationId: string; nodes: LineageNode[]; edges: LineageEdge[] }> {
  const family = await lineageFamily(db, innovationId);
  assertVisible(user, family.record);
  return {
    innovationId,
    nodes: family.nodes.map((n) => ({
      id: n.id,
      title: n.published ? n.title : null,
      published: n.published,
      agency: { id: n.agency_id, name: n.agency_name },
      province: { code: n.province_code, name: n.province_name },
      generation: n.generation,
    })),
    edges: family.edges.map((e) => ({
      id: e.id,
      from: e.innovation_id,
      to: e.replica_innovation_id,
      adopterAgency: { id: e.adopter_agency_id, name: e.adopter_agency_name },
      region: e.region_code ? { code: e.region_code, name: e.region_name ?? e.region_code } : null,
      startedOn: e.started_on,
    })),
  };
}

export interface ProvinceFlow {
  from: { code: string; name: string };
  to: { code: string; name: string };
  count: number;
}

/** Read model for dashboards: confirmed replications from the source's province to the adopter's. */
export async function replicationFlows(db: DbOrTrx, options: { year?: number } = {}): Promise<ProvinceFlow[]> {
  const rows = await replicationFlowRows(db, options.year);
  return rows.map((r) => ({ from: { code: r.from_province, name: r.from_name }, to: { code: r.to_province, name: r.to_name }, count: r.n }));
}

export interface ProvinceReplicationCount {
  province: { code: string; name: string };
  /** Replications of innovations that come from this province. */
  replicatedOut: number;
  /** Replications adopted by agencies in this province. */
  replicatedIn: number;
}

/** Read model for dashboards: per province, replications given and taken (from the flows). */
export async function replicationCountsByProvince(db: DbOrTrx, options: { year?: number } = {}): Promise<ProvinceReplicationCount[]> {
  const counts = new Map<string, ProvinceReplicationCount>();
  const entry = (p: { code: string; name: string }) => {
    let e = counts.get(p.code);
    if (!e) counts.set(p.code, (e = { province: p, replicatedOut: 0, replicatedIn: 0 }));
    return e;
  };
  for (const flow of await replicationFlows(db, options)) {
    entry(flow.from).replicatedOut += flow.count;
    entry(flow.to).replicatedIn += flow.count;
  }
  return [...counts.values()].sort((a, b) => a.province.code.localeCompare(b.province.code));
}

export interface AdoptedReplication {
  sourceInnovationId: string;
  replicaInnovationId: string | null;
  startedOn: string | null;
  /** Awards the source innovation had won (e.g. `top_99` in 2021): what the KIPP "replikasi" group asks about. */
  sourceAwards: { level: string; year: number }[];
}

/**
 * Read model for eligibility (the KIPP "replikasi" group requires a confirmed replication of an
 * earlier award-winning innovation): the agency's confirmed replications with the source's awards.
 * Not yet wired into the competitions' group rules.
 */
export async function confirmedReplicationsOf(db: DbOrTrx, adopterAgencyId: string): Promise<AdoptedReplication[]> {
  const rows = await replicationsByAdopter(db, adopterAgencyId);
  return rows.map((r) => ({
    sourceInnovationId: r.source_id,
    replicaInnovationId: r.replica_id,
    startedOn: r.started_on,
    sourceAwards: (r.levels ?? []).map((level, i) => ({ level, year: Number(r.award_years?.[i]) })),
  }));
}

/** Read model for the region profile (issue #19): confirmed replications adopted in the region and of its innovations elsewhere. */
export async function replicationCountsOfRegion(db: DbOrTrx, region: { code: string; level: 'province' | 'regency' }): Promise<{ replicatedIn: number; replicatedOut: number }> {
  const row = await replicationCountRowsOfRegion(db, region.code);
  return { replicatedIn: row.replicated_in, replicatedOut: row.replicated_out };
}
