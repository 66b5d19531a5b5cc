import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';

/**
 * `buildInnovation(db, overrides)`: a published catalog innovation written straight into the table
 * (the catalog's documented column contract), so tests can pick start dates and awards freely.
 * Beside `buildAgency`/`buildUser` in factories.ts, the home of test records; tests that need an
 * innovation created through the catalog's API use test/catalog/catalog-helpers.ts instead.
 */
export async function buildInnovation(
  db: Kysely<Database>,
  overrides: { agencyId: string; regionCode?: string; title?: string; startDate?: string; status?: 'running' | 'stopped'; awards?: { level: string; year: number }[] },
) {
  let category = await db.selectFrom('innovation_categories').select('id').orderBy('id').executeTakeFirst();
  category ??= await db
    .insertInto('innovation_categories')
    .values({ code: 'uji_kategori', name_id: 'Kategori uji', name_en: 'Test category' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const agency = await db.selectFrom('agencies').select('region_code').where('id', '=', overrides.agencyId).executeTakeFirstOrThrow();
  const row = await db
    .insertInto('innovations')
    .values({
      agency_id: overrides.agencyId,
      region_code: overrides.regionCode ?? agency.region_code ?? '31',
      title: overrides.title ?? `Inovasi Uji ${randomUUID().slice(0, 8)}`,
      summary: 'Ringkasan inovasi untuk pengujian proposal kompetisi.',
      start_date: overrides.startDate ?? '2022-01-15',
      category_id: category.id,
      sdgs: [3],
      status: overrides.status ?? 'running',
      stopped_reason: overrides.status === 'stopped' ? 'Anggaran berhenti' : null,
      workflow_state: 'published',
      published_at: new Date(),
    } as never)
    .returning(['id', 'title'])
    .executeTakeFirstOrThrow();
  for (const award of overrides.awards ?? []) {
    await db
      .insertInto('innovation_awards')
      .values({ innovation_id: row.id, level: award.level, year: award.year, label: `Penghargaan ${award.level} ${award.year}` } as never)
      .execute();
  }
  return row;
}
