import { sql } from 'kysely';
import type { Db } from './context.js';

/**
 * Evaluation's own reads behind the round's candidates (candidates.ts): which proposals a
 * finalised selection advanced, and the evaluators' facts (accounts of the shared directory).
 * The proposals' facts come from the proposals module's read model.
 */

/** Proposals a finalised selection advanced (selected) into a later round. */
export async function advancedProposalIds(db: Db, selectionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('evaluation_decisions as d')
    .innerJoin('evaluation_selections as s', 's.id', 'd.selection_id')
    .select('d.proposal_id')
    .where('d.selection_id', '=', selectionId)
    .where('d.selected', '=', true)
    .where('s.status', '=', 'final')
    .execute();
  return rows.map((r) => r.proposal_id);
}

export interface EvaluatorFacts {
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
  agencyId: string | null;
  agencyName: string | null;
  regionCode: string | null;
  provinceCode: string | null;
}

export async function listEvaluatorFacts(db: Db, ids: readonly string[]): Promise<EvaluatorFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('agencies as a', 'a.id', 'u.agency_id')
    .leftJoin('regions as r', 'r.code', 'a.region_code')
    .select([
      'u.id',
      'u.name',
      'u.email',
      'u.role',
      'u.active',
      'u.agency_id',
      'a.name as agency_name',
      'a.region_code',
      sql<string | null>`coalesce(r.province_code, case when r.level = 'province' then r.code end)`.as('province_code'),
    ])
    .where('u.id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    active: r.active,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    regionCode: r.region_code,
    provinceCode: r.province_code,
  }));
}

export async function findUsersByEmail(db: Db, emails: readonly string[]): Promise<{ id: string; email: string; role: string }[]> {
  if (emails.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'email', 'role'])
    .where(
      sql<string>`lower(email)`,
      'in',
      emails.map((e) => e.toLowerCase()),
    )
    .execute();
}
