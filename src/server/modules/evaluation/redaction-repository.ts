import { sql } from 'kysely';
import type { Db } from './context.js';

/**
 * Reads behind the secretariat's redaction screen: the submitted proposal with the names the
 * automatic masking hides, and the stored hand-redacted copy with who wrote it. Read-only over
 * the proposals, agencies, regions and users tables (owned by other modules).
 */

export async function findRedactionSubject(db: Db, proposalId: string) {
  return db
    .selectFrom('proposals as p')
    .leftJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('regions as r', 'r.code', 'a.region_code')
    .leftJoin('regions as pr', (j) => j.on(sql<boolean>`pr.code = coalesce(r.province_code, r.code)`))
    .select(['p.id', 'p.number', 'p.title', 'p.submitted_content', 'a.name as agency_name', 'r.name as region_name', 'pr.name as province_name'])
    .where('p.id', '=', proposalId)
    .executeTakeFirst();
}

export async function findRedactionWithAuthor(db: Db, proposalId: string) {
  return db
    .selectFrom('evaluation_redactions as x')
    .leftJoin('users as u', 'u.id', 'x.redacted_by')
    .select(['x.title', 'x.answers', 'x.redacted_at', 'u.name as redacted_by_name'])
    .where('x.proposal_id', '=', proposalId)
    .executeTakeFirst();
}
