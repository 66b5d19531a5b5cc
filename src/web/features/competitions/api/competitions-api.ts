import type { z } from 'zod';
import { api } from '../../../api/client';
import {
  type AwardLevel,
  type categoriesBody,
  type categoryView,
  type cloneCompetitionBody,
  type CompetitionStatus,
  type competitionSummary,
  type competitionView,
  type createCompetitionBody,
  type groupsBody,
  type groupView,
  isAwardLevel,
  isParticipantType,
  type ParticipantType,
  type questionsBody,
  type questionView,
  type stagesBody,
  type stageView,
  type statusBody,
  type updateCompetitionBody,
} from '../../../../common/competitions';
import type { Equals, Expect } from '../../../../common/type-equality';

export type { Phase } from '../../../../common/competitions';

/**
 * The competitions API as the web client reads it: answers are `z.output` and request bodies
 * `z.input` of the schemas the server validates and serialises with (src/common/competitions.ts),
 * so a changed shape breaks the web build instead of the page.
 */
export type CompetitionSummary = z.output<typeof competitionSummary>;
export type Competition = z.output<typeof competitionView>;
export type Group = z.output<typeof groupView>;
export type Category = z.output<typeof categoryView>;
export type Question = z.output<typeof questionView>;
export type Stage = z.output<typeof stageView>;

export type NewCompetition = z.input<typeof createCompetitionBody>;
export type CompetitionChange = z.input<typeof updateCompetitionBody>;
export type CloneCompetition = z.input<typeof cloneCompetitionBody>;
export type StatusChange = z.input<typeof statusBody>;

/** The replaceable sections and the items each one's `PUT` takes. */
export interface SectionItems {
  groups: z.input<typeof groupsBody>['groups'];
  categories: z.input<typeof categoriesBody>['categories'];
  questions: z.input<typeof questionsBody>['questions'];
  stages: z.input<typeof stagesBody>['stages'];
}
export type Section = keyof SectionItems;
/** One section's new items, as one `PUT /api/competitions/:id/<section>` sends them. */
export type SectionReplacement = { [S in Section]: { section: S; items: SectionItems[S] } }[Section];
export type GroupInput = SectionItems['groups'][number];
export type CategoryInput = SectionItems['categories'][number];
export type QuestionInput = SectionItems['questions'][number];
export type StageInput = SectionItems['stages'][number];

/**
 * The basics form's fields: the create request's scalar fields, with the defaulted ones always
 * filled in (the form shows them).
 */
export type CompetitionBasics = Required<Pick<NewCompetition, 'name' | 'year' | 'theme' | 'description' | 'participantTypes' | 'sdgRequired' | 'graceMinutes'>>;
/** The form plus the kind is a valid create request, and its fields a valid update (compile-time checks). */
export type BasicsAreCreateRequest = Expect<CompetitionBasics & { kind: NewCompetition['kind'] } extends NewCompetition ? true : false>;
export type BasicsAreUpdateRequest = Expect<Partial<CompetitionBasics> extends CompetitionChange ? true : false>;
/**
 * The section editors' rows: a saved item as the answer has it, or a new one without an id yet;
 * each is sent as is. The answer carries a group's levels and types as plain strings, the
 * request the listed values, so a saved group is narrowed on the way in (`groupDraft`).
 */
type Draft<T extends { id: string }> = Omit<T, 'id'> & { id?: string };
export type GroupDraft = Omit<Draft<Group>, 'excludedAwardLevels' | 'participantTypes'> & { excludedAwardLevels: AwardLevel[]; participantTypes: ParticipantType[] };
export type CategoryDraft = Draft<Category>;
export type QuestionDraft = Omit<Draft<Question>, 'number'>;
export type GroupDraftIsRequest = Expect<GroupDraft extends GroupInput ? true : false>;
export type CategoryDraftIsRequest = Expect<CategoryDraft extends CategoryInput ? true : false>;
export type QuestionDraftIsRequest = Expect<QuestionDraft extends QuestionInput ? true : false>;

export function groupDraft(group: Group): GroupDraft {
  return { ...group, excludedAwardLevels: group.excludedAwardLevels.filter(isAwardLevel), participantTypes: group.participantTypes.filter(isParticipantType) };
}

/** A competition's basics as the form edits them. */
export function basicsOf(competition: Competition): CompetitionBasics {
  const { name, year, theme, description, sdgRequired, graceMinutes } = competition;
  return { name, year, theme, description, participantTypes: competition.participantTypes.filter(isParticipantType), sdgRequired, graceMinutes };
}

/** A saved status is one the status change accepts. */
export type StatusesMatch = Expect<Equals<StatusChange['to'], CompetitionStatus>>;

const base = (id: string) => `/api/competitions/${encodeURIComponent(id)}`;

export const competitionsApi = {
  list: (signal?: AbortSignal) => api.get<{ items: CompetitionSummary[] }>('/api/competitions', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Competition>(base(id), undefined, signal),
  create: (body: NewCompetition) => api.post<Competition>('/api/competitions', body),
  update: (id: string, body: CompetitionChange) => api.patch<Competition>(base(id), body),
  replace: (id: string, { section, items }: SectionReplacement) => api.put<Competition>(`${base(id)}/${section}`, { [section]: items }),
  move: (id: string, to: StatusChange['to']) => api.post<Competition>(`${base(id)}/status`, { to } satisfies StatusChange),
  clone: (id: string, year: number) => api.post<Competition>(`${base(id)}/clone`, { year } satisfies CloneCompetition),
};
