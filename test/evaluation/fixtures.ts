import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency, buildUser } from '../helpers/factories.js';
import { buildInnovation } from '../helpers/factories-catalog.js';
import type { TestApp } from '../helpers/test-app.js';

/**
 * A competition whose proposals have been through the administrative check, written straight
 * into the tables (the proposals module's documented columns), so evaluation tests can choose
 * regions, categories and check outcomes freely.
 */
export interface ProposalSpec {
  regionCode: string;
  category?: 0 | 1;
  group?: 0 | 1;
  /** Reuse an agency (e.g. an evaluator's own). */
  agencyId?: string;
  adminCheck?: 'passed' | 'failed' | 'pending';
}

export interface EvaluationWorld {
  competitionId: string;
  year: number;
  categoryIds: [string, string];
  groupIds: [string, string];
  proposals: { id: string; number: string; agencyId: string; agencyName: string; innovationId: string; regionCode: string }[];
}

let counter = 0;

export async function buildEvaluationWorld(db: Kysely<Database>, specs: readonly ProposalSpec[]): Promise<EvaluationWorld> {
  const suffix = randomUUID().slice(0, 6);
  const year = 2026;
  const competition = await db
    .insertInto('competitions')
    .values({ kind: 'kipp', name: `KIPP Uji ${suffix}`, year, participant_types: ['kota', 'kabupaten', 'provinsi'], status: 'published' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const categories = await db
    .insertInto('competition_categories')
    .values([
      { competition_id: competition.id, code: 'kesehatan', name: 'Kesehatan', position: 1 },
      { competition_id: competition.id, code: 'pendidikan', name: 'Pendidikan', position: 2 },
    ])
    .returning('id')
    .execute();
  const groups = await db
    .insertInto('competition_groups')
    .values([
      { competition_id: competition.id, code: 'umum', name: 'Umum', position: 1 },
      { competition_id: competition.id, code: 'replikasi', name: 'Replikasi', position: 2 },
    ])
    .returning('id')
    .execute();
  const proposals: EvaluationWorld['proposals'] = [];
  for (const [i, spec] of specs.entries()) {
    const agency = spec.agencyId
      ? await db.selectFrom('agencies').selectAll().where('id', '=', spec.agencyId).executeTakeFirstOrThrow()
      : await buildAgency(db, { type: spec.regionCode.includes('.') ? 'kota' : 'provinsi', regionCode: spec.regionCode, name: `Dinas Uji ${suffix}-${i}` });
    const owner = await buildUser(db, { email: `operator.${suffix}.${i}@uji.test`, name: `Operator ${i}`, role: 'agency_operator', agencyId: agency.id, password: null });
    const title = `Inovasi Layanan ${suffix} nomor ${i + 1}`;
    const innovation = await buildInnovation(db, { agencyId: agency.id, regionCode: spec.regionCode, title });
    counter += 1;
    const number = `KIPP-${year}-${suffix}-${String(i + 1).padStart(4, '0')}`;
    const submittedAt = new Date(Date.UTC(2026, 4, 1, 8, 0, counter));
    const content = {
      number,
      title,
      answers: [{ number: 1, questionId: randomUUID(), question: 'Ringkasan', value: `Inovasi ini dijalankan oleh ${agency.name} untuk warga.` }],
    };
    const proposal = await db
      .insertInto('proposals')
      .values({
        number,
        competition_id: competition.id,
        group_id: groups[spec.group ?? 0]!.id,
        category_id: categories[spec.category ?? 0]!.id,
        innovation_id: innovation.id,
        applicant_kind: 'agency',
        agency_id: agency.id,
        owner_id: owner.id,
        participant_type: 'kota',
        title,
        status: 'submitted',
        submitted_at: submittedAt,
        content_hash: 'f'.repeat(64),
        submitted_content: JSON.stringify(content),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const check = spec.adminCheck ?? 'passed';
    await db
      .insertInto('proposal_admin_checks')
      .values({ proposal_id: proposal.id, competition_id: competition.id, status: check, reason: check === 'failed' ? 'Tidak lengkap' : null, decided_at: new Date() })
      .execute();
    proposals.push({ id: proposal.id, number, agencyId: agency.id, agencyName: agency.name, innovationId: innovation.id, regionCode: spec.regionCode });
  }
  return { competitionId: competition.id, year, categoryIds: [categories[0]!.id, categories[1]!.id], groupIds: [groups[0]!.id, groups[1]!.id], proposals };
}

/** Evaluators (or panelists) signed in, each affiliated with an agency in `regionCode`. */
export async function signedInReviewers(t: TestApp, role: 'evaluator' | 'panelist', regionCodes: readonly string[]) {
  const out: { agent: Agent; user: { id: string; email: string; agency_id: string | null } }[] = [];
  for (const code of regionCodes) {
    const agency = await buildAgency(t.db, { type: code.includes('.') ? 'kota' : 'provinsi', regionCode: code, name: `Universitas Uji ${randomUUID().slice(0, 6)}` });
    out.push(await t.signedIn(role, { agencyId: agency.id }));
  }
  return out;
}

export const CRITERIA = [
  { name: 'Kebaruan', weight: 30, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { name: 'Efektivitas', weight: 30, scale: { kind: 'numeric', min: 1, max: 10 }, required: true, includedInTotal: true },
  { name: 'Keberlanjutan', weight: 40, scale: { kind: 'levels', levels: ['kurang', 'cukup', 'baik', 'sangat baik'] }, required: false, includedInTotal: true },
  { name: 'Catatan penapisan', weight: 1, scale: { kind: 'numeric', min: 0, max: 1 }, required: false, includedInTotal: false },
];

export async function createRound(admin: Agent, competitionId: string, overrides: Record<string, unknown> = {}) {
  const response = await admin.post('/api/evaluation/rounds', {
    competitionId,
    name: 'Evaluasi dokumen',
    reviewerRole: 'evaluator',
    reviewersPerProposal: 2,
    defaultMaxPerEvaluator: 10,
    blind: true,
    showOthersAfterSubmit: false,
    scoresEditableAfterSubmit: true,
    aggregation: 'normalised',
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(`round: ${response.body}`);
  return response.json() as { id: string; criteria: { id: string; name: string }[] };
}

export function expectOk(response: { statusCode: number; body: string }, status = 200) {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
}
