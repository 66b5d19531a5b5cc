import { sql } from 'kysely';
import type { AdminCheckStatus } from '../../../../common/competitions.js';
import { containsPattern } from '../../../db/like-pattern.js';
import type { Db } from '../../../db/types.js';
import { competitionCategoriesView, competitionGroupsView } from '../../competitions/read-model.js';

/** Filters of the secretariat's lists, shared by the page, the bulk action and the exports. */
export interface CheckFilter {
  competitionId: string;
  status?: AdminCheckStatus | undefined;
  groupId?: string | undefined;
  categoryId?: string | undefined;
  province?: string | undefined;
  participantType?: string | undefined;
  late?: boolean | undefined;
  /** Has (true) or has no (false) own-content flags; reads the stored count, so refresh it first. */
  flagged?: boolean | undefined;
  q?: string | undefined;
}

/** `submitted`: oldest submission first; `flags`: most own-content flags first, then by number. */
export type CheckSort = 'submitted' | 'flags';

export function checkListQuery(db: Db, f: CheckFilter) {
  let q = db
    .selectFrom('proposals as p')
    .innerJoin('proposal_admin_checks as ac', 'ac.proposal_id', 'p.id')
    .innerJoin(competitionGroupsView(db, 'g'), 'g.id', 'p.group_id')
    .innerJoin(competitionCategoriesView(db, 'k'), 'k.id', 'p.category_id')
    .innerJoin('users as o', 'o.id', 'p.owner_id')
    .leftJoin('agencies as a', 'a.id', 'p.agency_id')
    .leftJoin('regions as r', (join) => join.on(sql<boolean>`r.code = split_part(a.region_code, '.', 1)`))
    .leftJoin('proposal_check_signals as s', 's.proposal_id', 'p.id')
    .where('p.competition_id', '=', f.competitionId)
    .where('p.status', '=', 'submitted');
  if (f.status) q = q.where('ac.status', '=', f.status);
  if (f.groupId) q = q.where('p.group_id', '=', f.groupId);
  if (f.categoryId) q = q.where('p.category_id', '=', f.categoryId);
  if (f.participantType) q = q.where('p.participant_type', '=', f.participantType);
  if (f.province) q = q.where(sql<boolean>`split_part(a.region_code, '.', 1) = ${f.province}`);
  if (f.late !== undefined) q = q.where('p.late_seconds', f.late ? 'is not' : 'is', null);
  if (f.flagged !== undefined) q = q.where(sql<number>`coalesce(s.own_flag_count, 0)`, f.flagged ? '>' : '=', 0);
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where((eb) => eb.or([eb('p.title', 'ilike', like), eb('p.number', 'ilike', like), eb('a.name', 'ilike', like)]));
  }
  return q;
}

export async function listCheckRows(db: Db, f: CheckFilter, page: { limit: number; offset: number }, sort: CheckSort = 'submitted') {
  const base = checkListQuery(db, f);
  const ordered = sort === 'flags' ? base.orderBy(sql`coalesce(s.own_flag_count, 0)`, 'desc').orderBy('p.number') : base.orderBy('p.submitted_at');
  const [rows, count] = await Promise.all([
    ordered
      .select([
        'p.id',
        'p.number',
        'p.title',
        'p.participant_type',
        'p.submitted_at',
        'p.late_seconds',
        'p.innovation_id',
        'g.id as group_id',
        'g.code as group_code',
        'g.name as group_name',
        'k.code as category_code',
        'k.name as category_name',
        'a.id as agency_id',
        'a.name as agency_name',
        'r.code as province_code',
        'r.name as province_name',
        'o.name as owner_name',
        'ac.status as check_status',
        'ac.reason as check_reason',
        'ac.decided_at',
        'ac.checklist',
        's.own_flags',
        's.own_flag_count',
      ])
      .orderBy('p.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export type CheckRow = Awaited<ReturnType<typeof listCheckRows>>['rows'][number];

export async function matchingIds(db: Db, f: CheckFilter, max: number): Promise<string[]> {
  const rows = await checkListQuery(db, f).select('p.id').orderBy('p.submitted_at').limit(max).execute();
  return rows.map((r) => r.id);
}

/**
 * Answers of these proposals that are near-identical to another submitted proposal's answer to
 * the same question, and titles close to another submitted proposal's title. pg_trgm's `%`
 * operator uses the trigram indexes; its threshold is set for this transaction only.
 */
export async function crossProposalMatches(db: Db, ids: string[], thresholds: { answer: number; title: number }) {
  if (ids.length === 0) return { answers: [], titles: [] };
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('pg_trgm.similarity_threshold', ${String(thresholds.answer)}, true)`.execute(trx);
    const answers = await sql<{ proposal_id: string; question_id: string; other_id: string; other_number: string; sim: number }>`
      select a.proposal_id, a.question_id, b.proposal_id as other_id, p2.number as other_number,
        similarity(left(lower(a.text_value), 600), left(lower(b.text_value), 600))::float8 as sim
      from proposal_answers a
      join proposal_answers b on b.question_id = a.question_id and b.proposal_id <> a.proposal_id
        and b.word_count >= 15 and left(lower(b.text_value), 600) % left(lower(a.text_value), 600)
      join proposals p2 on p2.id = b.proposal_id and p2.status = 'submitted'
      where a.proposal_id in (${sql.join(ids)}) and a.word_count >= 15
      order by sim desc`.execute(trx);
    await sql`select set_config('pg_trgm.similarity_threshold', ${String(thresholds.title)}, true)`.execute(trx);
    const titles = await sql<{ proposal_id: string; other_id: string; other_number: string; other_title: string; sim: number }>`
      select p.id as proposal_id, o.id as other_id, o.number as other_number, o.title as other_title,
        similarity(lower(p.title), lower(o.title))::float8 as sim
      from proposals p
      join proposals o on o.competition_id = p.competition_id and o.id <> p.id and o.status = 'submitted'
        and lower(o.title) % lower(p.title)
      where p.id in (${sql.join(ids)})
      order by sim desc`.execute(trx);
    return { answers: answers.rows, titles: titles.rows };
  });
}

/** Admin checks with their proposal's status, locked for a decision (`lock: false` for a dry run). */
export function checksForDecision(db: Db, proposalIds: readonly string[], options: { lock: boolean }) {
  let query = db
    .selectFrom('proposal_admin_checks as ac')
    .innerJoin('proposals as p', 'p.id', 'ac.proposal_id')
    .select(['ac.proposal_id', 'ac.status', 'ac.reason', 'p.status as proposal_status'])
    .where('ac.proposal_id', 'in', proposalIds.length > 0 ? [...proposalIds] : ['00000000-0000-0000-0000-000000000000'])
    .orderBy('ac.proposal_id');
  if (options.lock) query = query.forUpdate();
  return query.execute();
}

/** Records one decision on the checks of the given proposals. */
export async function setCheckDecision(
  db: Db,
  proposalIds: readonly string[],
  decision: { status: AdminCheckStatus; reason: string | null; checklist: unknown; decidedBy: string; decidedAt: Date },
): Promise<void> {
  if (proposalIds.length === 0) return;
  await db
    .updateTable('proposal_admin_checks')
    .set({ status: decision.status, reason: decision.reason, checklist: JSON.stringify(decision.checklist ?? {}), decided_by: decision.decidedBy, decided_at: decision.decidedAt })
    .where('proposal_id', 'in', [...proposalIds])
    .execute();
}
