import { appendAudit } from '../../audit/audit-log.js';
import { AppError, errors } from '../../http/errors.js';
import { pageBounds } from '../../http/pagination.js';
import { createInnovation, deleteInnovation } from '../catalog/innovation-service.js';
import type { CompetitionRecord } from '../competitions/service.js';
import { normaliseAnswer } from './answers.js';
import { sdgsOf } from './completeness.js';
import { applicantOf, competitionFor, deadlinePassed, innovationFacts, replicationFacts, PROPOSAL, type ProposalsContext, phaseOf, registrationNotOpen } from './context.js';
import { type Applicant, capReached, eligibilityProblem, type InnovationFacts, notAllowedParticipant } from './eligibility.js';
import { canAct, canEditContent, canRead, listScope } from './policy.js';
import {
  countApplicantProposals,
  findProposalRow,
  findSummary,
  listAnswers,
  listAttachments,
  listReturns,
  listSummaries,
  liveProposalForInnovation,
  lockApplicantGroup,
  nextProposalNumber,
} from './repository.js';
import { answerValues, deleteAnswer, insertProposal, updateProposalRow, upsertAnswer } from './writes-repository.js';
import type { CreateProposalInput, ProposalView, SaveProposalInput } from './schemas.js';
import { EDITABLE_STATUSES, transitionTarget } from './state-machine.js';
import type { ProposalRow } from '../../db/schema/proposals.js';
import type { ProposalStatus } from '../../../common/competitions.js';

/** Statuses that count against a group's cap while drafting (a withdrawn proposal frees its place). */
const LIVE: readonly ProposalStatus[] = ['draft', 'ready', 'returned', 'submitted'];

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

function field(name: string, text: { id: string; en: string }): AppError {
  return errors.validation(text, { fields: [{ field: name, message: text.id }] });
}

export function facts(row: ProposalRow) {
  return { applicantKind: row.applicant_kind, agencyId: row.agency_id, ownerId: row.owner_id, status: row.status };
}

/** Reads a proposal the caller may see; anything else is "not found", so nothing leaks. */
export async function readableProposal(ctx: ProposalsContext, id: string): Promise<ProposalRow> {
  const row = await findProposalRow(ctx.db, id);
  if (!row || !canRead(ctx.user, facts(row))) throw errors.notFound(PROPOSAL);
  return row;
}

export async function proposalView(ctx: ProposalsContext, row: ProposalRow, competition?: CompetitionRecord): Promise<ProposalView> {
  const [summary, answers, attachments, returns, record] = await Promise.all([
    findSummary(ctx.db, row.id),
    listAnswers(ctx.db, row.id),
    listAttachments(ctx.db, row.id),
    listReturns(ctx.db, row.id),
    competition ? Promise.resolve(competition) : competitionFor(ctx, row.competition_id),
  ]);
  const phase = phaseOf(record, ctx.now);
  const f = facts(row);
  const during = phase === 'open' || phase === 'grace';
  const may = (action: Parameters<typeof canAct>[2]) => canAct(ctx.user, f, action) && transitionTarget(action, row.status) !== null;
  return {
    ...summary!,
    applicantKind: row.applicant_kind,
    participantType: row.participant_type,
    innovationId: row.innovation_id,
    sdgs: row.sdgs,
    version: row.version,
    createdAt: iso(row.created_at)!,
    contentHash: row.content_hash,
    withdrawnAt: iso(row.withdrawn_at),
    withdrawReason: row.withdraw_reason,
    answers: answers.map((a) => ({ questionId: a.question_id, value: a.value, wordCount: a.word_count, updatedAt: iso(a.updated_at)! })),
    attachments: attachments.map((a) => ({
      id: a.id,
      questionId: a.question_id,
      filename: a.filename,
      contentType: a.content_type,
      sizeBytes: a.size_bytes,
      sha256: a.sha256,
      uploadedAt: iso(a.uploaded_at)!,
    })),
    returns: returns.map((r) => ({ comment: r.comment, returnedAt: iso(r.returned_at)!, returnedBy: r.returned_by })),
    can: {
      edit: during && canEditContent(ctx.user, f) && EDITABLE_STATUSES.includes(row.status),
      markReady: during && may('mark_ready'),
      reopen: during && may('reopen'),
      return: during && may('return'),
      submit: during && may('submit'),
      withdraw: phase === 'open' && may('withdraw'),
    },
  };
}

export async function getProposal(ctx: ProposalsContext, id: string): Promise<ProposalView> {
  return proposalView(ctx, await readableProposal(ctx, id));
}

export async function listMyProposals(
  ctx: ProposalsContext,
  query: { competitionId?: string | undefined; status?: ProposalStatus | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  const scope = listScope(ctx.user);
  if (scope.kind === 'none') throw errors.forbidden();
  return listSummaries(ctx.db, scope, { ...query, ...pageBounds(query.page, query.pageSize) });
}

function groupOf(record: CompetitionRecord, groupId: string, fieldName = 'groupId') {
  const group = record.groups.find((g) => g.id === groupId);
  if (!group) throw field(fieldName, { id: `Kelompok ('${fieldName}') bukan bagian dari kompetisi ini.`, en: `The group ('${fieldName}') is not part of this competition.` });
  return group;
}

function checkCategory(record: CompetitionRecord, categoryId: string, fieldName = 'categoryId') {
  if (!record.categories.some((c) => c.id === categoryId)) {
    throw field(fieldName, { id: `Kategori ('${fieldName}') bukan bagian dari kompetisi ini.`, en: `The category ('${fieldName}') is not part of this competition.` });
  }
}

function applicantKey(applicant: Applicant): { agencyId: string } | { ownerId: string } {
  return applicant.kind === 'agency' ? { agencyId: applicant.agencyId } : { ownerId: applicant.userId };
}

async function enforceDraftCap(trx: ProposalsContext['db'], competitionId: string, group: CompetitionRecord['groups'][number], applicant: Applicant, excludeId?: string) {
  if (group.maxProposalsPerAgency === null) return;
  const key = applicantKey(applicant);
  await lockApplicantGroup(trx, competitionId, group.id, 'agencyId' in key ? key.agencyId : key.ownerId);
  const count = await countApplicantProposals(trx, { competitionId, groupId: group.id, applicant: key, statuses: LIVE, ...(excludeId ? { excludeId } : {}) });
  if (count >= group.maxProposalsPerAgency) throw capReached(group, count, applicant.kind);
}

/**
 * Starts a proposal: eligibility first (participant type, group rules, innovation of one's own
 * agency, age, prior awards, cap), then — when asked — the innovation is registered in the
 * catalog through its service, then the draft is written with its audit entry.
 */
export async function createProposal(ctx: ProposalsContext, input: CreateProposalInput): Promise<ProposalView> {
  const record = await competitionFor(ctx, input.competitionId);
  const applicant = await applicantOf(ctx);
  // A closed door is said first: a citizen learns the call is not for citizens, whatever else is wrong.
  if (!record.row.participant_types.includes(applicant.participantType)) throw notAllowedParticipant(record.row.name, applicant.participantType);
  const phase = phaseOf(record, ctx.now);
  if (phase !== 'open') throw registrationNotOpen(phase);
  const group = groupOf(record, input.groupId);
  checkCategory(record, input.categoryId);

  let innovation: InnovationFacts | null = null;
  if (input.innovationId) innovation = await innovationFacts(ctx, input.innovationId);
  if (input.newInnovation) {
    if (applicant.kind !== 'agency')
      throw field('newInnovation', { id: 'Hanya instansi yang mendaftarkan inovasi ke katalog.', en: 'Only agencies register innovations in the catalog.' });
    // Checked on the facts the new record will have, so a refused proposal leaves no stray innovation.
    innovation = { id: 'new', agencyId: applicant.agencyId, title: input.newInnovation.title, startDate: input.newInnovation.startDate, status: 'running', awards: [] };
  }
  if (applicant.kind === 'agency' && !innovation) {
    throw field('innovationId', { id: 'Pilih inovasi instansi atau daftarkan inovasi baru.', en: "Choose your agency's innovation or register a new one." });
  }
  const title = input.title ?? innovation?.title;
  if (!title) throw field('title', { id: 'Judul proposal wajib diisi.', en: 'The proposal title is required.' });

  const replication = await replicationFacts(ctx, group, innovation);
  const problem = eligibilityProblem({ competitionName: record.row.name, participantTypes: record.row.participant_types, group, applicant, innovation, replication, now: ctx.now });
  if (problem) throw problem;
  if (innovation && innovation.id !== 'new') {
    const existing = await liveProposalForInnovation(ctx.db, record.row.id, innovation.id);
    if (existing) {
      throw errors.conflict('INNOVATION_ALREADY_ENTERED', {
        id: `Inovasi ini sudah diikutkan dalam kompetisi ini (proposal ${existing.number}).`,
        en: `This innovation is already entered in this competition (proposal ${existing.number}).`,
      });
    }
  }
  if (group.maxProposalsPerAgency !== null) {
    const count = await countApplicantProposals(ctx.db, { competitionId: record.row.id, groupId: group.id, applicant: applicantKey(applicant), statuses: LIVE });
    if (count >= group.maxProposalsPerAgency) throw capReached(group, count, applicant.kind);
  }

  let innovationId = innovation?.id ?? null;
  if (input.newInnovation) {
    const created = await createInnovation({ db: ctx.db, actor: ctx.actor, user: ctx.user }, input.newInnovation);
    innovationId = created.innovation.id;
  }

  const write = () =>
    ctx.db.transaction().execute(async (trx) => {
      await enforceDraftCap(trx, record.row.id, group, applicant);
      const number = await nextProposalNumber(trx, `${record.row.kind === 'kipp' ? 'KIPP' : 'SC'}${record.row.year}`);
      const proposalId = await insertProposal(trx, {
        number,
        competition_id: record.row.id,
        group_id: group.id,
        category_id: input.categoryId,
        innovation_id: innovationId,
        applicant_kind: applicant.kind,
        agency_id: applicant.kind === 'agency' ? applicant.agencyId : null,
        owner_id: ctx.user.id,
        participant_type: applicant.participantType,
        title,
        submitted_content: null,
      });
      await appendAudit(trx, ctx.actor, {
        action: 'proposal.create',
        entityType: 'proposal',
        entityId: proposalId,
        after: { number, competitionId: record.row.id, groupId: group.id, categoryId: input.categoryId, innovationId, title, createdInnovation: !!input.newInnovation },
      });
      return proposalId;
    });
  let id: string;
  try {
    id = await write();
  } catch (error) {
    // The catalog record registered on the way must not outlive a refused proposal (e.g. a
    // concurrent start took the last place under the cap): it is removed again, audited, through
    // the catalog's service. It is a fresh draft without documents, so no files are involved.
    if (input.newInnovation && innovationId) {
      await deleteInnovation({ db: ctx.db, actor: ctx.actor, user: ctx.user }, innovationId, async () => {}).catch(() => undefined);
    }
    throw error;
  }
  return proposalView(ctx, (await findProposalRow(ctx.db, id))!, record);
}

function frozen(status: ProposalStatus): AppError {
  return status === 'ready'
    ? errors.conflict('PROPOSAL_LOCKED', {
        id: 'Proposal sedang menunggu pemeriksaan Admin Lokal; buka kembali untuk mengubahnya.',
        en: 'The proposal is waiting for the coordinator’s review; reopen it to change it.',
      })
    : errors.conflict('PROPOSAL_FROZEN', {
        id: 'Proposal yang sudah dikirim atau ditarik tidak dapat diubah.',
        en: 'A submitted or withdrawn proposal cannot be changed.',
      });
}

/** The editable row under lock, or the reason it cannot be edited. */
export async function lockEditable(ctx: ProposalsContext, trx: ProposalsContext['db'], id: string, record: CompetitionRecord): Promise<ProposalRow> {
  const row = await findProposalRow(trx, id, { forUpdate: true });
  if (!row || !canRead(ctx.user, facts(row))) throw errors.notFound(PROPOSAL);
  if (!canEditContent(ctx.user, facts(row))) throw errors.forbidden();
  if (!EDITABLE_STATUSES.includes(row.status)) throw frozen(row.status);
  const phase = phaseOf(record, ctx.now);
  if (phase === 'closed') throw deadlinePassed();
  return row;
}

/**
 * Saves a draft (the autosave): title, group, category and any subset of answers, all or
 * nothing. An answer over its word limit, a wrong type or a stale `baseVersion` refuses the
 * whole save, so what is stored is always a state the editor actually had.
 */
export async function saveProposal(ctx: ProposalsContext, id: string, input: SaveProposalInput): Promise<ProposalView> {
  const current = await readableProposal(ctx, id);
  const record = await competitionFor(ctx, current.competition_id);
  const questions = new Map(record.questions.map((q) => [q.id, q]));
  const prepared = (input.answers ?? []).map((a, i) => {
    const q = questions.get(a.questionId);
    if (!q) throw field(`answers.${i}.questionId`, { id: 'Pertanyaan bukan bagian dari formulir kompetisi ini.', en: 'The question is not part of this competition’s form.' });
    return { questionId: a.questionId, stored: a.value === null ? null : normaliseAnswer(q, a.value, i) };
  });
  if (input.categoryId) checkCategory(record, input.categoryId);
  const newGroup = input.groupId && input.groupId !== current.group_id ? groupOf(record, input.groupId) : null;
  let applicant: Applicant | null = null;
  if (newGroup) {
    applicant = await applicantOf(ctx);
    const innovation = current.innovation_id ? await innovationFacts(ctx, current.innovation_id) : null;
    const replication = await replicationFacts(ctx, newGroup, innovation);
    const problem = eligibilityProblem({
      competitionName: record.row.name,
      participantTypes: record.row.participant_types,
      group: newGroup,
      applicant,
      innovation,
      replication,
      now: ctx.now,
    });
    if (problem) throw problem;
  }

  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockEditable(ctx, trx, id, record);
    if (row.version !== input.baseVersion) {
      throw errors.conflict(
        'VERSION_CONFLICT',
        {
          id: 'Proposal telah diubah di tempat lain (tab atau pengguna lain). Muat ulang untuk melihat versi terbaru.',
          en: 'The proposal was changed elsewhere (another tab or person). Reload to see the latest version.',
        },
        { currentVersion: row.version },
      );
    }
    if (newGroup && applicant) await enforceDraftCap(trx, row.competition_id, newGroup, applicant, row.id);
    for (const a of prepared) {
      if (a.stored === null) {
        await deleteAnswer(trx, id, a.questionId);
        continue;
      }
      const values = { value: JSON.stringify(a.stored.value), text_value: a.stored.textValue, word_count: a.stored.wordCount, updated_at: ctx.now };
      await upsertAnswer(trx, id, a.questionId, values);
    }
    const answers = await answerValues(trx, id);
    await updateProposalRow(trx, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.categoryId !== undefined ? { category_id: input.categoryId } : {}),
      ...(newGroup ? { group_id: newGroup.id } : {}),
      sdgs: sdgsOf(record.questions, answers),
      version: row.version + 1,
      updated_at: ctx.now,
    });
    await appendAudit(trx, ctx.actor, {
      action: 'proposal.save',
      entityType: 'proposal',
      entityId: id,
      before: { version: row.version, title: row.title, groupId: row.group_id, categoryId: row.category_id },
      // The answers' text stays in the proposal; the audit records which changed and their size.
      after: {
        version: row.version + 1,
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.categoryId !== undefined ? { categoryId: input.categoryId } : {}),
        ...(newGroup ? { groupId: newGroup.id } : {}),
        answers: prepared.map((a) => ({ questionId: a.questionId, words: a.stored?.wordCount ?? null, cleared: a.stored === null })),
      },
    });
  });
  return proposalView(ctx, (await findProposalRow(ctx.db, id))!, record);
}
