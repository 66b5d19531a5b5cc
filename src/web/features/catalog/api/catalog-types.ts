import type { z } from 'zod';
import type { FacetName, InnovationProfile } from '../../../../common/catalog';
import type {
  bulkBody,
  caseQuery,
  categoryListQuery,
  confirmStatusBody,
  createCategoryBody,
  duplicatesBody,
  exportQuery,
  importQuery,
  importTemplateQuery,
  reviewBody,
  createInnovationBody,
  searchQuery,
  synonymGroupBody,
  updateCategoryBody,
  updateInnovationBody,
  workspaceQuery,
} from '../../../../common/catalog-requests';
import type {
  bulkOutcome,
  categoryView,
  createdInnovation,
  duplicateCandidate,
  importReport,
  innovationView,
  searchItem,
  searchResponse,
  synonymGroupView,
  versionView,
  workspaceItem,
} from '../../../../common/catalog-views';
import type { Expect } from '../../../../common/type-equality';

export { FACET_NAMES, type FacetName } from '../../../../common/catalog';

/**
 * Shapes of the catalog API, typed from the schemas the server validates and serialises with
 * (src/common/catalog-requests.ts, src/common/catalog-views.ts): answers are `z.output`, request
 * bodies and queries `z.input`, so a changed server shape breaks the web build, not the page.
 */
export type Category = z.output<typeof categoryView>;
export type InnovationView = z.output<typeof innovationView>;
export type SearchItem = z.output<typeof searchItem>;
export type SearchResponse = z.output<typeof searchResponse>;
export type FacetBucket = SearchResponse['facets'][FacetName][number];
export type WorkspaceItem = z.output<typeof workspaceItem>;
export type DuplicateCandidate = z.output<typeof duplicateCandidate>;
export type CreatedInnovation = z.output<typeof createdInnovation>;
export type VersionEntry = z.output<typeof versionView>;
export type ImportReport = z.output<typeof importReport>;
export type ImportProblem = ImportReport['errors'][number];
export type BulkOutcome = z.output<typeof bulkOutcome>;
export type SynonymGroup = z.output<typeof synonymGroupView>;

/** The catalog search's query: filters as comma-joined text (`sdg=3,4`), the sort and the page. */
export type SearchParams = z.input<typeof searchQuery>;
export type ExportQuery = z.input<typeof exportQuery>;
export type WorkspaceQuery = z.input<typeof workspaceQuery>;
/** The form sends the whole profile on create; the check fails `tsc` when the server's body stops accepting it. */
export type NewInnovation = InnovationProfile;
export type NewInnovationFitsTheServer = Expect<NewInnovation extends z.input<typeof createInnovationBody> ? true : false>;
export type InnovationChange = z.input<typeof updateInnovationBody>;
export type DuplicatesQuestion = z.input<typeof duplicatesBody>;
/** Return and unpublish need a note; approve takes one optionally. */
export type ReviewNote = z.input<typeof reviewBody>;
export type StatusConfirmation = z.input<typeof confirmStatusBody>;
export type BulkRequest = z.input<typeof bulkBody>;
export type BulkAction = BulkRequest['action'];
export type NewCategory = z.input<typeof createCategoryBody>;
export type CategoryChange = z.input<typeof updateCategoryBody>;
export type SynonymGroupInput = z.input<typeof synonymGroupBody>;
export type CategoryListQuery = z.input<typeof categoryListQuery>;
export type CaseQuery = z.input<typeof caseQuery>;
export type ImportTemplateQuery = z.input<typeof importTemplateQuery>;
export type ImportQuery = z.input<typeof importQuery>;
