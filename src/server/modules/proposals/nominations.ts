import type { ParticipantType } from '../../../common/competitions.js';
import { type Actor, appendAudit } from '../../audit/audit-log.js';
import type { Trx } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { loadCompetitionConfig } from '../competitions/service.js';
import { normaliseAnswer } from './answers.js';
import { nextProposalNumber } from './repository.js';
import { buildSubmittedContent, contentHash } from './submitted-content.js';
import { insertPassedAdminCheck, insertProposal, upsertAnswer } from './writes-repository.js';

/**
 * Entries made on another body's nomination rather than by the participant (the regional
 * innovation index's award nominees, issue #17 item 4): each becomes a proposal of the region's
 * government agency that is already submitted — its content frozen and hashed like any
 * submission — and has passed the administrative check (the nominating team verified the data), so
 * the evaluation module's rounds take it as they take any admitted proposal. Runs in the caller's
 * transaction; the caller decides idempotency (it claims each nominee before calling). Audited per
 * proposal (`proposal.nominate`).
 */
export interface NominationEntry {
  agencyId: string;
  participantType: ParticipantType;
  /** The account that owns the entry (the region's agency admin, else the nominating user). */
  ownerId: string;
  groupCode: string;
  categoryCode: string;
  title: string;
  /** The answer to each question, by the question's position in the form (1-based). */
  answers: Record<number, string>;
  /** Why the entry was made, kept in the audit entry (e.g. the index year, cluster and rank). */
  source: Record<string, unknown>;
}

export async function enterNominations(trx: Trx, actor: Actor, competitionId: string, entries: readonly NominationEntry[], now: Date): Promise<{ id: string; number: string }[]> {
  if (entries.length === 0) return [];
  const record = await loadCompetitionConfig(trx, competitionId);
  if (!record) throw errors.notFound({ id: 'Kompetisi', en: 'Competition' });
  if (record.row.status === 'archived') throw errors.conflict('COMPETITION_ARCHIVED', { id: 'Kompetisi sudah diarsipkan.', en: 'The competition is archived.' });
  const created: { id: string; number: string }[] = [];
  for (const entry of entries) {
    const group = record.groups.find((g) => g.code === entry.groupCode);
    const category = record.categories.find((c) => c.code === entry.categoryCode);
    if (!group || !category) {
      throw errors.validation({
        id: `Kompetisi '${record.row.name}' tidak memiliki kelompok '${entry.groupCode}' atau kategori '${entry.categoryCode}'.`,
        en: `The competition '${record.row.name}' has no group '${entry.groupCode}' or category '${entry.categoryCode}'.`,
      });
    }
    const answers = record.questions.flatMap((q, i) => {
      const text = entry.answers[q.number];
      return text === undefined ? [] : [{ question: q, stored: normaliseAnswer(q, text, i) }];
    });
    const number = await nextProposalNumber(trx, `${record.row.kind === 'kipp' ? 'KIPP' : 'SC'}${record.row.year}`);
    const content = buildSubmittedContent({
      number,
      competition: { id: record.row.id, name: record.row.name, year: record.row.year },
      group: group.code,
      category: category.code,
      title: entry.title,
      innovationId: null,
      innovationStartDate: null,
      sdgs: [],
      submittedAt: now,
      questions: record.questions,
      answers: answers.map((a) => ({ question_id: a.question.id, value: a.stored.value })),
      attachments: [],
    });
    const hash = contentHash(content);
    const id = await insertProposal(trx, {
      number,
      competition_id: record.row.id,
      group_id: group.id,
      category_id: category.id,
      innovation_id: null,
      applicant_kind: 'agency',
      agency_id: entry.agencyId,
      owner_id: entry.ownerId,
      participant_type: entry.participantType,
      title: entry.title,
      status: 'submitted',
      nominated: true,
      submitted_at: now,
      submitted_by: actor.userId,
      submission_key: null,
      late_seconds: null,
      content_hash: hash,
      submitted_content: JSON.stringify(content),
      created_at: now,
      updated_at: now,
    });
    for (const a of answers) {
      await upsertAnswer(trx, id, a.question.id, { value: JSON.stringify(a.stored.value), text_value: a.stored.textValue, word_count: a.stored.wordCount, updated_at: now });
    }
    await insertPassedAdminCheck(trx, {
      proposalId: id,
      competitionId: record.row.id,
      decidedBy: actor.userId,
      decidedAt: now,
      reason: 'Nominasi dari hasil terverifikasi / nominated from verified results',
    });
    await appendAudit(trx, actor, {
      action: 'proposal.nominate',
      entityType: 'proposal',
      entityId: id,
      after: {
        number,
        competitionId: record.row.id,
        group: group.code,
        category: category.code,
        agencyId: entry.agencyId,
        title: entry.title,
        contentHash: hash,
        source: entry.source,
      },
    });
    created.push({ id, number });
  }
  return created;
}
