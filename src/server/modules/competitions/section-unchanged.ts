import type { Transaction } from 'kysely';
import { canonicalJson } from '../../audit/canonical-json.js';
import type { Database } from '../../db/schema.js';
import type { CategoryInput, GroupInput, QuestionInput, StageInput } from './sections.js';

type Trx = Transaction<Database>;
type Section = 'groups' | 'categories' | 'questions' | 'stages';
type Item = GroupInput | CategoryInput | QuestionInput | StageInput;

/**
 * Whether replacing a section with `items` would store exactly what is stored now, in position
 * order. nginx resends a PUT to another instance when the first died, possibly after it committed;
 * such a resend must write nothing and audit nothing. An item without an id would be stored as a
 * new row with a new id, so items compare without ids; an id that is given must be the stored one.
 */
export async function sectionUnchanged(trx: Trx, competitionId: string, section: Section, items: readonly Item[]): Promise<boolean> {
  const stored = await storedSection(trx, competitionId, section);
  if (stored.length !== items.length) return false;
  return items.every((item, i) => {
    const row = stored[i]!;
    if (item.id !== undefined && item.id.toLowerCase() !== row.id) return false;
    return canonicalJson(row.shape) === canonicalJson(shapeOf(section, item));
  });
}

/** The fields the service stores for an item, as the stored row gives them back. */
function shapeOf(section: Section, item: Item): unknown {
  if (section === 'groups') {
    const g = item as GroupInput;
    return {
      code: g.code,
      name: g.name,
      description: g.description,
      minInnovationAgeMonths: g.minInnovationAgeMonths,
      excludedAwardLevels: g.excludedAwardLevels,
      excludedAwardSinceYear: g.excludedAwardSinceYear,
      maxProposalsPerAgency: g.maxProposalsPerAgency,
      participantTypes: g.participantTypes,
    };
  }
  if (section === 'categories') {
    const c = item as CategoryInput;
    return { code: c.code, name: c.name, description: c.description };
  }
  if (section === 'questions') {
    const q = item as QuestionInput;
    return { title: q.title, helpText: q.helpText, required: q.required, wordLimit: q.wordLimit, answerType: q.answerType, options: q.options };
  }
  const s = item as StageInput;
  return { kind: s.kind, name: s.name, startsAt: new Date(s.startsAt).getTime(), endsAt: new Date(s.endsAt).getTime() };
}

async function storedSection(trx: Trx, competitionId: string, section: Section): Promise<{ id: string; shape: unknown }[]> {
  if (section === 'groups') {
    const rows = await trx.selectFrom('competition_groups').selectAll().where('competition_id', '=', competitionId).orderBy('position').execute();
    return rows.map((g) => ({
      id: g.id,
      shape: {
        code: g.code,
        name: g.name,
        description: g.description,
        minInnovationAgeMonths: g.min_innovation_age_months,
        excludedAwardLevels: g.excluded_award_levels,
        excludedAwardSinceYear: g.excluded_award_since_year,
        maxProposalsPerAgency: g.max_proposals_per_agency,
        participantTypes: g.participant_types,
      },
    }));
  }
  if (section === 'categories') {
    const rows = await trx.selectFrom('competition_categories').selectAll().where('competition_id', '=', competitionId).orderBy('position').execute();
    return rows.map((c) => ({ id: c.id, shape: { code: c.code, name: c.name, description: c.description } }));
  }
  if (section === 'questions') {
    const rows = await trx.selectFrom('competition_questions').selectAll().where('competition_id', '=', competitionId).orderBy('position').execute();
    return rows.map((q) => ({
      id: q.id,
      shape: { title: q.title, helpText: q.help_text, required: q.required, wordLimit: q.word_limit, answerType: q.answer_type, options: q.options },
    }));
  }
  const rows = await trx.selectFrom('competition_stages').selectAll().where('competition_id', '=', competitionId).orderBy('position').execute();
  return rows.map((s) => ({ id: s.id, shape: { kind: s.kind, name: s.name, startsAt: new Date(s.starts_at).getTime(), endsAt: new Date(s.ends_at).getTime() } }));
}
