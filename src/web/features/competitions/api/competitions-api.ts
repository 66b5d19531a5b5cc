import { api } from '../../../api/client';
import type { AnswerType, AwardLevel, CompetitionKind, CompetitionStatus, ParticipantType, StageKind } from '../../../../common/competitions';

export type Phase = 'unscheduled' | 'upcoming' | 'open' | 'grace' | 'closed';

export interface Group {
  id?: string;
  code: string;
  name: string;
  /** Optional English version (null or absent: the English interface shows `name`). */
  nameEn?: string | null;
  description: string;
  minInnovationAgeMonths: number;
  excludedAwardLevels: AwardLevel[];
  excludedAwardSinceYear: number | null;
  maxProposalsPerAgency: number | null;
  participantTypes: ParticipantType[];
  /** Entries must be confirmed replications of an award-winning innovation (the KIPP "replikasi" group). */
  requiresReplication: boolean;
}

export interface Category {
  id?: string;
  code: string;
  name: string;
  nameEn?: string | null;
  description: string;
}

export interface Question {
  id?: string;
  number?: number;
  title: string;
  titleEn?: string | null;
  helpText: string;
  helpTextEn?: string | null;
  required: boolean;
  wordLimit: number | null;
  answerType: AnswerType;
  options: string[];
}

export interface Stage {
  id?: string;
  kind: StageKind;
  name: string;
  nameEn?: string | null;
  startsAt: string;
  endsAt: string;
}

export interface CompetitionSummary {
  id: string;
  kind: CompetitionKind;
  name: string;
  year: number;
  theme: string;
  status: CompetitionStatus;
  participantTypes: ParticipantType[];
  registrationOpensAt: string | null;
  submissionDeadline: string | null;
  graceMinutes: number;
  phase: Phase;
}

export interface Competition extends CompetitionSummary {
  description: string;
  sdgRequired: boolean;
  clonedFrom: string | null;
  groups: (Group & { id: string })[];
  categories: (Category & { id: string })[];
  questions: (Question & { id: string; number: number })[];
  stages: (Stage & { id: string })[];
}

export interface CompetitionBasics {
  name: string;
  year: number;
  theme: string;
  description: string;
  participantTypes: ParticipantType[];
  sdgRequired: boolean;
  graceMinutes: number;
}

export type Section = 'groups' | 'categories' | 'questions' | 'stages';

const base = (id: string) => `/api/competitions/${encodeURIComponent(id)}`;

export const competitionsApi = {
  list: (signal?: AbortSignal) => api.get<{ items: CompetitionSummary[] }>('/api/competitions', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Competition>(base(id), undefined, signal),
  create: (body: CompetitionBasics & { kind: CompetitionKind }) => api.post<Competition>('/api/competitions', body),
  update: (id: string, body: Partial<CompetitionBasics>) => api.patch<Competition>(base(id), body),
  replace: (id: string, section: Section, items: unknown[]) => api.put<Competition>(`${base(id)}/${section}`, { [section]: items }),
  move: (id: string, to: CompetitionStatus) => api.post<Competition>(`${base(id)}/status`, { to }),
  clone: (id: string, year: number) => api.post<Competition>(`${base(id)}/clone`, { year }),
};
