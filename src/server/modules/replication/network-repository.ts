import { sql } from 'kysely';
import { MENTOR_ACTIVE_STATES } from '../../../common/replication.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Kysely queries of the network's own tables: hubs, coordinators, members, work plan, log, mentors. */

const d = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

function hubQuery(db: DbOrTrx) {
  return db
    .selectFrom('hubs as h')
    .innerJoin('regions as r', 'r.code', 'h.province_code')
    .select([
      'h.id',
      'h.name',
      'h.province_code',
      'r.name as province_name',
      'h.year_designated',
      'h.decree_number',
      d('h.decree_date').as('decree_date'),
      'h.decree_document',
      d('h.period_start').as('period_start'),
      d('h.period_end').as('period_end'),
      'h.status',
      sql<number>`(select count(*)::int from mentors m where m.hub_id = h.id and m.active)`.as('mentor_count'),
      sql<number>`(select count(*)::int from replication_cases c where c.hub_id = h.id and c.state = 'completed')`.as('completed'),
      sql<number>`(select count(*)::int from replication_cases c where c.hub_id = h.id and c.state not in ('declined', 'completed', 'stopped'))`.as('open_cases'),
    ]);
}
export type HubRow = Awaited<ReturnType<ReturnType<typeof hubQuery>['executeTakeFirstOrThrow']>>;

export function listHubRows(db: DbOrTrx) {
  return hubQuery(db).orderBy('h.year_designated').orderBy('r.name').execute();
}

export function findHubRow(db: DbOrTrx, id: string) {
  return hubQuery(db).where('h.id', '=', id).executeTakeFirst();
}

export function findRegion(db: DbOrTrx, code: string) {
  return db.selectFrom('regions').select(['code', 'name', 'level']).where('code', '=', code).executeTakeFirst();
}

export function findHubByProvince(db: DbOrTrx, provinceCode: string) {
  return db.selectFrom('hubs').select(['id', 'province_code', 'status']).where('province_code', '=', provinceCode).executeTakeFirst();
}

export async function lockHub(trx: Trx, id: string) {
  return trx.selectFrom('hubs').select(['id', 'province_code']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertHub(
  trx: Trx,
  values: {
    province_code: string;
    name: string;
    year_designated: number;
    decree_number: string | null;
    decree_date: string | null;
    decree_document: string | null;
    period_start: string | null;
    period_end: string | null;
    status: 'pilot' | 'active' | 'ended';
  },
) {
  return (await trx.insertInto('hubs').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateHubRow(trx: Trx, id: string, values: Record<string, unknown>) {
  await trx
    .updateTable('hubs')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function coordinatorsOf(db: DbOrTrx, hubIds: string[]) {
  if (hubIds.length === 0) return [];
  return db
    .selectFrom('hub_coordinators as hc')
    .innerJoin('users as u', 'u.id', 'hc.user_id')
    .select(['hc.hub_id', 'u.id', 'u.name'])
    .where('hc.hub_id', 'in', hubIds)
    .orderBy('u.name')
    .execute();
}

export async function replaceCoordinators(trx: Trx, hubId: string, userIds: string[]) {
  await trx.deleteFrom('hub_coordinators').where('hub_id', '=', hubId).execute();
  if (userIds.length > 0)
    await trx
      .insertInto('hub_coordinators')
      .values(userIds.map((user_id) => ({ hub_id: hubId, user_id })))
      .execute();
}

/** The hubs an account coordinates (id and province). */
export function hubsCoordinatedBy(db: DbOrTrx, userId: string) {
  return db.selectFrom('hub_coordinators as hc').innerJoin('hubs as h', 'h.id', 'hc.hub_id').select(['h.id', 'h.province_code']).where('hc.user_id', '=', userId).execute();
}

export function usersByIds(db: DbOrTrx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'role', 'agency_id', 'active', 'name']).where('id', 'in', ids).execute();
}

export function membersOf(db: DbOrTrx, hubId: string) {
  return db
    .selectFrom('hub_members as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select(['m.id', 'm.kind', 'a.id as agency_id', 'a.name as agency_name'])
    .where('m.hub_id', '=', hubId)
    .orderBy('m.kind')
    .orderBy('a.name')
    .execute();
}

export async function insertMember(trx: Trx, hubId: string, agencyId: string, kind: 'agency' | 'university' | 'partner') {
  return (await trx.insertInto('hub_members').values({ hub_id: hubId, agency_id: agencyId, kind }).returning('id').executeTakeFirstOrThrow()).id;
}

export function findMember(db: DbOrTrx, hubId: string, agencyId: string) {
  return db.selectFrom('hub_members').select('id').where('hub_id', '=', hubId).where('agency_id', '=', agencyId).executeTakeFirst();
}

export async function deleteMember(trx: Trx, hubId: string, memberId: string) {
  return trx.deleteFrom('hub_members').where('hub_id', '=', hubId).where('id', '=', memberId).returning(['id', 'agency_id', 'kind']).executeTakeFirst();
}

export function activitiesOf(db: DbOrTrx, hubId: string, year: number) {
  return db
    .selectFrom('hub_activities as a')
    .select([
      'a.id',
      'a.year',
      'a.kind',
      'a.title',
      'a.target_count',
      'a.target_unit',
      sql<number>`(select count(*)::int from hub_activity_log l where l.activity_id = a.id)`.as('achieved'),
    ])
    .where('a.hub_id', '=', hubId)
    .where('a.year', '=', year)
    .orderBy('a.created_at')
    .execute();
}

export function findActivity(db: DbOrTrx, hubId: string, activityId: string) {
  return db.selectFrom('hub_activities').select(['id', 'year']).where('hub_id', '=', hubId).where('id', '=', activityId).executeTakeFirst();
}

export async function insertActivity(
  trx: Trx,
  values: {
    hub_id: string;
    year: number;
    kind: 'mentoring' | 'exchange' | 'promotion' | 'event';
    title: string;
    target_count: number;
    target_unit: string;
    created_by: string | null;
  },
) {
  return (await trx.insertInto('hub_activities').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function logOf(db: DbOrTrx, hubId: string, year: number) {
  return db
    .selectFrom('hub_activity_log')
    .select(['id', 'activity_id', d('held_on').as('held_on'), 'kind', 'participants', 'notes'])
    .where('hub_id', '=', hubId)
    .where(sql<boolean>`extract(year from held_on) = ${year}`)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function insertLogEntry(
  trx: Trx,
  values: {
    hub_id: string;
    activity_id: string | null;
    held_on: string;
    kind: 'mentoring' | 'exchange' | 'promotion' | 'event';
    participants: number;
    notes: string;
    created_by: string | null;
  },
) {
  return (await trx.insertInto('hub_activity_log').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

function mentorQuery(db: DbOrTrx) {
  return db
    .selectFrom('mentors as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('agencies as a', 'a.id', 'm.university_agency_id')
    .leftJoin('hubs as h', 'h.id', 'm.hub_id')
    .select([
      'm.id',
      'm.user_id',
      'u.name as user_name',
      'a.id as university_id',
      'a.name as university_name',
      'h.id as hub_id',
      'h.name as hub_name',
      'm.expertise',
      'm.decree_number',
      d('m.decree_date').as('decree_date'),
      'm.max_active_cases',
      'm.active',
      sql<number>`(select count(*)::int from replication_cases c where c.mentor_id = m.id and c.state in (${sql.join(MENTOR_ACTIVE_STATES.map((s) => sql.lit(s)))}))`.as(
        'active_cases',
      ),
    ]);
}
export type MentorRow = Awaited<ReturnType<ReturnType<typeof mentorQuery>['executeTakeFirstOrThrow']>>;

export function listMentorRows(db: DbOrTrx, hubId?: string) {
  let q = mentorQuery(db);
  if (hubId) q = q.where('m.hub_id', '=', hubId);
  return q.orderBy('u.name').execute();
}

export function findMentorRow(db: DbOrTrx, id: string) {
  return mentorQuery(db).where('m.id', '=', id).executeTakeFirst();
}

export function findMentorByUser(db: DbOrTrx, userId: string) {
  return db.selectFrom('mentors').select(['id', 'hub_id']).where('user_id', '=', userId).executeTakeFirst();
}

/**
 * Locks the mentor's row for the rest of the transaction, so assignments to one mentor queue and
 * the active-case count read after it cannot be raced past the cap.
 */
export async function lockMentor(trx: Trx, id: string) {
  const row = await trx.selectFrom('mentors').select(['id', 'user_id', 'hub_id', 'max_active_cases', 'active']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) return undefined;
  const n = await trx
    .selectFrom('replication_cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('mentor_id', '=', id)
    .where('state', 'in', [...MENTOR_ACTIVE_STATES])
    .executeTakeFirstOrThrow();
  return { ...row, activeCases: Number(n.n) };
}

export async function insertMentor(
  trx: Trx,
  values: { user_id: string; university_agency_id: string; hub_id: string | null; expertise: number[]; decree_number: string; decree_date: string; max_active_cases: number },
) {
  return (await trx.insertInto('mentors').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateMentorRow(trx: Trx, id: string, values: Record<string, unknown>) {
  await trx
    .updateTable('mentors')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Hub figures: cases by state, completed replications of the hub, log totals of the year. */
export async function hubFigures(db: DbOrTrx, hubId: string, year: number) {
  const [byState, log, replications] = await Promise.all([
    db
      .selectFrom('replication_cases')
      .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
      .where('hub_id', '=', hubId)
      .groupBy('state')
      .execute(),
    db
      .selectFrom('hub_activity_log')
      .select([(eb) => eb.fn.countAll<string>().as('n'), sql<string>`coalesce(sum(participants), 0)`.as('p')])
      .where('hub_id', '=', hubId)
      .where(sql<boolean>`extract(year from held_on) = ${year}`)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('replication_cases as c')
      .innerJoin('agencies as a', 'a.id', 'c.adopter_agency_id')
      .select(['c.id', 'c.source_innovation_id as source_id', 'c.source_title as title', 'a.id as adopter_id', 'a.name as adopter_name', 'c.outcome', 'c.closed_at'])
      .where('c.hub_id', '=', hubId)
      .where('c.state', '=', 'completed')
      .orderBy('c.closed_at', 'desc')
      .limit(100)
      .execute(),
  ]);
  return { byState, logEntries: Number(log.n), participants: Number(log.p), replications };
}

/** Per mentor, how their closed cases ended (completed or stopped), for mentor suggestions. */
export async function mentorOutcomeRows(db: DbOrTrx): Promise<{ mentor_id: string; completed: number; stopped: number }[]> {
  const rows = await db
    .selectFrom('replication_cases')
    .select((eb) => [
      'mentor_id',
      eb.fn.countAll<string>().filterWhere('state', '=', 'completed').as('completed'),
      eb.fn.countAll<string>().filterWhere('state', '=', 'stopped').as('stopped'),
    ])
    .where('mentor_id', 'is not', null)
    .groupBy('mentor_id')
    .execute();
  return rows.map((r) => ({ mentor_id: r.mentor_id!, completed: Number(r.completed), stopped: Number(r.stopped) }));
}

/** Per hub, the activity-log entries of a year (the dashboards' hub figures). */
export function logCountsByHub(db: DbOrTrx, year: number) {
  return db
    .selectFrom('hub_activity_log')
    .select(['hub_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where(sql<boolean>`extract(year from held_on) = ${year}`)
    .groupBy('hub_id')
    .execute();
}

/** The agencies that are members of any hub, with their hub (the region profiles' hub membership). */
export function hubMemberAgencies(db: DbOrTrx) {
  return db.selectFrom('hub_members').select(['hub_id', 'agency_id', 'kind']).execute();
}
