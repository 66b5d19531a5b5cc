import { type RawBuilder, sql } from 'kysely';
import { MENTOR_ACTIVE_STATES, OPEN_CASE_STATES, SILENT_AFTER_DAYS } from '../../../common/replication.js';
import type { DbOrTrx, Trx } from '../../db/types.js';
import type { Insertable } from 'kysely';
import type { ReplicationCaseTable } from '../../db/schema/replication.js';
import type { CaseScope } from './policy.js';

/** Kysely queries of replication cases, their timeline, milestones, log and indicators. */

const d = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

export async function insertCase(trx: Trx, values: Insertable<ReplicationCaseTable>): Promise<string> {
  return (await trx.insertInto('replication_cases').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

function factsQuery(db: DbOrTrx) {
  return db
    .selectFrom('replication_cases')
    .select([
      'id',
      'state',
      'source_innovation_id',
      'source_title',
      'origin_agency_id',
      'adopter_agency_id',
      'origin_province_code',
      'adopter_province_code',
      'hub_id',
      'mentor_id',
      d('agreement_date').as('agreement_date'),
      'adopter_innovation_id',
      'requested_by',
    ]);
}
export type CaseFactsRow = Awaited<ReturnType<ReturnType<typeof factsQuery>['executeTakeFirstOrThrow']>>;

export function findCaseFacts(db: DbOrTrx, id: string) {
  return factsQuery(db).where('id', '=', id).executeTakeFirst();
}

/** Locks the case row for the rest of the transaction: transitions of one case queue. */
export function lockCase(trx: Trx, id: string) {
  return factsQuery(trx).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateCase(trx: Trx, id: string, values: Record<string, unknown>): Promise<void> {
  await trx
    .updateTable('replication_cases')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertEvent(trx: Trx, e: { caseId: string; action: string; from: string | null; to: string | null; actorId: string | null; note?: string | null }) {
  await trx
    .insertInto('replication_case_events')
    .values({ case_id: e.caseId, action: e.action, from_state: e.from, to_state: e.to, actor_id: e.actorId, note: e.note ?? null })
    .execute();
}

export function openCaseFor(db: DbOrTrx, sourceId: string, adopterAgencyId: string) {
  return db
    .selectFrom('replication_cases')
    .select(['id', 'state'])
    .where('source_innovation_id', '=', sourceId)
    .where('adopter_agency_id', '=', adopterAgencyId)
    .where('state', 'in', [...OPEN_CASE_STATES])
    .executeTakeFirst();
}

// ------------------------------------------------------------------ summaries and lists

/**
 * A case as the list shows it. Names come from scalar subqueries and the open milestones' figures
 * (next due date, overdue count) from one lateral read of the partial open-milestone index, so the
 * planner has one table to order instead of a six-way join (planning dominated on PGlite).
 */
function summaryQuery(db: DbOrTrx, today: string) {
  return db
    .selectFrom('replication_cases as c')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('replication_milestones as ms')
          .select([
            sql<string | null>`to_char(min(ms.due_on), 'YYYY-MM-DD')`.as('next_due_on'),
            sql<number>`(count(*) filter (where ms.due_on < ${today}::date))::int`.as('overdue'),
          ])
          .whereRef('ms.case_id', '=', 'c.id')
          .where('ms.done_at', 'is', null)
          .as('mo'),
      (join) => join.onTrue(),
    )
    .select([
      'c.id',
      'c.state',
      'c.source_innovation_id',
      'c.source_title',
      'c.origin_agency_id',
      sql<string>`(select a.name from agencies a where a.id = c.origin_agency_id)`.as('origin_name'),
      'c.origin_province_code',
      'c.adopter_agency_id',
      sql<string>`(select a.name from agencies a where a.id = c.adopter_agency_id)`.as('adopter_name'),
      'c.adopter_province_code',
      'c.hub_id',
      sql<string | null>`(select h.name from hubs h where h.id = c.hub_id)`.as('hub_name'),
      'c.mentor_id',
      sql<string | null>`(select u.name from mentors m join users u on u.id = m.user_id where m.id = c.mentor_id)`.as('mentor_name'),
      'c.category_id',
      'c.requested_at',
      d('c.last_log_on').as('last_log_on'),
      'c.outcome',
      'mo.next_due_on',
      sql<number>`coalesce(mo.overdue, 0)`.as('overdue'),
      sql<boolean>`(c.state in (${list(MENTOR_ACTIVE_STATES)}) and coalesce(c.last_log_on, c.updated_at::date) < ${today}::date - ${SILENT_AFTER_DAYS}::int)`.as('silent'),
    ]);
}
export type CaseSummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

export interface CaseFilter {
  state?: string | undefined;
  province?: string | undefined;
  hubId?: string | undefined;
  mentorId?: string | undefined;
  categoryId?: number | undefined;
  year?: number | undefined;
  flag?: 'overdue' | 'silent' | undefined;
}

/** The list's conditions on `c` (replication_cases): the caller's scope and the filters. */
function caseWhere(scope: CaseScope, f: CaseFilter, today: string): RawBuilder<boolean> {
  const conditions: RawBuilder<unknown>[] = [];
  if (!scope.all) {
    const ors: RawBuilder<unknown>[] = [];
    if (scope.agencyId) ors.push(sql`(c.adopter_agency_id = ${scope.agencyId} or c.origin_agency_id = ${scope.agencyId})`);
    if (scope.mentorId) ors.push(sql`c.mentor_id = ${scope.mentorId}`);
    if (scope.provinceCodes.length > 0) {
      const codes = sql.join(scope.provinceCodes.map((p) => sql`${p}`));
      ors.push(sql`(c.adopter_province_code in (${codes}) or c.origin_province_code in (${codes}))`);
    }
    conditions.push(ors.length > 0 ? sql`(${sql.join(ors, sql` or `)})` : sql`false`);
  }
  if (f.state) conditions.push(sql`c.state = ${f.state}`);
  if (f.province) conditions.push(sql`c.adopter_province_code = ${f.province}`);
  if (f.hubId) conditions.push(sql`c.hub_id = ${f.hubId}`);
  if (f.mentorId) conditions.push(sql`c.mentor_id = ${f.mentorId}`);
  if (f.categoryId) conditions.push(sql`c.category_id = ${f.categoryId}`);
  if (f.year) conditions.push(sql`c.requested_at >= ${`${f.year}-01-01T00:00:00+07:00`}::timestamptz and c.requested_at < ${`${f.year + 1}-01-01T00:00:00+07:00`}::timestamptz`);
  if (f.flag === 'overdue') conditions.push(sql`exists (select 1 from replication_milestones ms where ms.case_id = c.id and ms.done_at is null and ms.due_on < ${today}::date)`);
  if (f.flag === 'silent')
    conditions.push(sql`c.state in (${list(MENTOR_ACTIVE_STATES)}) and coalesce(c.last_log_on, c.updated_at::date) < ${today}::date - ${SILENT_AFTER_DAYS}::int`);
  return conditions.length > 0 ? sql<boolean>`${sql.join(conditions, sql` and `)}` : sql<boolean>`true`;
}

export async function listCaseRows(db: DbOrTrx, scope: CaseScope, f: CaseFilter, today: string, page: { limit: number; offset: number }) {
  const where = caseWhere(scope, f, today);
  // One statement: the page's ids with the total (a window count over the filtered rows, no
  // joins), then names, milestones and flags for those rows only. Only a page past the end needs
  // a separate count.
  const pageIds = db
    .selectFrom('replication_cases as c')
    .select(['c.id', sql<string>`count(*) over ()`.as('total')])
    .where(where)
    .orderBy('c.requested_at', 'desc')
    .orderBy('c.id')
    .limit(page.limit)
    .offset(page.offset);
  const found = await summaryQuery(db, today)
    .innerJoin(pageIds.as('pg'), (join) => join.onRef('pg.id', '=', 'c.id'))
    .select('pg.total')
    .orderBy('c.requested_at', 'desc')
    .orderBy('c.id')
    .execute();
  const total =
    found.length > 0
      ? Number(found[0]!.total)
      : page.offset === 0
        ? 0
        : Number(
            (
              await db
                .selectFrom('replication_cases as c')
                .select((eb) => eb.fn.countAll<string>().as('n'))
                .where(where)
                .executeTakeFirstOrThrow()
            ).n,
          );
  const rows: CaseSummaryRow[] = found.map(({ total: _total, ...row }) => row);
  return { rows, total };
}

export function findCaseSummary(db: DbOrTrx, id: string, today: string) {
  return summaryQuery(db, today).where('c.id', '=', id).executeTakeFirst();
}

export function caseDetailRow(db: DbOrTrx, id: string) {
  return db
    .selectFrom('replication_cases')
    .select([
      'problem',
      'context',
      'lead_name',
      'decision_reason',
      'agreement_number',
      d('agreement_date').as('agreement_date'),
      'agreement_document',
      'stop_reason',
      'adopter_innovation_id',
      'closed_at',
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

// ------------------------------------------------------------------ milestones, log, indicators, timeline

export function listMilestones(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('replication_milestones')
    .select(['id', 'position', 'kind', 'title', d('due_on').as('due_on'), 'done_at'])
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
}

export async function replaceMilestones(trx: Trx, caseId: string, items: { id?: string | undefined; kind: string; title: string; dueOn: string }[]): Promise<void> {
  const before = await listMilestones(trx, caseId);
  const doneAt = new Map(before.map((m) => [m.id, m.done_at]));
  await trx.deleteFrom('replication_milestones').where('case_id', '=', caseId).execute();
  if (items.length === 0) return;
  await trx
    .insertInto('replication_milestones')
    .values(
      items.map((m, i) => ({
        ...(m.id && doneAt.has(m.id) ? { id: m.id } : {}),
        case_id: caseId,
        position: i + 1,
        kind: m.kind as never,
        title: m.title,
        due_on: m.dueOn,
        done_at: m.id ? (doneAt.get(m.id) ?? null) : null,
      })),
    )
    .execute();
}

export async function markMilestoneDone(trx: Trx, caseId: string, milestoneId: string, at: Date) {
  return trx
    .updateTable('replication_milestones')
    .set({ done_at: at })
    .where('case_id', '=', caseId)
    .where('id', '=', milestoneId)
    .where('done_at', 'is', null)
    .returning(['id', 'title'])
    .executeTakeFirst();
}

export function findMilestone(db: DbOrTrx, caseId: string, milestoneId: string) {
  return db.selectFrom('replication_milestones').select(['id', 'title', 'done_at']).where('case_id', '=', caseId).where('id', '=', milestoneId).executeTakeFirst();
}

export function listLogs(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('replication_logs as l')
    .leftJoin('users as u', 'u.id', 'l.author_id')
    .select(['l.id', d('l.held_on').as('held_on'), 'l.mode', 'l.notes', 'u.id as author_id', 'u.name as author_name'])
    .where('l.case_id', '=', caseId)
    .orderBy('l.held_on', 'desc')
    .orderBy('l.created_at', 'desc')
    .execute();
}

export async function insertLog(trx: Trx, v: { caseId: string; heldOn: string; mode: string; notes: string; authorId: string | null }): Promise<string> {
  const row = await trx
    .insertInto('replication_logs')
    .values({ case_id: v.caseId, held_on: v.heldOn, mode: v.mode as never, notes: v.notes, author_id: v.authorId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('replication_cases')
    .set({ last_log_on: sql`greatest(last_log_on, ${v.heldOn}::date)` })
    .where('id', '=', v.caseId)
    .execute();
  return row.id;
}

export function listIndicators(db: DbOrTrx, caseId: string) {
  return db.selectFrom('replication_indicators').select(['id', 'name', 'unit', 'baseline', 'follow_up']).where('case_id', '=', caseId).orderBy('position').execute();
}

export async function replaceIndicators(trx: Trx, caseId: string, items: { name: string; unit: string; baseline: number; followUp: number | null }[]): Promise<void> {
  await trx.deleteFrom('replication_indicators').where('case_id', '=', caseId).execute();
  if (items.length === 0) return;
  await trx
    .insertInto('replication_indicators')
    .values(items.map((x, i) => ({ case_id: caseId, position: i + 1, name: x.name, unit: x.unit, baseline: x.baseline, follow_up: x.followUp })))
    .execute();
}

export function listEvents(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('replication_case_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.at', 'e.action', 'e.from_state', 'e.to_state', 'e.note', 'u.id as actor_id', 'u.name as actor_name'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute();
}

/** Open milestones of a mentor's active cases due by `until` (overdue ones included). */
export function mentorMilestones(db: DbOrTrx, mentorId: string, until: string) {
  return db
    .selectFrom('replication_milestones as ms')
    .innerJoin('replication_cases as c', 'c.id', 'ms.case_id')
    .innerJoin('agencies as aa', 'aa.id', 'c.adopter_agency_id')
    .select(['c.id as case_id', 'c.source_title', 'aa.name as adopter_name', 'ms.id', 'ms.title', d('ms.due_on').as('due_on')])
    .where('c.mentor_id', '=', mentorId)
    .where('c.state', 'in', [...MENTOR_ACTIVE_STATES])
    .where('ms.done_at', 'is', null)
    .where(sql<boolean>`ms.due_on <= ${until}::date`)
    .orderBy('ms.due_on')
    .execute();
}

/** Open milestones of cases in progress that still need their "due soon" or "overdue" reminder; rows locked, others skipped. */
export async function claimMilestonesToRemind(trx: Trx, today: string, soon: string) {
  const rows = await sql<{
    id: string;
    case_id: string;
    title: string;
    due_on: string;
    kind: 'due' | 'overdue';
    source_title: string;
    mentor_email: string | null;
    requester_email: string | null;
    mentor_user_id: string | null;
    requester_user_id: string | null;
  }>`
    select ms.id, ms.case_id, ms.title, to_char(ms.due_on, 'YYYY-MM-DD') as due_on,
           case when ms.due_on < ${today}::date then 'overdue' else 'due' end as kind,
           c.source_title, mu.email as mentor_email, ru.email as requester_email, mu.id as mentor_user_id, ru.id as requester_user_id
      from replication_milestones ms
      join replication_cases c on c.id = ms.case_id
      left join mentors m on m.id = c.mentor_id
      left join users mu on mu.id = m.user_id and mu.active
      left join users ru on ru.id = c.requested_by and ru.active
     where c.state = 'in_progress' and ms.done_at is null
       and ((ms.due_on < ${today}::date and ms.overdue_reminder_at is null)
         or (ms.due_on >= ${today}::date and ms.due_on <= ${soon}::date and ms.due_reminder_at is null))
     order by ms.due_on, ms.id
     limit 500
     for update of ms skip locked`.execute(trx);
  return rows.rows;
}

export async function markReminded(trx: Trx, milestoneId: string, kind: 'due' | 'overdue', at: Date): Promise<void> {
  await trx
    .updateTable('replication_milestones')
    .set(kind === 'overdue' ? { overdue_reminder_at: at } : { due_reminder_at: at })
    .where('id', '=', milestoneId)
    .execute();
}
