import type { GovernmentAffair, Initiator } from './innovation-index.js';
/**
 * Enumerations of the innovation registry, shared by the server and the web client.
 * The category list is not here: it is configuration (table `innovation_categories`).
 */
export const INNOVATION_STATUSES = ['running', 'stopped'] as const;
export type InnovationStatus = (typeof INNOVATION_STATUSES)[number];

/** draft → submitted → published; the agency admin may send a submission back to draft or unpublish. */
export const WORKFLOW_STATES = ['draft', 'submitted', 'published', 'unpublished'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

/** The moves between those states, each its own route (`POST /api/innovations/:id/<move>`); their rules are in server/modules/catalog/workflow.ts. */
export type WorkflowTransition = 'submit' | 'approve' | 'return' | 'unpublish';

export const INNOVATION_FORMS = ['governance', 'public_service', 'other'] as const;
export type InnovationForm = (typeof INNOVATION_FORMS)[number];

export const BUDGET_SOURCES = ['apbn', 'apbd', 'apbdes', 'bumn_bumd', 'csr', 'swadaya', 'hibah', 'lainnya'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

/** One measured effect of an innovation (e.g. waiting time in minutes), before and after it. */
export interface Indicator {
  label: string;
  unit: string;
  before: number | null;
  after: number | null;
}

/**
 * The editable profile of an innovation in API names: what the form sends on create and edit,
 * and (with the workflow state and document names) the snapshot stored per version. The server's
 * zod schemas are checked against it at compile time (server/modules/catalog/schemas.ts).
 */
export interface InnovationProfile {
  title: string;
  summary: string;
  unitName: string;
  regionCode: string;
  problem: string;
  approach: string;
  implementationSteps: string;
  results: string;
  stakeholders: string;
  resources: string;
  budgetSource: BudgetSource | null;
  sustainability: string;
  replicationPotential: string;
  beneficiaries: number | null;
  costSavedIdr: number | null;
  timeSavedDays: number | null;
  indicators: Indicator[];
  websiteUrl: string | null;
  videoUrl: string | null;
  startDate: string;
  digital: boolean;
  /** Government affair (urusan), read by the regional innovation index. */
  governmentAffair?: GovernmentAffair | null;
  /** Who started the innovation (inisiator). */
  initiator?: Initiator | null;
  form: InnovationForm;
  categoryId: number;
  sdgs: number[];
  status: InnovationStatus;
  stoppedReason: string | null;
}

/** Most prestigious first. */
export const AWARD_LEVELS = ['top_5', 'top_45', 'top_99', 'special', 'international', 'regional'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const SDG_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;

export const SEARCH_SORTS = ['relevance', 'newest', 'replicated'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** The catalog search's facets: its filters, and the counts it answers for each. */
export const FACET_NAMES = ['province', 'regency', 'agencyType', 'category', 'sdg', 'year', 'status', 'award', 'maturity'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** A running innovation whose status was not confirmed for this long is listed as a reminder. */
export const STATUS_CONFIRMATION_MONTHS = 12;
