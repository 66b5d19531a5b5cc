import type { MaturityStage } from '../../../../common/institutionalisation';
import type { AgencyType } from '../../../../common/agency-types';
import type { AwardLevel, InnovationProfile, InnovationStatus, SearchSort, WorkflowState } from '../../../../common/catalog';

/** Shapes of the catalog API (see the OpenAPI document, tag `catalog`). */
export interface Category {
  id: number;
  code: string;
  nameId: string;
  nameEn: string;
  position: number;
  active: boolean;
}

/**
 * An innovation as the API returns it: the editable profile (shared with the server) with the
 * category expanded, plus what the server adds.
 */
export interface InnovationView extends Omit<InnovationProfile, 'categoryId'> {
  id: string;
  agency: { id: string; name: string; type: AgencyType };
  region: { code: string; name: string; provinceCode: string; provinceName: string };
  ageYears: number;
  category: Category;
  statusConfirmedAt: string;
  statusStale: boolean;
  workflowState: WorkflowState;
  reviewNote: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  awards: { id: string; level: AwardLevel; year: number; label: string }[];
  replications: {
    id: string;
    adopterAgency: { id: string; name: string };
    regionCode: string | null;
    regionName: string | null;
    startedOn: string | null;
    replicaInnovationId: string | null;
  }[];
  documents: { id: string; filename: string; contentType: string; sizeBytes: number; uploadedAt: string }[];
  /** Imported historical record: source, start precision and the narrative the source lacked. */
  historical: {
    importedAt: string;
    sourceUrl: string | null;
    startPrecision: 'day' | 'month' | 'year';
    missingSections: ('problem' | 'approach' | 'implementationSteps' | 'results')[];
  } | null;
  can: { edit: boolean; submit: boolean; approve: boolean; unpublish: boolean; delete: boolean; viewHistory: boolean };
}

export interface SearchItem {
  id: string;
  title: string;
  summary: string;
  agencyName: string;
  agencyType: string;
  regionName: string;
  provinceName: string;
  categoryCode: string;
  categoryName: { id: string; en: string };
  sdgs: number[];
  yearStarted: number;
  status: InnovationStatus;
  awards: { level: AwardLevel; year: number }[];
  replicationCount: number;
  maturity: MaturityStage;
  /** Set when an ended update campaign went unanswered for this record. */
  unconfirmedSince: string | null;
}

export const FACET_NAMES = ['province', 'regency', 'agencyType', 'category', 'sdg', 'year', 'status', 'award', 'maturity'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface FacetBucket {
  value: string;
  label: string;
  labelEn?: string;
  count: number;
}

export interface SearchResponse {
  items: SearchItem[];
  total: number;
  approximate: boolean;
  matchMode: 'all' | 'fulltext' | 'fuzzy';
  /** The query with misspelt words corrected ("Mungkin maksud Anda …"); the results already include its matches. */
  suggestion?: string | null;
  facets: Record<FacetName, FacetBucket[]>;
  page: number;
  pageSize: number;
}

export type SearchParams = Partial<Record<FacetName | 'q', string>> & { sort?: SearchSort; page?: number };

export interface WorkspaceItem {
  id: string;
  title: string;
  agencyName: string;
  workflowState: WorkflowState;
  status: InnovationStatus;
  statusConfirmedAt: string;
  statusStale: boolean;
  submittedAt: string | null;
  updatedAt: string;
  version: number;
}

export interface DuplicateCandidate {
  id: string;
  title: string;
  agencyName: string;
  workflowState: WorkflowState;
  titleSimilarity: number;
  summarySimilarity: number | null;
}

export interface VersionEntry {
  version: number;
  action: string;
  changedAt: string;
  changedBy: { id: string; name: string } | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  rows: number;
  created: number;
  ids: string[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
}
