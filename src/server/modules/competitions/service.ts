import type { Kysely } from 'kysely';
import type { CompetitionStatus } from '../../../common/competitions.js';
import { type Actor, appendAudit } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Database } from '../../db/schema.js';
import type { Trx } from '../../db/types.js';
import { AppError, errors } from '../../http/errors.js';
import { registrationPhase, type RegistrationWindow } from './phase.js';
import { canSeeCompetition, visibleStatuses } from './policy.js';
import {
  type CompetitionRecord,
  competitionNameTaken,
  findCompetitionRow,
  groupParticipantTypes,
  insertCompetition,
  listCompetitionRows,
  loadCompetition,
  updateCompetitionRow,
} from './repository.js';
import { countProposalsOf } from '../proposals/read-model.js';
import type { CompetitionSummary, CompetitionView, CreateCompetitionInput, UpdateCompetitionInput } from './schemas.js';
import {
  type CategoryInput,
  type GroupInput,
  type QuestionInput,
  replaceCategories,
  replaceGroups,
  replaceQuestions,
  replaceStages,
  type StageInput,
  validateCategories,
  validateGroups,
  validateQuestions,
  validateStages,
} from './sections.js';
import { sectionUnchanged } from './section-unchanged.js';
import { canMoveCompetition } from './status-machine.js';

const COMPETITION = { id: 'Kompetisi', en: 'Competition' };

export interface CompetitionsContext {
  db: Kysely<Database>;
  actor: Actor;
  /** Null for an anonymous visitor. */
  user: AuthUser | null;
  now: Date;
}

export function windowOf(record: Pick<CompetitionRecord, 'row' | 'stages'>): RegistrationWindow {
  const registration = record.stages.find((s) => s.kind === 'registration');
  return { opensAt: registration?.startsAt ?? null, deadline: registration?.endsAt ?? null, graceMinutes: record.row.grace_minutes };
}

function toView(record: CompetitionRecord, now: Date): CompetitionView {
  const { row } = record;
  const window = windowOf(record);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    year: row.year,
    theme: row.theme,
    description: row.description,
    status: row.status,
    participantTypes: row.participant_types,
    sdgRequired: row.sdg_required,
    graceMinutes: row.grace_minutes,
    clonedFrom: row.cloned_from,
    registrationOpensAt: window.opensAt?.toISOString() ?? null,
    submissionDeadline: window.deadline?.toISOString() ?? null,
    phase: registrationPhase(window, now),
    groups: record.groups,
    categories: record.categories,
    questions: record.questions,
    stages: record.stages.map((s) => ({ id: s.id, kind: s.kind, name: s.name, nameEn: s.nameEn, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
  };
}

export async function listCompetitions(ctx: CompetitionsContext, query: { status?: CompetitionStatus; year?: number }): Promise<CompetitionSummary[]> {
  const allowed = visibleStatuses(ctx.user);
  const statuses = query.status ? allowed.filter((s) => s === query.status) : allowed;
  const rows = await listCompetitionRows(ctx.db, { statuses, ...(query.year ? { year: query.year } : {}) });
  return rows.map((row) => {
    const window: RegistrationWindow = {
      opensAt: row.registration_starts_at ? new Date(row.registration_starts_at) : null,
      deadline: row.registration_ends_at ? new Date(row.registration_ends_at) : null,
      graceMinutes: row.grace_minutes,
    };
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      year: row.year,
      theme: row.theme,
      status: row.status,
      participantTypes: row.participant_types,
      registrationOpensAt: window.opensAt?.toISOString() ?? null,
      submissionDeadline: window.deadline?.toISOString() ?? null,
      graceMinutes: row.grace_minutes,
      phase: registrationPhase(window, ctx.now),
    };
  });
}

export async function getCompetition(ctx: CompetitionsContext, id: string): Promise<CompetitionView> {
  const record = await loadCompetition(ctx.db, id);
  if (!record || !canSeeCompetition(ctx.user, record.row.status)) throw errors.notFound(COMPETITION);
  return toView(record, ctx.now);
}

/** The view after a change by the ministry (or a seeder): no visibility filter, the caller made it. */
async function viewAfterChange(ctx: CompetitionsContext, id: string): Promise<CompetitionView> {
  const record = await loadCompetition(ctx.db, id);
  if (!record) throw errors.notFound(COMPETITION);
  return toView(record, ctx.now);
}

/** The read model other modules (proposals, evaluation) use: a competition's full configuration. */
export type { CompetitionRecord };

/** For other modules (proposals, evaluation): the full configuration, whatever its status. */
export async function loadCompetitionConfig(db: Kysely<Database>, id: string): Promise<CompetitionRecord | undefined> {
  return loadCompetition(db, id);
}

async function refuseDuplicateName(db: Kysely<Database>, name: string, year: number, exceptId?: string): Promise<void> {
  if (await competitionNameTaken(db, name, year, exceptId)) {
    throw errors.conflict(
      'COMPETITION_NAME_TAKEN',
      { id: `Kompetisi '${name}' tahun ${year} sudah ada.`, en: `A competition '${name}' for ${year} already exists.` },
      { fields: [{ field: 'name' }] },
    );
  }
}

function validateAll(input: {
  participantTypes: readonly string[];
  groups?: GroupInput[];
  categories?: CategoryInput[];
  questions?: QuestionInput[];
  stages?: StageInput[];
}): void {
  if (input.groups) validateGroups(input.groups, input.participantTypes);
  if (input.categories) validateCategories(input.categories);
  if (input.questions) validateQuestions(input.questions);
  if (input.stages) validateStages(input.stages);
}

export async function createCompetition(ctx: CompetitionsContext, input: CreateCompetitionInput): Promise<CompetitionView> {
  const id = await ctx.db.transaction().execute((trx) => createCompetitionInTransaction(trx, ctx.actor, input));
  return viewAfterChange(ctx, id);
}

/** `createCompetition` inside the caller's transaction (the award call's find-or-create); returns the new id. */
export async function createCompetitionInTransaction(trx: Trx, actor: Actor, input: CreateCompetitionInput): Promise<string> {
  if (!trx.isTransaction) throw new Error("createCompetitionInTransaction needs the caller's transaction");
  validateAll(input);
  for (const section of ['groups', 'categories', 'questions', 'stages'] as const) {
    if (input[section]?.some((item) => item.id)) {
      throw errors.validation(
        { id: `Butir baru pada '${section}' tidak boleh membawa 'id'.`, en: `New '${section}' items cannot carry an 'id'.` },
        { fields: [{ field: section }] },
      );
    }
  }
  await refuseDuplicateName(trx, input.name, input.year);
  const row = await insertCompetition(trx, {
    kind: input.kind,
    name: input.name,
    year: input.year,
    theme: input.theme,
    description: input.description,
    participant_types: [...new Set(input.participantTypes)],
    sdg_required: input.sdgRequired,
    grace_minutes: input.graceMinutes,
    cloned_from: null,
  });
  if (input.groups) await replaceGroups(trx, row.id, input.groups);
  if (input.categories) await replaceCategories(trx, row.id, input.categories);
  if (input.questions) await replaceQuestions(trx, row.id, input.questions);
  if (input.stages) await replaceStages(trx, row.id, input.stages);
  await appendAudit(trx, actor, { action: 'competition.create', entityType: 'competition', entityId: row.id, after: input });
  return row.id;
}

async function editable(db: Kysely<Database>, id: string) {
  const row = await findCompetitionRow(db, id, { forUpdate: true });
  if (!row) throw errors.notFound(COMPETITION);
  if (row.status === 'archived') {
    throw errors.conflict('COMPETITION_ARCHIVED', {
      id: 'Kompetisi sudah diarsipkan; terbitkan kembali sebelum mengubahnya.',
      en: 'The competition is archived; publish it again before changing it.',
    });
  }
  return row;
}

export async function updateCompetition(ctx: CompetitionsContext, id: string, patch: UpdateCompetitionInput): Promise<CompetitionView> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await editable(trx, id);
    const name = patch.name ?? row.name;
    const year = patch.year ?? row.year;
    if (patch.name !== undefined || patch.year !== undefined) await refuseDuplicateName(trx, name, year, id);
    if (patch.participantTypes) {
      // A group may not keep a participant type the competition no longer allows.
      const groups = await groupParticipantTypes(trx, id);
      const stranded = groups.filter((g) => g.participant_types.some((t) => !patch.participantTypes!.includes(t as never)));
      if (stranded.length > 0) {
        throw errors.validation(
          {
            id: `Kelompok ${stranded.map((g) => g.code).join(', ')} masih memakai jenis peserta yang akan dihapus; ubah kelompok terlebih dahulu.`,
            en: `Groups ${stranded.map((g) => g.code).join(', ')} still use participant types being removed; change the groups first.`,
          },
          { fields: [{ field: 'participantTypes' }] },
        );
      }
    }
    await updateCompetitionRow(trx, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.year !== undefined ? { year: patch.year } : {}),
      ...(patch.theme !== undefined ? { theme: patch.theme } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.participantTypes !== undefined ? { participant_types: [...new Set(patch.participantTypes)] } : {}),
      ...(patch.sdgRequired !== undefined ? { sdg_required: patch.sdgRequired } : {}),
      ...(patch.graceMinutes !== undefined ? { grace_minutes: patch.graceMinutes } : {}),
      updated_at: ctx.now,
    });
    await appendAudit(trx, ctx.actor, {
      action: 'competition.update',
      entityType: 'competition',
      entityId: id,
      before: { name: row.name, year: row.year, theme: row.theme, participantTypes: row.participant_types, sdgRequired: row.sdg_required, graceMinutes: row.grace_minutes },
      after: patch,
    });
  });
  return viewAfterChange(ctx, id);
}

type Section = 'groups' | 'categories' | 'questions' | 'stages';

/** Replaces one section of the configuration in one transaction, with its audit entry. */
export async function replaceSection(
  ctx: CompetitionsContext,
  id: string,
  section: Section,
  items: GroupInput[] | CategoryInput[] | QuestionInput[] | StageInput[],
): Promise<CompetitionView> {
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await findCompetitionRow(trx, id, { forUpdate: true });
    const before = locked ? await loadCompetition(trx, id) : undefined;
    // Checked before the archived rule: a resend of what is stored (nginx retrying a PUT) is the same intent, so it succeeds unwritten.
    if (before && sectionUnchanged(before, section, items)) return;
    const row = await editable(trx, id);
    if (section === 'groups') {
      validateGroups(items as GroupInput[], row.participant_types);
      await replaceGroups(trx, id, items as GroupInput[]);
    } else if (section === 'categories') {
      validateCategories(items as CategoryInput[]);
      await replaceCategories(trx, id, items as CategoryInput[]);
    } else if (section === 'questions') {
      validateQuestions(items as QuestionInput[]);
      await replaceQuestions(trx, id, items as QuestionInput[]);
    } else {
      validateStages(items as StageInput[]);
      await replaceStages(trx, id, items as StageInput[]);
    }
    await updateCompetitionRow(trx, id, { updated_at: ctx.now });
    await appendAudit(trx, ctx.actor, { action: `competition.${section}.replace`, entityType: 'competition', entityId: id, before: before?.[section] ?? null, after: items });
  });
  return viewAfterChange(ctx, id);
}

/** What a competition must have before participants may see it. */
function missingForPublication(record: CompetitionRecord): { id: string; en: string }[] {
  const missing: { id: string; en: string }[] = [];
  if (record.groups.length === 0) missing.push({ id: 'minimal satu kelompok', en: 'at least one group' });
  if (record.categories.length === 0) missing.push({ id: 'minimal satu kategori', en: 'at least one category' });
  if (record.questions.length === 0) missing.push({ id: 'minimal satu pertanyaan formulir', en: 'at least one form question' });
  if (!record.stages.some((s) => s.kind === 'registration')) missing.push({ id: "tahap 'registration' (pendaftaran dan penyusunan)", en: "a 'registration' stage" });
  if (record.row.sdg_required && !record.questions.some((q) => q.answerType === 'sdg_list')) {
    missing.push({ id: "pertanyaan jenis 'sdg_list' (keterkaitan SDGs wajib)", en: "an 'sdg_list' question (SDG linkage is required)" });
  }
  return missing;
}

export async function moveCompetition(ctx: CompetitionsContext, id: string, to: CompetitionStatus): Promise<CompetitionView> {
  await ctx.db.transaction().execute((trx) => moveCompetitionInTransaction(trx, ctx.actor, ctx.now, id, to));
  return viewAfterChange(ctx, id);
}

/** `moveCompetition` inside the caller's transaction (the award call is created and published in one). */
export async function moveCompetitionInTransaction(trx: Trx, actor: Actor, now: Date, id: string, to: CompetitionStatus): Promise<void> {
  if (!trx.isTransaction) throw new Error("moveCompetitionInTransaction needs the caller's transaction");
  const row = await findCompetitionRow(trx, id, { forUpdate: true });
  if (!row) throw errors.notFound(COMPETITION);
  if (!canMoveCompetition(row.status, to)) {
    throw errors.conflict('INVALID_TRANSITION', {
      id: `Status kompetisi tidak dapat diubah dari ${row.status} ke ${to}.`,
      en: `The competition cannot move from ${row.status} to ${to}.`,
    });
  }
  if (to === 'published') {
    const record = (await loadCompetition(trx, id))!;
    const missing = missingForPublication(record);
    if (missing.length > 0) {
      throw new AppError(422, 'COMPETITION_INCOMPLETE', {
        id: `Kompetisi belum dapat diterbitkan; masih kurang: ${missing.map((m) => m.id).join('; ')}.`,
        en: `The competition cannot be published yet; missing: ${missing.map((m) => m.en).join('; ')}.`,
      });
    }
  }
  if (to === 'draft' && (await countProposalsOf(trx, id)) > 0) {
    throw errors.conflict('COMPETITION_HAS_PROPOSALS', {
      id: 'Kompetisi sudah memiliki proposal sehingga tidak dapat kembali menjadi draf.',
      en: 'The competition already has proposals, so it cannot go back to draft.',
    });
  }
  await updateCompetitionRow(trx, id, { status: to, updated_at: now });
  await appendAudit(trx, actor, {
    action: `competition.${to === 'published' ? 'publish' : to === 'archived' ? 'archive' : 'unpublish'}`,
    entityType: 'competition',
    entityId: id,
    before: { status: row.status },
    after: { status: to },
  });
}

/** Shifts an instant by whole calendar years (stage dates of a cloned competition). */
function shiftYears(date: Date, years: number): Date {
  const shifted = new Date(date);
  shifted.setUTCFullYear(shifted.getUTCFullYear() + years);
  return shifted;
}

/** A new draft competition with the whole configuration of `sourceId`, stage dates moved to the new year. */
export async function cloneCompetition(ctx: CompetitionsContext, sourceId: string, input: { year: number; name?: string | undefined }): Promise<CompetitionView> {
  const source = await loadCompetition(ctx.db, sourceId);
  if (!source) throw errors.notFound(COMPETITION);
  const name = input.name ?? source.row.name.replace(String(source.row.year), String(input.year));
  await refuseDuplicateName(ctx.db, name, input.year);
  const years = input.year - source.row.year;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await insertCompetition(trx, {
      kind: source.row.kind,
      name,
      year: input.year,
      theme: source.row.theme,
      description: source.row.description,
      participant_types: source.row.participant_types,
      sdg_required: source.row.sdg_required,
      grace_minutes: source.row.grace_minutes,
      cloned_from: source.row.id,
    });
    await replaceGroups(
      trx,
      row.id,
      source.groups.map(({ id: _id, ...g }) => g as GroupInput),
    );
    await replaceCategories(
      trx,
      row.id,
      source.categories.map(({ id: _id, ...c }) => c),
    );
    await replaceQuestions(
      trx,
      row.id,
      source.questions.map(({ id: _id, number: _n, ...q }) => q),
    );
    await replaceStages(
      trx,
      row.id,
      source.stages.map((s) => ({
        kind: s.kind,
        name: s.name,
        nameEn: s.nameEn,
        startsAt: shiftYears(s.startsAt, years).toISOString(),
        endsAt: shiftYears(s.endsAt, years).toISOString(),
      })),
    );
    await appendAudit(trx, ctx.actor, { action: 'competition.clone', entityType: 'competition', entityId: row.id, after: { from: sourceId, year: input.year, name } });
    return row.id;
  });
  return viewAfterChange(ctx, id);
}
