import { sql } from 'kysely';
import type { WorkflowState } from '../../../common/catalog.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries of the catalog's replication register (`innovation_replications`) and its read models. */

/** Serialises writes for one (source, adopter) pair across transactions and processes. */
export async function lockReplicationPair(trx: Trx, innovationId: string, adopterAgencyId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(20261201, hashtext(${`innovation_replications:${innovationId}:${adopterAgencyId}`}))`.execute(trx);
}

export async function findReplication(trx: DbOrTrx, innovationId: string, adopterAgencyId: string) {
  return trx
    .selectFrom('innovation_replications')
    .select(['id', 'replica_innovation_id'])
    .where('innovation_id', '=', innovationId)
    .where('adopter_agency_id', '=', adopterAgencyId)
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function insertReplication(
  trx: Trx,
  row: { innovationId: string; adopterAgencyId: string; replicaInnovationId: string | null; regionCode: string | null; startedOn: string | null },
): Promise<string> {
  const inserted = await trx
    .insertInto('innovation_replications')
    .values({
      innovation_id: row.innovationId,
      adopter_agency_id: row.adopterAgencyId,
      replica_innovation_id: row.replicaInnovationId,
      region_code: row.regionCode,
      started_on: row.startedOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function setReplica(trx: Trx, id: string, replicaInnovationId: string): Promise<void> {
  await trx.updateTable('innovation_replications').set({ replica_innovation_id: replicaInnovationId }).where('id', '=', id).execute();
}

export interface LineageRow {
  id: string;
  innovation_id: string;
  replica_innovation_id: string | null;
  adopter_agency_id: string;
  adopter_agency_name: string;
  region_code: string | null;
  region_name: string | null;
  started_on: string | null;
}

export interface LineageNodeRow {
  id: string;
  title: string;
  published: boolean;
  agency_id: string;
  agency_name: string;
  province_code: string;
  province_name: string;
  generation: number;
}

/** Safety bound on the number of generations walked (a register with a cycle cannot loop forever). */
export const MAX_GENERATIONS = 30;

/** Who may see the record a lineage was asked for (the catalog policy's facts). */
export interface LineageRecordFacts {
  agencyId: string;
  workflowState: WorkflowState;
  publishedAt: string | null;
}

/**
 * The whole family of an innovation across generations: walk up to the roots (records that are
 * not a replica of anything on record), then down from the roots through every replica
 * (recursive CTEs over the register, cycle-guarded by path). Returns the asked record's access
 * facts (undefined when it does not exist), the family's innovations with their generation
 * (0 = a root) and every register row between them.
 *
 * One statement and one round trip: the record's facts, then the family's nodes and edges as two
 * JSON arrays of positional tuples (no repeated keys: a family of a thousand records is a few
 * hundred kilobytes less to build, send and parse), in the order the answer keeps.
 */
export async function lineageFamily(db: DbOrTrx, innovationId: string): Promise<{ record: LineageRecordFacts | undefined; nodes: LineageNodeRow[]; edges: LineageRow[] }> {
  type NodeTuple = [string, string, boolean, string, string, string, string, number];
  type EdgeTuple = [string, string, string | null, string, string, string | null, string | null, string | null];
  const result = await sql<{ record: [string, WorkflowState, string | null] | null; nodes: NodeTuple[] | null; edges: EdgeTuple[] | null }>`
    with recursive up(id, path) as (
      select ${innovationId}::uuid, array[${innovationId}::uuid]
      union all
      select rep.innovation_id, up.path || rep.innovation_id
        from up join innovation_replications rep on rep.replica_innovation_id = up.id
       where not rep.innovation_id = any(up.path) and cardinality(up.path) < ${MAX_GENERATIONS}
    ),
    roots as (
      select distinct up.id from up
       where not exists (select 1 from innovation_replications r where r.replica_innovation_id = up.id)
          or cardinality(up.path) >= ${MAX_GENERATIONS}
    ),
    down(id, generation, path) as (
      select id, 0, array[id] from roots
      union all
      select rep.replica_innovation_id, down.generation + 1, down.path || rep.replica_innovation_id
        from down join innovation_replications rep on rep.innovation_id = down.id
       where rep.replica_innovation_id is not null and not rep.replica_innovation_id = any(down.path) and down.generation < ${MAX_GENERATIONS}
    ),
    family as materialized (select id, min(generation)::int as generation from down group by id)
    select (select json_build_array(i.agency_id, i.workflow_state, i.published_at) from innovations i where i.id = ${innovationId}::uuid) as record,
           (select json_agg(json_build_array(i.id, i.title, i.published, i.agency_id, a.name, i.province_code, p.name, f.generation) order by f.generation, i.start_date, i.id)
              from family f
              join innovations i on i.id = f.id
              join agencies a on a.id = i.agency_id
              join regions p on p.code = i.province_code) as nodes,
           (select json_agg(json_build_array(rep.id, rep.innovation_id, rep.replica_innovation_id, rep.adopter_agency_id, a.name, rep.region_code, r.name,
                                             to_char(rep.started_on, 'YYYY-MM-DD')) order by rep.created_at, rep.id)
              from innovation_replications rep
              join family f on f.id = rep.innovation_id
              join agencies a on a.id = rep.adopter_agency_id
              left join regions r on r.code = rep.region_code) as edges`.execute(db);
  const row = result.rows[0];
  const record = row?.record ? { agencyId: row.record[0], workflowState: row.record[1], publishedAt: row.record[2] } : undefined;
  if (!record || !row?.nodes) return { record, nodes: [], edges: [] };
  return {
    record,
    nodes: row.nodes.map(([id, title, published, agencyId, agencyName, provinceCode, provinceName, generation]) => ({
      id,
      title,
      published,
      agency_id: agencyId,
      agency_name: agencyName,
      province_code: provinceCode,
      province_name: provinceName,
      generation: Number(generation),
    })),
    edges: (row.edges ?? []).map(([id, from, to, adopterId, adopterName, regionCode, regionName, startedOn]) => ({
      id,
      innovation_id: from,
      replica_innovation_id: to,
      adopter_agency_id: adopterId,
      adopter_agency_name: adopterName,
      region_code: regionCode,
      region_name: regionName,
      started_on: startedOn,
    })),
  };
}

export interface FlowRow {
  from_province: string;
  from_name: string;
  to_province: string;
  to_name: string;
  n: number;
}

/**
 * Replications between provinces: the source's province → the adopter's (register rows with a
 * region), from `dashboard_replication_flows` (migration 2026_12_04_0200, kept by triggers on
 * `innovation_replications` and on a source innovation's region; `year = 0` = all years).
 */
export async function replicationFlowRows(db: DbOrTrx, year?: number): Promise<FlowRow[]> {
  const rows = await sql<FlowRow>`
    select f.from_province, fp.name as from_name, f.to_province, tp.name as to_name, f.n
      from dashboard_replication_flows f
      join regions fp on fp.code = f.from_province
      join regions tp on tp.code = f.to_province
     where f.year = ${year ?? 0} and f.n <> 0
     order by f.n desc, 1, 3`.execute(db);
  return rows.rows;
}

/** Confirmed replications adopted by an agency, with the award levels the source had won. */
export async function replicationsByAdopter(db: DbOrTrx, adopterAgencyId: string) {
  const rows = await sql<{ source_id: string; replica_id: string | null; started_on: string | null; levels: string[] | null; award_years: number[] | null }>`
    select rep.innovation_id as source_id, rep.replica_innovation_id as replica_id, to_char(rep.started_on, 'YYYY-MM-DD') as started_on,
           array_agg(aw.level order by aw.year) filter (where aw.id is not null) as levels,
           array_agg(aw.year order by aw.year) filter (where aw.id is not null) as award_years
      from innovation_replications rep
      left join innovation_awards aw on aw.innovation_id = rep.innovation_id
     where rep.adopter_agency_id = ${adopterAgencyId}
     group by rep.id, rep.innovation_id, rep.replica_innovation_id, rep.started_on
     order by rep.started_on nulls last, rep.id`.execute(db);
  return rows.rows;
}

/**
 * Confirmed replications adopted in a region and of innovations from it (province: by province
 * code; regency/city: by its code), from `dashboard_replication_region_counts` (migration
 * 2026_12_04_0200, kept by triggers).
 */
export async function replicationCountRowsOfRegion(db: DbOrTrx, code: string): Promise<{ replicated_in: number; replicated_out: number }> {
  const row = await db.selectFrom('dashboard_replication_region_counts').select(['replicated_in', 'replicated_out']).where('region_code', '=', code).executeTakeFirst();
  return { replicated_in: row?.replicated_in ?? 0, replicated_out: row?.replicated_out ?? 0 };
}
