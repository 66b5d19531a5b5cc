import { randomUUID } from 'node:crypto';
import { ANSWER_TYPES, WORD_COUNTED_TYPES } from '../../../common/competitions.js';
import type { Trx } from '../../db/types.js';
import { type AppError, errors, type LocalizedText } from '../../http/errors.js';
import { configIdsInUse } from '../proposals/read-model.js';
import {
  deleteCategories,
  deleteGroups,
  deleteQuestions,
  existingCategories,
  existingGroups,
  existingQuestions,
  existingStages,
  parkCategoryCode,
  parkGroupCode,
  replaceStageRows,
  saveCategory,
  saveGroup,
  saveQuestion,
} from './sections-repository.js';
import type { categoryInput, groupInput, questionInput, stageInput } from './schemas.js';
import type { z } from 'zod';

/**
 * Replacing one section of a competition's configuration (groups, categories, questions,
 * stages) with an ordered list. Items carrying an `id` update that row; items without one are
 * new; rows missing from the list are removed — unless a proposal still uses them.
 */
export type GroupInput = z.infer<typeof groupInput>;
export type CategoryInput = z.infer<typeof categoryInput>;
export type QuestionInput = z.infer<typeof questionInput>;
export type StageInput = z.infer<typeof stageInput>;

interface FieldProblem {
  field: string;
  message: string;
}

function invalid(text: LocalizedText, field: string): AppError {
  return errors.validation(text, { fields: [{ field, message: text.id } satisfies FieldProblem] });
}

function checkUnique(values: string[], section: string, key: string, label: LocalizedText): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) {
      throw invalid({ id: `${label.id} '${value}' dipakai lebih dari sekali.`, en: `${label.en} '${value}' is used more than once.` }, `${section}.${i}.${key}`);
    }
    seen.add(value);
  });
}

/** Ids given in the list must be rows of this competition's section. */
function checkKnownIds(items: { id?: string | undefined }[], existing: Set<string>, section: string): void {
  items.forEach((item, i) => {
    if (item.id && !existing.has(item.id)) {
      throw invalid({ id: `'id' tidak dikenal pada ${section} ini.`, en: `Unknown 'id' in this ${section} list.` }, `${section}.${i}.id`);
    }
  });
}

async function refuseRemovingUsed(trx: Trx, section: 'groups' | 'categories' | 'questions', existing: { id: string; label: string }[], keep: Set<string>): Promise<string[]> {
  const removed = existing.filter((row) => !keep.has(row.id));
  const used = new Set(
    await configIdsInUse(
      trx,
      section,
      removed.map((r) => r.id),
    ),
  );
  const blocked = removed.filter((r) => used.has(r.id)).map((r) => r.label);
  if (blocked.length > 0) {
    throw errors.conflict(
      'CONFIGURATION_IN_USE',
      {
        id: `Tidak dapat menghapus karena sudah dipakai proposal: ${blocked.join(', ')}.`,
        en: `Cannot remove what proposals already use: ${blocked.join(', ')}.`,
      },
      { section, items: blocked },
    );
  }
  return removed.map((r) => r.id);
}

export function validateGroups(groups: GroupInput[], competitionTypes: readonly string[]): void {
  checkUnique(
    groups.map((g) => g.code),
    'groups',
    'code',
    { id: 'Kode kelompok', en: 'Group code' },
  );
  groups.forEach((g, i) => {
    const foreign = g.participantTypes.filter((t) => !competitionTypes.includes(t));
    if (foreign.length > 0) {
      throw invalid(
        {
          id: `Jenis peserta kelompok ${g.code} tidak diizinkan oleh kompetisi: ${foreign.join(', ')}.`,
          en: `Participant types of group ${g.code} are not allowed by the competition: ${foreign.join(', ')}.`,
        },
        `groups.${i}.participantTypes`,
      );
    }
  });
}

export function validateCategories(categories: CategoryInput[]): void {
  checkUnique(
    categories.map((c) => c.code),
    'categories',
    'code',
    { id: 'Kode kategori', en: 'Category code' },
  );
}

export function validateQuestions(questions: QuestionInput[]): void {
  questions.forEach((q, i) => {
    if (!ANSWER_TYPES.includes(q.answerType)) return;
    if (q.answerType === 'choice') {
      if (q.options.length < 2) {
        throw invalid(
          { id: `Pertanyaan ${i + 1}: pilihan ganda memerlukan minimal 2 opsi.`, en: `Question ${i + 1}: a choice needs at least 2 options.` },
          `questions.${i}.options`,
        );
      }
      checkUnique(q.options, `questions.${i}`, 'options', { id: 'Opsi', en: 'Option' });
    } else if (q.options.length > 0) {
      throw invalid(
        { id: `Pertanyaan ${i + 1}: opsi hanya untuk jenis jawaban 'choice'.`, en: `Question ${i + 1}: options are only for the 'choice' answer type.` },
        `questions.${i}.options`,
      );
    }
    if (q.wordLimit !== null && !WORD_COUNTED_TYPES.includes(q.answerType)) {
      throw invalid(
        { id: `Pertanyaan ${i + 1}: batas kata hanya untuk jawaban teks.`, en: `Question ${i + 1}: a word limit applies to text answers only.` },
        `questions.${i}.wordLimit`,
      );
    }
  });
}

export function validateStages(stages: StageInput[]): void {
  checkUnique(
    stages.map((s) => s.kind),
    'stages',
    'kind',
    { id: 'Tahap', en: 'Stage' },
  );
  stages.forEach((s, i) => {
    if (new Date(s.endsAt).getTime() <= new Date(s.startsAt).getTime()) {
      throw invalid({ id: `Tahap ${s.name}: waktu selesai harus setelah waktu mulai.`, en: `Stage ${s.name}: the end must be after the start.` }, `stages.${i}.endsAt`);
    }
  });
}

/** A code no real row uses, so two rows can swap codes without tripping the unique index midway. */
const placeholderCode = () => `tmp-${randomUUID()}`;

export async function replaceGroups(trx: Trx, competitionId: string, groups: GroupInput[]): Promise<void> {
  const existing = await existingGroups(trx, competitionId);
  checkKnownIds(groups, new Set(existing.map((r) => r.id)), 'groups');
  const keep = new Set(groups.flatMap((g) => (g.id ? [g.id] : [])));
  const removed = await refuseRemovingUsed(
    trx,
    'groups',
    existing.map((r) => ({ id: r.id, label: r.code })),
    keep,
  );
  await deleteGroups(trx, removed);
  for (const id of keep) await parkGroupCode(trx, id, placeholderCode());
  for (const [i, g] of groups.entries()) {
    const values = {
      code: g.code,
      name: g.name,
      name_en: g.nameEn || null,
      description: g.description,
      position: i + 1,
      min_innovation_age_months: g.minInnovationAgeMonths,
      excluded_award_levels: g.excludedAwardLevels,
      excluded_award_since_year: g.excludedAwardSinceYear,
      max_proposals_per_agency: g.maxProposalsPerAgency,
      participant_types: g.participantTypes,
      requires_replication: g.requiresReplication,
    };
    await saveGroup(trx, competitionId, g.id, values);
  }
}

export async function replaceCategories(trx: Trx, competitionId: string, categories: CategoryInput[]): Promise<void> {
  const existing = await existingCategories(trx, competitionId);
  checkKnownIds(categories, new Set(existing.map((r) => r.id)), 'categories');
  const keep = new Set(categories.flatMap((c) => (c.id ? [c.id] : [])));
  const removed = await refuseRemovingUsed(
    trx,
    'categories',
    existing.map((r) => ({ id: r.id, label: r.code })),
    keep,
  );
  await deleteCategories(trx, removed);
  for (const id of keep) await parkCategoryCode(trx, id, placeholderCode());
  for (const [i, c] of categories.entries()) {
    const values = { code: c.code, name: c.name, name_en: c.nameEn || null, description: c.description, position: i + 1 };
    await saveCategory(trx, competitionId, c.id, values);
  }
}

export async function replaceQuestions(trx: Trx, competitionId: string, questions: QuestionInput[]): Promise<void> {
  const existing = await existingQuestions(trx, competitionId);
  checkKnownIds(questions, new Set(existing.map((r) => r.id)), 'questions');
  const keep = new Set(questions.flatMap((q) => (q.id ? [q.id] : [])));
  const removed = await refuseRemovingUsed(
    trx,
    'questions',
    existing.map((r) => ({ id: r.id, label: `#${r.position}` })),
    keep,
  );
  await deleteQuestions(trx, removed);
  // The (competition, position) constraint is checked at commit, so renumbering in place is safe.
  for (const [i, q] of questions.entries()) {
    const values = {
      position: i + 1,
      title: q.title,
      title_en: q.titleEn || null,
      help_text: q.helpText,
      help_text_en: q.helpTextEn || null,
      required: q.required,
      word_limit: q.wordLimit,
      answer_type: q.answerType,
      options: q.options,
    };
    await saveQuestion(trx, competitionId, q.id, values);
  }
}

/** Stages are referenced by nothing, so the list simply replaces them (keeping the given ids). */
export async function replaceStages(trx: Trx, competitionId: string, stages: StageInput[]): Promise<void> {
  const existing = await existingStages(trx, competitionId);
  checkKnownIds(stages, new Set(existing.map((r) => r.id)), 'stages');
  await replaceStageRows(
    trx,
    competitionId,
    stages.map((s, i) => ({
      ...(s.id ? { id: s.id } : {}),
      kind: s.kind,
      name: s.name,
      name_en: s.nameEn || null,
      starts_at: new Date(s.startsAt),
      ends_at: new Date(s.endsAt),
      position: i + 1,
    })),
  );
}
