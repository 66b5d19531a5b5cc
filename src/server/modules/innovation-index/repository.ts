import { sql } from 'kysely';
import type { ModelConfig } from '../../../common/innovation-index.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries on the index's models, border flags and results (migration 2026_12_02_0100). */

export interface ModelRow {
  id: string;
  year: number;
  status: 'draft' | 'published';
  config: ModelConfig;
  windowOpensAt: Date | null;
  windowClosesAt: Date | null;
  resultsPublishedAt: Date | null;
  copiedFrom: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
}

const modelColumns = ['id', 'year', 'status', 'config', 'window_opens_at', 'window_closes_at', 'results_published_at', 'copied_from', 'updated_at', 'published_at'] as const;

type RawModel = {
  id: string;
  year: number;
  status: 'draft' | 'published';
  config: unknown;
  window_opens_at: Date | null;
  window_closes_at: Date | null;
  results_published_at: Date | null;
  copied_from: string | null;
  updated_at: Date;
  published_at: Date | null;
};

function toModel(r: RawModel): ModelRow {
  return {
    id: r.id,
    year: r.year,
    status: r.status,
    config: r.config as ModelConfig,
    windowOpensAt: r.window_opens_at,
    windowClosesAt: r.window_closes_at,
    resultsPublishedAt: r.results_published_at,
    copiedFrom: r.copied_from,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
  };
}

export async function selectModels(db: DbOrTrx): Promise<ModelRow[]> {
  return (await db.selectFrom('index_models').select(modelColumns).orderBy('year', 'desc').execute()).map(toModel);
}

export async function selectModel(db: DbOrTrx, by: { id: string } | { year: number }, options: { forUpdate?: boolean } = {}): Promise<ModelRow | undefined> {
  let q = db.selectFrom('index_models').select(modelColumns);
  q = 'id' in by ? q.where('id', '=', by.id) : q.where('year', '=', by.year);
  if (options.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toModel(row) : undefined;
}

export async function insertModel(trx: Trx, values: { year: number; config: ModelConfig; copiedFrom: string | null; createdBy: string | null }): Promise<ModelRow> {
  const row = await trx
    .insertInto('index_models')
    .values({ year: values.year, config: JSON.stringify(values.config), copied_from: values.copiedFrom, created_by: values.createdBy })
    .returning(modelColumns)
    .executeTakeFirstOrThrow();
  return toModel(row);
}

export async function updateModel(
  trx: Trx,
  id: string,
  values: { config?: ModelConfig; windowOpensAt?: Date | null; windowClosesAt?: Date | null; status?: 'published'; publishedBy?: string; resultsPublishedAt?: Date | null },
): Promise<ModelRow> {
  const row = await trx
    .updateTable('index_models')
    .set({
      ...(values.config ? { config: JSON.stringify(values.config) } : {}),
      ...(values.windowOpensAt !== undefined ? { window_opens_at: values.windowOpensAt } : {}),
      ...(values.windowClosesAt !== undefined ? { window_closes_at: values.windowClosesAt } : {}),
      ...(values.status ? { status: values.status, published_at: sql<Date>`now()`, published_by: values.publishedBy ?? null } : {}),
      ...(values.resultsPublishedAt !== undefined ? { results_published_at: values.resultsPublishedAt } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .returning(modelColumns)
    .executeTakeFirstOrThrow();
  return toModel(row);
}

export async function selectBorderRegions(db: DbOrTrx): Promise<Set<string>> {
  const rows = await db.selectFrom('index_region_flags').select('region_code').where('border', '=', true).execute();
  return new Set(rows.map((r) => r.region_code));
}

export async function upsertBorderFlag(trx: Trx, regionCode: string, border: boolean, userId: string | null): Promise<boolean | null> {
  // One writer per region at a time (the row may not exist yet, so FOR UPDATE alone locks nothing).
  await sql`select pg_advisory_xact_lock(20261202, hashtext(${`index-border:${regionCode}`}))`.execute(trx);
  const before = await trx.selectFrom('index_region_flags').select('border').where('region_code', '=', regionCode).forUpdate().executeTakeFirst();
  await trx
    .insertInto('index_region_flags')
    .values({ region_code: regionCode, border, updated_by: userId })
    .onConflict((oc) => oc.column('region_code').doUpdateSet({ border, updated_by: userId, updated_at: sql<Date>`now()` }))
    .execute();
  return before ? before.border : null;
}

export interface ResultRow {
  regionCode: string;
  claimedIid: number;
  claimedPredicate: string;
  verifiedIid: number;
  predicate: string;
  disclaimer: string | null;
  spd: number;
  sid: number;
  countScore: number;
  innovations: number;
  points: Record<string, number>;
}

export async function replaceResults(trx: Trx, modelId: string, results: readonly ResultRow[]): Promise<void> {
  await trx.deleteFrom('index_results').where('model_id', '=', modelId).execute();
  for (let i = 0; i < results.length; i += 500) {
    const chunk = results.slice(i, i + 500);
    await trx
      .insertInto('index_results')
      .values(
        chunk.map((r) => ({
          model_id: modelId,
          region_code: r.regionCode,
          claimed_iid: r.claimedIid.toFixed(2),
          claimed_predicate: r.claimedPredicate,
          verified_iid: r.verifiedIid.toFixed(2),
          predicate: r.predicate,
          disclaimer: r.disclaimer,
          spd: r.spd.toFixed(2),
          sid: r.sid.toFixed(2),
          count_score: r.countScore.toFixed(2),
          innovations: r.innovations,
          points: JSON.stringify(r.points),
        })),
      )
      .execute();
  }
}

const resultColumns = ['region_code', 'claimed_iid', 'claimed_predicate', 'verified_iid', 'predicate', 'disclaimer', 'spd', 'sid', 'count_score', 'innovations', 'points'] as const;

function toResult(r: {
  region_code: string;
  claimed_iid: string;
  claimed_predicate: string;
  verified_iid: string;
  predicate: string;
  disclaimer: string | null;
  spd: string;
  sid: string;
  count_score: string;
  innovations: number;
  points: unknown;
}): ResultRow {
  return {
    regionCode: r.region_code,
    claimedIid: Number(r.claimed_iid),
    claimedPredicate: r.claimed_predicate,
    verifiedIid: Number(r.verified_iid),
    predicate: r.predicate,
    disclaimer: r.disclaimer,
    spd: Number(r.spd),
    sid: Number(r.sid),
    countScore: Number(r.count_score),
    innovations: r.innovations,
    points: r.points as Record<string, number>,
  };
}

export async function selectResults(db: DbOrTrx, modelId: string, options: { withPoints?: boolean } = {}): Promise<ResultRow[]> {
  const cols = options.withPoints ? resultColumns : resultColumns.filter((c) => c !== 'points');
  const rows = await db
    .selectFrom('index_results')
    .select(cols as unknown as typeof resultColumns)
    .where('model_id', '=', modelId)
    .orderBy('verified_iid', 'desc')
    .orderBy('region_code')
    .execute();
  return rows.map((r) => toResult({ ...r, points: r.points ?? {} }));
}

export async function selectResult(db: DbOrTrx, modelId: string, regionCode: string): Promise<ResultRow | undefined> {
  const row = await db.selectFrom('index_results').select(resultColumns).where('model_id', '=', modelId).where('region_code', '=', regionCode).executeTakeFirst();
  return row ? toResult(row) : undefined;
}
