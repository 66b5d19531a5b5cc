import type { DbOrTrx } from '../../db/types.js';
import { type Admission, selectCandidateRows, selectIdentifyingNames } from './read-model-repository.js';
import { selectProposalCount, selectReferencedConfigIds } from './repository.js';

/**
 * What other modules may read of proposals besides their services: counts and references that
 * competitions needs to protect its configuration, on the caller's handle or transaction. Imports
 * no other module (competitions imports it; proposals imports competitions' service).
 */

/** How many proposals (any status) a competition has. */
export function countProposalsOf(db: DbOrTrx, competitionId: string): Promise<number> {
  return selectProposalCount(db, competitionId);
}

/** Which of these group, category or question ids proposals still point at (so they cannot be removed). */
export function configIdsInUse(db: DbOrTrx, section: 'groups' | 'categories' | 'questions', ids: readonly string[]): Promise<string[]> {
  return selectReferencedConfigIds(db, section, ids);
}

export type { Admission };

/** Read views other modules' repositories join instead of this module's tables (read-model-repository.ts). */
export { adminChecksView, proposalsView } from './read-model-repository.js';

/** A submitted proposal with the facts evaluation needs (classification, affiliation, region, owner). */
export interface SubmittedProposalFacts {
  id: string;
  number: string;
  title: string;
  categoryId: string;
  groupId: string;
  agencyId: string | null;
  agencyName: string | null;
  /** The agency's region (a regency/city or a province); null for central agencies and citizens. */
  regionCode: string | null;
  regionName: string | null;
  provinceName: string | null;
  provinceCode: string | null;
  remote3T: boolean;
  ownerId: string;
  ownerEmail: string;
  innovationId: string | null;
  submittedAt: Date | null;
}

/** Submitted proposals of a competition admitted as `admission` says (optionally only one), unordered. */
export async function submittedProposalFacts(db: DbOrTrx, competitionId: string, admission: Admission, proposalId?: string): Promise<SubmittedProposalFacts[]> {
  return (await selectCandidateRows(db, competitionId, admission, proposalId)).map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    categoryId: r.category_id,
    groupId: r.group_id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    regionCode: r.region_code,
    regionName: r.region_name,
    provinceName: r.province_name,
    provinceCode: r.province_code,
    remote3T: r.remote_3t,
    ownerId: r.owner_id,
    ownerEmail: r.owner_email,
    innovationId: r.innovation_id,
    submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
  }));
}

/** Per proposal: number, title, frozen content and the agency, region and province names (what a blind review masks). */
export async function proposalIdentities(db: DbOrTrx, proposalIds: readonly string[]) {
  if (proposalIds.length === 0) return [];
  return selectIdentifyingNames(db, proposalIds);
}
