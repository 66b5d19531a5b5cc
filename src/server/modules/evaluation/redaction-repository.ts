import type { Db } from './context.js';

/**
 * Reads behind the secretariat's redaction screen: the stored hand-redacted copy with who wrote
 * it (the submitted proposal and the names the automatic masking hides come from the proposals
 * module's read model, `proposalIdentities`).
 */

export async function findRedactionWithAuthor(db: Db, proposalId: string) {
  return db
    .selectFrom('evaluation_redactions as x')
    .leftJoin('users as u', 'u.id', 'x.redacted_by')
    .select(['x.title', 'x.answers', 'x.redacted_at', 'u.name as redacted_by_name'])
    .where('x.proposal_id', '=', proposalId)
    .executeTakeFirst();
}
