import type { Kysely } from 'kysely';
import type { WorkflowState } from '../../../common/catalog.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Database } from '../../db/schema.js';
import { similarRecords } from './duplicates-repository.js';
import { duplicateScope } from './policy.js';

export interface DuplicateCandidate {
  id: string;
  title: string;
  agencyName: string;
  workflowState: WorkflowState;
  titleSimilarity: number;
  summarySimilarity: number | null;
}

/** Title trigram similarity (0–1) from which a record is listed as a possible duplicate. */
const TITLE_THRESHOLD = 0.3;
/** Summary similarity from which a record with a different title is still listed. */
const SUMMARY_THRESHOLD = 0.45;
const MAX_CANDIDATES = 200;

/**
 * Records that look like the one being registered: similar titles (trigram, through the title
 * index), or titles whose words all appear in another record whose summary is similar. The
 * caller sees published records of every agency and the unpublished ones of its own agency
 * (the ministry: all), so one innovation is not registered twice.
 */
export async function findDuplicates(
  db: Kysely<Database>,
  user: AuthUser,
  input: { title: string; summary?: string | undefined; excludeId?: string | undefined },
  limit = 10,
): Promise<DuplicateCandidate[]> {
  const rows = await similarRecords(db, { title: input.title, summary: input.summary?.trim() ?? '', excludeId: input.excludeId, agencyScope: duplicateScope(user) }, limit, {
    titleThreshold: TITLE_THRESHOLD,
    summaryThreshold: SUMMARY_THRESHOLD,
    maxCandidates: MAX_CANDIDATES,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    agencyName: r.agency_name,
    workflowState: r.workflow_state,
    titleSimilarity: Number(r.title_similarity),
    summarySimilarity: r.summary_similarity === null ? null : Number(r.summary_similarity),
  }));
}
