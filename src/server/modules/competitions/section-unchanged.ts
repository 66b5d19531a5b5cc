import { canonicalJson } from '../../audit/canonical-json.js';
import type { CompetitionRecord } from './repository.js';
import type { CategoryInput, GroupInput, QuestionInput, StageInput } from './sections.js';

type Section = 'groups' | 'categories' | 'questions' | 'stages';
type Item = GroupInput | CategoryInput | QuestionInput | StageInput;
type StoredItem = CompetitionRecord[Section][number];

/**
 * Whether replacing a section with `items` would store exactly what `stored` holds, in position
 * order. nginx resends a PUT to another instance when the first died, possibly after it committed;
 * such a resend must write nothing and audit nothing. An item without an id would be stored as a
 * new row with a new id, so items compare without ids; an id that is given must be the stored one.
 */
export function sectionUnchanged(stored: CompetitionRecord, section: Section, items: readonly Item[]): boolean {
  // Storage order is position order; the record lists stages by date, for display.
  const rows: readonly StoredItem[] = section === 'stages' ? [...stored.stages].sort((a, b) => a.position - b.position) : stored[section];
  if (rows.length !== items.length) return false;
  return items.every((item, i) => {
    const row = rows[i]!;
    if (item.id !== undefined && item.id.toLowerCase() !== row.id) return false;
    return canonicalJson(shapeOf(section, row)) === canonicalJson(shapeOf(section, item));
  });
}

/** The fields the service stores for an item, taken alike from a request item and a stored one. */
function shapeOf(section: Section, item: Item | StoredItem): unknown {
  if (section === 'groups') {
    const g = item as GroupInput;
    return {
      code: g.code,
      name: g.name,
      nameEn: g.nameEn || null,
      description: g.description,
      minInnovationAgeMonths: g.minInnovationAgeMonths,
      excludedAwardLevels: g.excludedAwardLevels,
      excludedAwardSinceYear: g.excludedAwardSinceYear,
      maxProposalsPerAgency: g.maxProposalsPerAgency,
      participantTypes: g.participantTypes,
      requiresReplication: g.requiresReplication ?? false,
    };
  }
  if (section === 'categories') {
    const c = item as CategoryInput;
    return { code: c.code, name: c.name, nameEn: c.nameEn || null, description: c.description };
  }
  if (section === 'questions') {
    const q = item as QuestionInput;
    return {
      title: q.title,
      titleEn: q.titleEn || null,
      helpText: q.helpText,
      helpTextEn: q.helpTextEn || null,
      required: q.required,
      wordLimit: q.wordLimit,
      answerType: q.answerType,
      options: q.options,
    };
  }
  const s = item as StageInput;
  return { kind: s.kind, name: s.name, nameEn: s.nameEn || null, startsAt: new Date(s.startsAt).getTime(), endsAt: new Date(s.endsAt).getTime() };
}
