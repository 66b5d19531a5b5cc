import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';
import type { Agent } from '../helpers/agent.js';

/** A complete, valid registration body; override any field. */
export async function innovationBody(db: Kysely<Database>, overrides: Record<string, unknown> = {}) {
  const category = await db.selectFrom('innovation_categories').select('id').where('code', '=', 'kesehatan').executeTakeFirstOrThrow();
  return {
    title: 'Antrean Puskesmas Daring Si Antre',
    summary: 'Warga mengambil nomor antrean puskesmas dari ponsel sehingga tidak perlu menunggu sejak subuh.',
    unitName: 'Dinas Kesehatan',
    regionCode: '35.78',
    problem: 'Antrean pagi di puskesmas mencapai tiga jam dan warga lanjut usia kelelahan.',
    approach: 'Nomor antrean daring terhubung dengan pesan pengingat dan papan antrean.',
    implementationSteps: 'Uji coba di tiga puskesmas, pelatihan petugas, lalu perluasan ke seluruh kota.',
    results: 'Waktu tunggu turun dari 180 menit menjadi 25 menit.',
    stakeholders: 'Dinas Kesehatan, Diskominfo, kader kesehatan',
    resources: 'Server Diskominfo dan dua pengembang',
    budgetSource: 'apbd',
    sustainability: 'Diatur dalam Peraturan Wali Kota.',
    replicationPotential: 'Dapat diterapkan di puskesmas mana pun.',
    beneficiaries: 120000,
    costSavedIdr: 250000000,
    timeSavedDays: 0.5,
    indicators: [{ label: 'Waktu tunggu', unit: 'menit', before: 180, after: 25 }],
    websiteUrl: 'https://antre.example.go.id',
    startDate: '2019-03-01',
    digital: true,
    form: 'public_service',
    categoryId: category.id,
    sdgs: [3, 10],
    ...overrides,
  };
}

/** Registers, submits and publishes an innovation through the API; returns its id. */
export async function publishThroughApi(operator: Agent, admin: Agent, body: Record<string, unknown>): Promise<string> {
  const created = await operator.post('/api/innovations', body);
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
  const id = created.json().innovation.id as string;
  const submitted = await operator.post(`/api/innovations/${id}/submit`);
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
  const approved = await admin.post(`/api/innovations/${id}/approve`, {});
  if (approved.statusCode !== 200) throw new Error(`approve failed: ${approved.body}`);
  return id;
}

/** Inserts a published innovation straight into the table (for search tests that need many). */
export async function insertPublished(
  db: Kysely<Database>,
  agencyId: string,
  overrides: Partial<{
    title: string;
    summary: string;
    problem: string;
    regionCode: string;
    categoryCode: string;
    sdgs: number[];
    startDate: string;
    status: 'running' | 'stopped';
    workflowState: 'draft' | 'published';
  }> = {},
): Promise<string> {
  const category = await db
    .selectFrom('innovation_categories')
    .select('id')
    .where('code', '=', overrides.categoryCode ?? 'kesehatan')
    .executeTakeFirstOrThrow();
  const state = overrides.workflowState ?? 'published';
  const row = await db
    .insertInto('innovations')
    .values({
      agency_id: agencyId,
      region_code: overrides.regionCode ?? '35.78',
      title: overrides.title ?? 'Inovasi Uji Katalog',
      summary: overrides.summary ?? 'Ringkasan inovasi untuk pengujian katalog.',
      problem: overrides.problem ?? '',
      start_date: overrides.startDate ?? '2020-01-15',
      category_id: category.id,
      sdgs: overrides.sdgs ?? [3],
      status: overrides.status ?? 'running',
      stopped_reason: overrides.status === 'stopped' ? 'Anggaran dihentikan' : null,
      workflow_state: state,
      published_at: state === 'published' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
