import { sql } from 'kysely';
import type { Db } from './context.js';

/**
 * The proposals a round evaluates, with the facts evaluation needs (classification, affiliation,
 * region, owner). Read-only view over the proposals, agencies, regions and users tables: the
 * proposals module owns those rows; this file never writes them.
 */
export interface CandidateFacts {
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
  /** 1-based order of submission: the last tie-break of the ranking. */
  registrationOrder: number;
}

function withFacts(scope: ReturnType<typeof roundScope>) {
  return scope
    .innerJoin('users as o', 'o.id', 'p.owner_id')
    .leftJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('regions as r', 'r.code', 'a.region_code')
    .leftJoin('regions as pr', (j) => j.on(sql<boolean>`pr.code = coalesce(r.province_code, r.code)`))
    .select([
      'p.id',
      'p.number',
      'p.title',
      'p.category_id',
      'p.group_id',
      'p.agency_id',
      'a.name as agency_name',
      'a.region_code',
      'r.name as region_name',
      'pr.name as province_name',
      sql<string | null>`coalesce(r.province_code, case when r.level = 'province' then r.code end)`.as('province_code'),
      sql<boolean>`coalesce(r.is_3t, false)`.as('remote_3t'),
      'p.owner_id',
      'o.email as owner_email',
      'p.innovation_id',
      'p.submitted_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof withFacts>['execute']>>[number];

function toFacts(rows: Row[]): CandidateFacts[] {
  const ordered = [...rows].sort((a, b) => (a.submitted_at?.getTime() ?? 0) - (b.submitted_at?.getTime() ?? 0) || a.number.localeCompare(b.number));
  return ordered.map((r, i) => ({
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
    registrationOrder: i + 1,
  }));
}

/**
 * Proposals entering a round (`proposals as p`, nothing selected yet): submitted ones that passed
 * the administrative check, or, for a later round, those a finalised selection of an earlier
 * round advanced. Every list of a round's proposals starts from this one definition.
 */
export function roundScope(db: Db, round: { competition_id: string; source_selection_id: string | null }) {
  const q = db.selectFrom('proposals as p').where('p.competition_id', '=', round.competition_id).where('p.status', '=', 'submitted');
  const selectionId = round.source_selection_id;
  if (selectionId) {
    return q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('evaluation_decisions as d')
          .innerJoin('evaluation_selections as s', 's.id', 'd.selection_id')
          .select(sql`1`.as('one'))
          .whereRef('d.proposal_id', '=', 'p.id')
          .where('d.selection_id', '=', selectionId)
          .where('d.selected', '=', true)
          .where('s.status', '=', 'final'),
      ),
    );
  }
  return q.where((eb) =>
    eb.exists(
      eb
        .selectFrom('proposal_admin_checks as c')
        .select(sql`1`.as('one'))
        .whereRef('c.proposal_id', '=', 'p.id')
        .where('c.status', '=', 'passed'),
    ),
  );
}

/** The round's proposals with their facts (see `roundScope`). */
export async function listRoundCandidates(
  db: Db,
  round: { competition_id: string; source_selection_id: string | null },
  options: { proposalId?: string } = {},
): Promise<CandidateFacts[]> {
  let q = withFacts(roundScope(db, round));
  if (options.proposalId) q = q.where('p.id', '=', options.proposalId);
  return toFacts(await q.execute());
}

/**
 * One proposal of the round, or undefined when it is not in the round. Its `registrationOrder` is
 * meaningless (it is alone): use it for access checks and display, never for ranking.
 */
export async function findRoundCandidate(db: Db, round: { competition_id: string; source_selection_id: string | null }, proposalId: string): Promise<CandidateFacts | undefined> {
  return (await listRoundCandidates(db, round, { proposalId }))[0];
}

/** Agency, region and province names per proposal: what a blind round masks in titles. */
export async function identifyingNames(db: Db, proposalIds: readonly string[]): Promise<Map<string, (string | null)[]>> {
  if (proposalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('proposals as p')
    .leftJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('regions as r', 'r.code', 'a.region_code')
    .leftJoin('regions as pr', (j) => j.on(sql<boolean>`pr.code = coalesce(r.province_code, r.code)`))
    .select(['p.id', 'a.name as agency_name', 'r.name as region_name', 'pr.name as province_name'])
    .where('p.id', 'in', [...proposalIds])
    .execute();
  return new Map(rows.map((r) => [r.id, [r.agency_name, r.region_name, r.province_name]]));
}

/** The submitted (frozen) content of one proposal, for the review page. */
export async function submittedContentOf(db: Db, proposalId: string): Promise<unknown> {
  const row = await db.selectFrom('proposals').select('submitted_content').where('id', '=', proposalId).executeTakeFirst();
  return row?.submitted_content ?? null;
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

export async function competitionFacts(db: Db, id: string) {
  return db.selectFrom('competitions').select(['id', 'name', 'year', 'status']).where('id', '=', id).executeTakeFirst();
}
