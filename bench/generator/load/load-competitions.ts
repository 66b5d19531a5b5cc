import { type Kysely, sql } from 'kysely';
import type { CompetitionPlan } from '../competitions.js';
import { insertRows } from './bulk-insert.js';

/**
 * Writes each planned call (archived: they are history) with its groups, categories, numbered
 * questions and stages into the competitions module's tables, then reads the structure back. A
 * call that already exists with the same name and year (the demo's COVID-19 call) is reused.
 */
export interface LoadedQuestion {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly titleEn: string | null;
  readonly helpText: string;
  readonly helpTextEn: string | null;
  readonly required: boolean;
  readonly wordLimit: number | null;
  readonly answerType: 'long_text' | 'short_text' | 'number' | 'choice' | 'sdg_list' | 'file' | 'video_link';
  readonly options: string[];
}

export interface LoadedCompetition {
  readonly plan: CompetitionPlan;
  readonly id: string;
  readonly name: string;
  readonly groups: ReadonlyMap<string, { id: string; participantTypes: readonly string[]; maxPerAgency: number | null }>;
  readonly categories: ReadonlyMap<string, string>;
  readonly questions: readonly LoadedQuestion[];
  readonly registrationEnds: Date;
  readonly deskStageId: string | null;
}

export async function loadCompetitions(db: Kysely<any>, plans: readonly CompetitionPlan[]): Promise<LoadedCompetition[]> {
  const out: LoadedCompetition[] = [];
  for (const plan of plans) {
    const c = plan.config;
    const existing = await sql<{ id: string }>`select id from competitions where lower(name) = lower(${c.name}) and year = ${c.year}`.execute(db);
    let id = existing.rows[0]?.id;
    if (!id) {
      const created = await sql<{ id: string }>`
        insert into competitions (kind, name, year, theme, description, participant_types, sdg_required, grace_minutes, status, created_at, updated_at)
        values (${c.kind}, ${c.name}, ${c.year}, ${c.theme ?? ''}, ${c.description ?? ''}, ${c.participantTypes}::text[], ${c.sdgRequired ?? true}, ${c.graceMinutes ?? 0}, 'archived',
                ${`${c.year}-01-15T00:00:00Z`}, ${`${c.year}-12-31T00:00:00Z`})
        returning id`.execute(db);
      id = created.rows[0]!.id;
      await insertRows(
        db,
        'competition_groups',
        [
          { name: 'competition_id', type: 'uuid' },
          { name: 'code', type: 'text' },
          { name: 'name', type: 'text' },
          { name: 'description', type: 'text' },
          { name: 'position', type: 'integer' },
          { name: 'min_innovation_age_months', type: 'integer' },
          { name: 'excluded_award_levels', type: 'text[]' },
          { name: 'excluded_award_since_year', type: 'integer' },
          { name: 'max_proposals_per_agency', type: 'integer' },
          { name: 'participant_types', type: 'text[]' },
        ],
        (c.groups ?? []).map((g, i) => [
          id!,
          g.code,
          g.name,
          g.description ?? '',
          i + 1,
          g.minInnovationAgeMonths ?? 0,
          g.excludedAwardLevels ?? [],
          g.excludedAwardSinceYear ?? null,
          g.maxProposalsPerAgency ?? null,
          g.participantTypes ?? [],
        ]),
      );
      await insertRows(
        db,
        'competition_categories',
        [
          { name: 'competition_id', type: 'uuid' },
          { name: 'code', type: 'text' },
          { name: 'name', type: 'text' },
          { name: 'description', type: 'text' },
          { name: 'position', type: 'integer' },
        ],
        (c.categories ?? []).map((k, i) => [id!, k.code, k.name, k.description ?? '', i + 1]),
      );
      await insertRows(
        db,
        'competition_questions',
        [
          { name: 'competition_id', type: 'uuid' },
          { name: 'position', type: 'integer' },
          { name: 'title', type: 'text' },
          { name: 'help_text', type: 'text' },
          { name: 'required', type: 'boolean' },
          { name: 'word_limit', type: 'integer' },
          { name: 'answer_type', type: 'text' },
          { name: 'options', type: 'text[]' },
        ],
        (c.questions ?? []).map((q, i) => [id!, i + 1, q.title, q.helpText ?? '', q.required ?? true, q.wordLimit ?? null, q.answerType, q.options ?? []]),
      );
      await insertRows(
        db,
        'competition_stages',
        [
          { name: 'competition_id', type: 'uuid' },
          { name: 'kind', type: 'text' },
          { name: 'name', type: 'text' },
          { name: 'starts_at', type: 'timestamptz' },
          { name: 'ends_at', type: 'timestamptz' },
          { name: 'position', type: 'integer' },
        ],
        (c.stages ?? []).map((s, i) => [id!, s.kind, s.name, s.startsAt, s.endsAt, i + 1]),
      );
    }
    out.push(await readStructure(db, plan, id));
  }
  return out;
}

async function readStructure(db: Kysely<any>, plan: CompetitionPlan, id: string): Promise<LoadedCompetition> {
  const groups = await sql<{ id: string; code: string; participant_types: string[]; max_proposals_per_agency: number | null }>`
    select id, code, participant_types, max_proposals_per_agency from competition_groups where competition_id = ${id} order by position`.execute(db);
  const categories = await sql<{ id: string; code: string }>`select id, code from competition_categories where competition_id = ${id} order by position`.execute(db);
  const questions = await sql<{
    id: string;
    position: number;
    title: string;
    help_text: string;
    required: boolean;
    word_limit: number | null;
    answer_type: LoadedQuestion['answerType'];
    options: string[];
  }>`
    select id, position, title, help_text, required, word_limit, answer_type, options from competition_questions where competition_id = ${id} order by position`.execute(db);
  const stages = await sql<{ id: string; kind: string; ends_at: Date }>`select id, kind, ends_at from competition_stages where competition_id = ${id}`.execute(db);
  const registration = stages.rows.find((s) => s.kind === 'registration');
  return {
    plan,
    id,
    name: plan.config.name,
    groups: new Map(groups.rows.map((g) => [g.code, { id: g.id, participantTypes: g.participant_types, maxPerAgency: g.max_proposals_per_agency }])),
    categories: new Map(categories.rows.map((k) => [k.code, k.id])),
    questions: questions.rows.map((q) => ({
      id: q.id,
      number: q.position,
      title: q.title,
      titleEn: null,
      helpText: q.help_text,
      helpTextEn: null,
      required: q.required,
      wordLimit: q.word_limit,
      answerType: q.answer_type,
      options: q.options,
    })),
    registrationEnds: new Date(registration?.ends_at ?? `${plan.year}-04-30T16:59:59Z`),
    deskStageId: stages.rows.find((s) => s.kind === 'desk_evaluation')?.id ?? null,
  };
}
