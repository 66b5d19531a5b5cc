import { type Kysely, sql } from 'kysely';
import { countWords } from '../../../src/common/competitions.js';
import { buildSubmittedContent, contentHash } from '../../../src/server/modules/proposals/submitted-content.js';
import type { AgencySpec } from '../agencies.js';
import { KIPP_CATEGORY_OF_THEME } from '../competitions.js';
import { generateInnovation, type InnovationSpec, type InnovationUniverse } from '../innovations.js';
import { Rng, recordUuid } from '../rng.js';
import { BatchInserter, type CellValue, type Column } from './bulk-insert.js';
import type { LoadedCompetition, LoadedQuestion } from './load-competitions.js';
import type { InnovationDirectory } from './load-innovations.js';

/**
 * One call's proposals, written to the proposals module's tables: each entered from a published
 * catalog innovation of an eligible organisation, old enough for its group at the deadline,
 * never a prior Top 45 / Top 5 winner, within the per-agency cap, one live proposal per
 * innovation. Submitted ones carry the frozen content and its SHA-256 exactly as the module's
 * submission builds them; the secretariat's administrative check follows.
 */
export interface ProposalRecord {
  readonly id: string;
  readonly innovationIndex: number;
  readonly agencyIndex: number;
  readonly themeKey: string;
  readonly provinceCode: string;
  readonly categoryCode: string;
  readonly passed: boolean;
}

export interface ProposalRefs {
  readonly universe: InnovationUniverse;
  readonly directory: InnovationDirectory;
  readonly agencies: readonly AgencySpec[];
  readonly agencyIds: readonly string[];
  readonly operatorOf: (agencyIndex: number, n: number) => string | null;
  readonly adminOf: (agencyIndex: number) => string | null;
  readonly secretariatId: string | null;
  readonly threeT: ReadonlySet<string>;
  /** Innovation indexes already awarded Top 45 or Top 5 (excluded from later KIPP years). */
  readonly topWinners: ReadonlySet<number>;
}

const PROPOSAL_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'number', type: 'text' },
  { name: 'competition_id', type: 'uuid' },
  { name: 'group_id', type: 'uuid' },
  { name: 'category_id', type: 'uuid' },
  { name: 'innovation_id', type: 'uuid' },
  { name: 'applicant_kind', type: 'text' },
  { name: 'agency_id', type: 'uuid' },
  { name: 'owner_id', type: 'uuid' },
  { name: 'participant_type', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'sdgs', type: 'smallint[]' },
  { name: 'status', type: 'text' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
  { name: 'submitted_at', type: 'timestamptz' },
  { name: 'submitted_by', type: 'uuid' },
  { name: 'content_hash', type: 'text' },
  { name: 'submitted_content', type: 'jsonb' },
];
const ANSWER_COLUMNS: readonly Column[] = [
  { name: 'proposal_id', type: 'uuid' },
  { name: 'question_id', type: 'uuid' },
  { name: 'value', type: 'jsonb' },
  { name: 'text_value', type: 'text' },
  { name: 'word_count', type: 'integer' },
  { name: 'updated_at', type: 'timestamptz' },
];
const CHECK_COLUMNS: readonly Column[] = [
  { name: 'proposal_id', type: 'uuid' },
  { name: 'competition_id', type: 'uuid' },
  { name: 'status', type: 'text' },
  { name: 'reason', type: 'text' },
  { name: 'checklist', type: 'jsonb' },
  { name: 'decided_by', type: 'uuid' },
  { name: 'decided_at', type: 'timestamptz' },
  { name: 'created_at', type: 'timestamptz' },
];

const FAIL_REASONS = [
  'Usia inovasi belum memenuhi syarat minimal pada batas waktu pendaftaran.',
  'Jawaban pertanyaan wajib tidak lengkap atau tidak relevan.',
  'Jawaban antarpertanyaan hampir identik (salin-tempel).',
  'Judul sama dengan inovasi lain yang sudah terdaftar.',
] as const;
const DAY = 86_400_000;

export async function loadProposals(db: Kysely<any>, competition: LoadedCompetition, refs: ProposalRefs, seed: number): Promise<ProposalRecord[]> {
  const { plan } = competition;
  const rng = new Rng(seed, 0x9a0c, plan.year * 10 + (plan.config.kind === 'kipp' ? 0 : 1));
  const deadline = competition.registrationEnds.getTime();
  const allowed = new Set<string>(plan.config.participantTypes);
  const isKipp = plan.config.kind === 'kipp';
  const candidates: number[] = [];
  for (let i = 0; i < refs.directory.ids.length; i++) {
    if (refs.directory.published[i] !== 1) continue;
    if (!allowed.has(refs.agencies[refs.directory.agencyIndex[i]!]!.type)) continue;
    if (isKipp && refs.topWinners.has(i)) continue;
    if (refs.directory.startDay[i]! * DAY > deadline - 30 * DAY) continue;
    candidates.push(i);
  }
  const numbers = await sql<{ n: string }>`select nextval('proposal_number_seq')::text as n from generate_series(1, ${plan.registered}::int)`.execute(db);
  const prefix = `${isKipp ? 'KIPP' : 'SC'}${plan.year}`;
  const perAgencyGroup = new Map<string, number>();
  const proposals = new BatchInserter(db, 'proposals', PROPOSAL_COLUMNS, 500);
  const answers = new BatchInserter(db, 'proposal_answers', ANSWER_COLUMNS, 3000, { dependsOn: proposals });
  const checks = new BatchInserter(db, 'proposal_admin_checks', CHECK_COLUMNS, 2000, { dependsOn: proposals });
  const records: ProposalRecord[] = [];
  let passedCount = 0;
  const questions = competition.questions.filter((q) => q.answerType !== 'file');

  for (const index of rng.shuffled(candidates)) {
    if (records.length >= plan.registered) break;
    const spec = generateInnovation(refs.universe, index);
    const agency = refs.agencies[spec.agencyIndex]!;
    const groupCode = groupFor(competition, spec, agency, refs.threeT);
    const group = groupCode ? competition.groups.get(groupCode) : undefined;
    if (!group) continue;
    const capKey = `${spec.agencyIndex}|${groupCode}`;
    const used = perAgencyGroup.get(capKey) ?? 0;
    if (group.maxPerAgency !== null && used >= group.maxPerAgency) continue;
    const owner = refs.operatorOf(spec.agencyIndex, used);
    if (!owner) continue;
    perAgencyGroup.set(capKey, used + 1);

    const n = records.length;
    const id = recordUuid(seed, 'proposal', (plan.year * 2 + (isKipp ? 0 : 1)) * 100_000 + n);
    const number = `${prefix}-${numbers.rows[n]!.n.padStart(6, '0')}`;
    const categoryCode = isKipp ? (KIPP_CATEGORY_OF_THEME[spec.themeKey] ?? [...competition.categories.keys()][0]!) : rng.pick([...competition.categories.keys()]);
    const categoryId = competition.categories.get(categoryCode)!;
    const submitted = n < plan.submitted;
    // Most entries arrive in the last days before the deadline (the surge KIPP sees every year).
    const submittedAt = new Date(deadline - Math.min(80 * DAY, -Math.log(1 - rng.next()) * 3 * DAY));
    const createdAt = new Date(submittedAt.getTime() - rng.between(1, 30) * DAY);
    const answerValues = questions.map((q, i) => answerFor(q, i, spec)).filter((a) => a.value !== null);
    const content = submitted
      ? buildSubmittedContent({
          number,
          competition: { id: competition.id, name: competition.name, year: plan.year },
          group: groupCode!,
          category: categoryCode,
          title: spec.title,
          innovationId: spec.id,
          innovationStartDate: spec.startDate,
          sdgs: [...spec.sdgs],
          submittedAt,
          questions: [...competition.questions],
          answers: answerValues.map((a) => ({ question_id: a.questionId, value: a.value })),
          attachments: [],
        })
      : null;
    await proposals.add([
      id,
      number,
      competition.id,
      group.id,
      categoryId,
      spec.id,
      'agency',
      refs.agencyIds[spec.agencyIndex]!,
      owner,
      agency.type,
      spec.title,
      [...spec.sdgs],
      submitted ? 'submitted' : rng.chance(0.7) ? 'draft' : 'ready',
      createdAt,
      submitted ? submittedAt : createdAt,
      submitted ? submittedAt : null,
      submitted ? refs.adminOf(spec.agencyIndex) : null,
      content ? contentHash(content) : null,
      content as unknown as CellValue,
    ]);
    for (const a of answerValues) await answers.add([id, a.questionId, a.value as CellValue, a.text, a.text ? countWords(a.text) : 0, createdAt]);
    const passed = submitted && passedCount < plan.passed;
    if (passed) passedCount++;
    if (submitted) {
      const decidedAt = new Date(deadline + rng.between(2, 18) * DAY);
      await checks.add([
        id,
        competition.id,
        passed ? 'passed' : 'failed',
        passed ? null : rng.pick(FAIL_REASONS),
        { age: true, complete: passed, similarity: passed },
        refs.secretariatId,
        decidedAt,
        submittedAt,
      ]);
    }
    records.push({ id, innovationIndex: index, agencyIndex: spec.agencyIndex, themeKey: spec.themeKey, provinceCode: spec.regionCode.slice(0, 2), categoryCode, passed });
  }
  await proposals.flush();
  await answers.flush();
  await checks.flush();
  return records;
}

/** KIPP: replications enter `replikasi`, 3T regions `khusus`, others `umum`; special calls by participant type. */
function groupFor(competition: LoadedCompetition, spec: InnovationSpec, agency: AgencySpec, threeT: ReadonlySet<string>): string | null {
  if (competition.plan.config.kind === 'kipp') {
    if (spec.replicaOf !== null && competition.groups.has('replikasi')) return 'replikasi';
    if (threeT.has(spec.regionCode) && competition.groups.has('khusus')) return 'khusus';
    return 'umum';
  }
  for (const [code, group] of competition.groups) if (group.participantTypes.includes(agency.type)) return code;
  return null;
}

/** The innovation's profile as the answers to the numbered questions (narratives in form order). */
function answerFor(q: LoadedQuestion, position: number, spec: InnovationSpec): { questionId: string; value: unknown; text: string } {
  const t = spec.text;
  const narratives = [t.summary, t.problem, t.approach, t.implementationSteps, t.results, t.stakeholders, t.resources, t.sustainability, t.replicationPotential];
  switch (q.answerType) {
    case 'long_text':
    case 'short_text': {
      const text = limitWords(narratives[position % narratives.length]!, q.wordLimit);
      return { questionId: q.id, value: text, text };
    }
    case 'sdg_list':
      return { questionId: q.id, value: [...spec.sdgs], text: '' };
    case 'choice': {
      const wanted = spec.form === 'governance' ? 1 : spec.form === 'other' ? 2 : 0;
      return { questionId: q.id, value: q.options[Math.min(wanted, q.options.length - 1)] ?? null, text: '' };
    }
    case 'number':
      return { questionId: q.id, value: spec.beneficiaries, text: '' };
    case 'video_link':
      return { questionId: q.id, value: spec.videoUrl, text: '' };
    default:
      return { questionId: q.id, value: null, text: '' };
  }
}

function limitWords(text: string, limit: number | null): string {
  if (limit === null || countWords(text) <= limit) return text;
  return text.split(/\s+/).slice(0, limit).join(' ');
}
