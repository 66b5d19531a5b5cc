import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';

/**
 * `buildInnovation(db, overrides)`: a catalog innovation (published unless `workflowState` says
 * otherwise) written straight into the table (the catalog's documented column contract), so tests
 * can pick start dates, categories and awards freely; `buildInnovations(db, list)` writes many in
 * ONE statement (what a bulk import does to the table's triggers). Beside `buildAgency`/`buildUser`
 * in factories.ts, the home of test records; tests that need an innovation created through the
 * catalog's API use test/catalog/catalog-helpers.ts instead.
 */
export interface InnovationOverrides {
  agencyId: string;
  regionCode?: string;
  title?: string;
  summary?: string;
  startDate?: string;
  status?: 'running' | 'stopped';
  /** Default: the first category (one is made when there is none). */
  categoryId?: number;
  sdgs?: number[];
  /** Default 'published' (published now); a draft or unpublished record has no `published_at`. */
  workflowState?: 'draft' | 'published' | 'unpublished';
  awards?: { level: string; year: number }[];
}

async function firstCategoryId(db: Kysely<Database>): Promise<number> {
  let category = await db.selectFrom('innovation_categories').select('id').orderBy('id').executeTakeFirst();
  category ??= await db
    .insertInto('innovation_categories')
    .values({ code: 'uji_kategori', name_id: 'Kategori uji', name_en: 'Test category' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return category.id;
}

async function rowsOf(db: Kysely<Database>, list: readonly InnovationOverrides[]) {
  const needsCategory = list.some((o) => o.categoryId === undefined);
  const categoryId = needsCategory ? await firstCategoryId(db) : 0;
  const agencyIds = [...new Set(list.filter((o) => o.regionCode === undefined).map((o) => o.agencyId))];
  const regions = new Map(
    agencyIds.length === 0 ? [] : (await db.selectFrom('agencies').select(['id', 'region_code']).where('id', 'in', agencyIds).execute()).map((a) => [a.id, a.region_code]),
  );
  return list.map((o) => {
    const state = o.workflowState ?? 'published';
    return {
      agency_id: o.agencyId,
      region_code: o.regionCode ?? regions.get(o.agencyId) ?? '31',
      title: o.title ?? `Inovasi Uji ${randomUUID().slice(0, 8)}`,
      summary: o.summary ?? 'Ringkasan inovasi untuk pengujian proposal kompetisi.',
      start_date: o.startDate ?? '2022-01-15',
      category_id: o.categoryId ?? categoryId,
      sdgs: o.sdgs ?? [3],
      status: o.status ?? 'running',
      stopped_reason: o.status === 'stopped' ? 'Anggaran berhenti' : null,
      workflow_state: state,
      published_at: state === 'published' ? new Date() : null,
    };
  });
}

export async function buildInnovation(db: Kysely<Database>, overrides: InnovationOverrides) {
  const [row] = await buildInnovations(db, [overrides]);
  return row!;
}

/** Many innovations in one INSERT statement; awards after. Answers `{id, title}` in the order given. */
export async function buildInnovations(db: Kysely<Database>, list: readonly InnovationOverrides[]) {
  if (list.length === 0) return [];
  const rows = await db
    .insertInto('innovations')
    .values((await rowsOf(db, list)) as never)
    .returning(['id', 'title'])
    .execute();
  for (const [i, overrides] of list.entries()) {
    for (const award of overrides.awards ?? []) {
      await db
        .insertInto('innovation_awards')
        .values({ innovation_id: rows[i]!.id, level: award.level, year: award.year, label: `Penghargaan ${award.level} ${award.year}` } as never)
        .execute();
    }
  }
  return rows;
}
