import type { DbOrTrx } from '../../db/types.js';
import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import { findAgency } from '../agencies/service.js';
import { todayWib } from '../../../common/replication.js';
import { fieldError, HUB, type NetworkContext, viewerOf } from './context.js';
import {
  activitiesOf,
  coordinatorsOf,
  deleteMember,
  findActivity,
  findHubByProvince,
  findRegion,
  findHubRow,
  findMember,
  type HubRow,
  hubFigures,
  hubMemberAgencies,
  logCountsByHub,
  insertActivity,
  insertHub,
  insertLogEntry,
  insertMember,
  listHubRows,
  lockHub,
  logOf,
  listMentorRows,
  membersOf,
  replaceCoordinators,
  updateHubRow,
  usersByIds,
} from './network-repository.js';
import type { DesignateHubInput, HubSummary, HubView, UpdateHubInput } from './network-schemas.js';
import { canDesignateHubs, canManageHub, mayCoordinateHub } from './policy.js';
import type { z } from 'zod';
import type { activityBody, activityLogBody, memberBody } from './network-schemas.js';

/** JIPP hubs: designation by decree, coordinators, members, the annual work plan and activity log. */

function summary(row: HubRow, coordinators: { hub_id: string; id: string; name: string }[]): HubSummary {
  return {
    id: row.id,
    name: row.name,
    province: { code: row.province_code, name: row.province_name },
    yearDesignated: row.year_designated,
    decreeNumber: row.decree_number,
    decreeDate: row.decree_date,
    decreeDocument: row.decree_document,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    coordinators: coordinators.filter((c) => c.hub_id === row.id).map((c) => ({ id: c.id, name: c.name })),
    mentorCount: row.mentor_count,
    completedReplications: row.completed,
    openCases: row.open_cases,
  };
}

export async function listHubs(ctx: NetworkContext): Promise<HubSummary[]> {
  const rows = await listHubRows(ctx.db);
  const coordinators = await coordinatorsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => summary(r, coordinators));
}

/** The hub page: public (members, plan, log, completed replications, figures); `can` for the caller. */
export async function getHub(ctx: NetworkContext, hubId: string, year?: number): Promise<HubView> {
  const row = await findHubRow(ctx.db, hubId);
  if (!row) throw errors.notFound(HUB);
  const y = year ?? Number(todayWib(ctx.now).slice(0, 4));
  const [coordinators, members, activities, log, mentors, figures] = await Promise.all([
    coordinatorsOf(ctx.db, [hubId]),
    membersOf(ctx.db, hubId),
    activitiesOf(ctx.db, hubId, y),
    logOf(ctx.db, hubId, y),
    listMentorRows(ctx.db, hubId),
    hubFigures(ctx.db, hubId, y),
  ]);
  const viewer = ctx.user ? await viewerOf(ctx) : null;
  return {
    ...summary(row, coordinators),
    year: y,
    members: members.map((m) => ({ id: m.id, agency: { id: m.agency_id, name: m.agency_name }, kind: m.kind })),
    activities: activities.map((a) => ({ id: a.id, year: a.year, kind: a.kind, title: a.title, targetCount: a.target_count, targetUnit: a.target_unit, achieved: a.achieved })),
    log: log.map((l) => ({ id: l.id, activityId: l.activity_id, heldOn: l.held_on ?? '', kind: l.kind, participants: l.participants, notes: l.notes })),
    mentors: mentors
      .filter((m) => m.active)
      .map((m) => ({ id: m.id, name: m.user_name, university: m.university_name, activeCases: m.active_cases, maxActiveCases: m.max_active_cases })),
    replications: figures.replications.map((r) => ({
      caseId: r.id,
      sourceTitle: r.title,
      sourceInnovationId: r.source_id,
      adopter: { id: r.adopter_id, name: r.adopter_name },
      outcome: r.outcome,
      closedAt: r.closed_at ? r.closed_at.toISOString() : null,
    })),
    figures: { byState: Object.fromEntries(figures.byState.map((s) => [s.state, Number(s.n)])), logEntries: figures.logEntries, participants: figures.participants },
    can: { manage: viewer ? canManageHub(viewer, hubId) : false, designate: canDesignateHubs(viewer) },
  };
}

/** A decree (hub designation, mentor appointment) cannot be dated after today (WIB). */
export function checkDecreeDate(field: string, date: string | null | undefined, now: Date): void {
  if (date && date > todayWib(now)) throw fieldError(field, { id: 'tidak boleh di masa depan', en: 'must not be in the future' }, 'DECREE_DATE_IN_FUTURE');
}

function checkPeriod(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start) throw fieldError('periodEnd', { id: 'tidak boleh sebelum awal periode', en: 'must not be before the start of the period' });
}

export async function designateHub(ctx: NetworkContext, input: DesignateHubInput): Promise<HubView> {
  checkDecreeDate('decreeDate', input.decreeDate, ctx.now);
  checkPeriod(input.periodStart, input.periodEnd);
  const province = await findRegion(ctx.db, input.provinceCode);
  if (!province || province.level !== 'province') throw fieldError('provinceCode', { id: 'bukan kode provinsi yang dikenal', en: 'is not a known province code' });
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await findHubByProvince(trx, input.provinceCode)) {
      throw errors.conflict('HUB_EXISTS', { id: `Provinsi ${province.name} sudah menjadi hub JIPP.`, en: `${province.name} is already a JIPP hub.` });
    }
    const newId = await insertHub(trx, {
      province_code: input.provinceCode,
      name: `Hub JIPP ${province.name}`,
      year_designated: input.yearDesignated,
      decree_number: input.decreeNumber,
      decree_date: input.decreeDate,
      decree_document: input.decreeDocument,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      status: input.status,
    });
    await appendAudit(trx, ctx.actor, { action: 'hub.designate', entityType: 'hub', entityId: newId, after: input });
    return newId;
  });
  return getHub(ctx, id);
}

export async function updateHub(ctx: NetworkContext, hubId: string, input: UpdateHubInput): Promise<HubView> {
  checkDecreeDate('decreeDate', input.decreeDate, ctx.now);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockHub(trx, hubId))) throw errors.notFound(HUB);
    const before = (await findHubRow(trx, hubId))!;
    checkPeriod(input.periodStart !== undefined ? input.periodStart : before.period_start, input.periodEnd !== undefined ? input.periodEnd : before.period_end);
    const columns: Record<string, unknown> = {};
    const map = {
      decreeNumber: 'decree_number',
      decreeDate: 'decree_date',
      decreeDocument: 'decree_document',
      periodStart: 'period_start',
      periodEnd: 'period_end',
      status: 'status',
    } as const;
    for (const [k, col] of Object.entries(map)) if (input[k as keyof UpdateHubInput] !== undefined) columns[col] = input[k as keyof UpdateHubInput];
    await updateHubRow(trx, hubId, columns);
    await appendAudit(trx, ctx.actor, {
      action: 'hub.update',
      entityType: 'hub',
      entityId: hubId,
      before: Object.fromEntries(Object.keys(columns).map((c) => [c, before[c as keyof HubRow] ?? null])),
      after: input,
    });
  });
  return getHub(ctx, hubId);
}

export async function setCoordinators(ctx: NetworkContext, hubId: string, userIds: string[]): Promise<HubView> {
  const unique = [...new Set(userIds)];
  const users = await usersByIds(ctx.db, unique);
  unique.forEach((id, i) => {
    const u = users.find((x) => x.id === id);
    if (!u || !mayCoordinateHub(u)) {
      throw fieldError(`userIds[${i}]`, { id: 'bukan akun koordinator hub yang aktif', en: 'is not an active hub coordinator account' });
    }
  });
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockHub(trx, hubId))) throw errors.notFound(HUB);
    const before = (await coordinatorsOf(trx, [hubId])).map((c) => c.id);
    await replaceCoordinators(trx, hubId, unique);
    await appendAudit(trx, ctx.actor, { action: 'hub.coordinators', entityType: 'hub', entityId: hubId, before: { userIds: before }, after: { userIds: unique } });
  });
  return getHub(ctx, hubId);
}

async function assertHubManager(ctx: NetworkContext, hubId: string) {
  const hub = await findHubRow(ctx.db, hubId);
  const viewer = await viewerOf(ctx);
  if (!hub || !canManageHub(viewer, hubId)) throw errors.notFound(HUB);
  return hub;
}

export async function addMember(ctx: NetworkContext, hubId: string, input: z.infer<typeof memberBody>): Promise<HubView> {
  const hub = await assertHubManager(ctx, hubId);
  const agency = await findAgency(ctx.db, input.agencyId);
  if (!agency) throw fieldError('agencyId', { id: 'instansi tidak dikenal', en: 'unknown agency' });
  if (input.kind === 'agency' && agency.provinceCode !== hub.province_code) {
    throw fieldError('agencyId', { id: `bukan instansi di provinsi ${hub.province_name}`, en: `is not an agency of ${hub.province_name}` });
  }
  if (input.kind === 'university' && agency.type !== 'perguruan_tinggi') {
    throw fieldError('agencyId', { id: 'bukan perguruan tinggi', en: 'is not a university' });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await lockHub(trx, hubId);
    if (await findMember(trx, hubId, input.agencyId))
      throw errors.conflict('HUB_MEMBER_EXISTS', { id: `${agency.name} sudah menjadi anggota hub.`, en: `${agency.name} is already a member of the hub.` });
    const id = await insertMember(trx, hubId, input.agencyId, input.kind);
    await appendAudit(trx, ctx.actor, { action: 'hub.member_add', entityType: 'hub', entityId: hubId, after: { memberId: id, ...input } });
  });
  return getHub(ctx, hubId);
}

export async function removeMember(ctx: NetworkContext, hubId: string, memberId: string): Promise<HubView> {
  await assertHubManager(ctx, hubId);
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await deleteMember(trx, hubId, memberId);
    if (!removed) throw errors.notFound({ id: 'Anggota hub', en: 'Hub member' });
    await appendAudit(trx, ctx.actor, { action: 'hub.member_remove', entityType: 'hub', entityId: hubId, before: { memberId, agencyId: removed.agency_id, kind: removed.kind } });
  });
  return getHub(ctx, hubId);
}

export async function addActivity(ctx: NetworkContext, hubId: string, input: z.infer<typeof activityBody>): Promise<HubView> {
  await assertHubManager(ctx, hubId);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await insertActivity(trx, {
      hub_id: hubId,
      year: input.year,
      kind: input.kind,
      title: input.title,
      target_count: input.targetCount,
      target_unit: input.targetUnit,
      created_by: ctx.user?.id ?? null,
    });
    await appendAudit(trx, ctx.actor, { action: 'hub.activity_plan', entityType: 'hub', entityId: hubId, after: { activityId: id, ...input } });
  });
  return getHub(ctx, hubId, input.year);
}

export async function addLogEntry(ctx: NetworkContext, hubId: string, input: z.infer<typeof activityLogBody>): Promise<HubView> {
  await assertHubManager(ctx, hubId);
  if (input.heldOn > todayWib(ctx.now)) throw fieldError('heldOn', { id: 'tidak boleh di masa depan', en: 'must not be in the future' });
  if (input.activityId && !(await findActivity(ctx.db, hubId, input.activityId)))
    throw fieldError('activityId', { id: 'bukan kegiatan rencana kerja hub ini', en: 'is not an activity of this hub’s work plan' });
  await ctx.db.transaction().execute(async (trx) => {
    const id = await insertLogEntry(trx, {
      hub_id: hubId,
      activity_id: input.activityId,
      held_on: input.heldOn,
      kind: input.kind,
      participants: input.participants,
      notes: input.notes,
      created_by: ctx.user?.id ?? null,
    });
    await appendAudit(trx, ctx.actor, { action: 'hub.activity_log', entityType: 'hub', entityId: hubId, after: { logId: id, ...input } });
  });
  return getHub(ctx, hubId, Number(input.heldOn.slice(0, 4)));
}

/** The annual report's data: the hub page of that year, for its coordinators and the ministry (404 otherwise). */
export async function hubReport(ctx: NetworkContext, hubId: string, year?: number): Promise<HubView> {
  await assertHubManager(ctx, hubId);
  return getHub(ctx, hubId, year);
}

/** Read model for the dashboards: every hub with its province, designation year, completed replications, open cases and the year's activity-log entries. */
export async function hubsForDashboard(db: DbOrTrx, year: number) {
  const [rows, logs] = await Promise.all([listHubRows(db), logCountsByHub(db, year)]);
  const log = new Map(logs.map((l) => [l.hub_id, Number(l.n)]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    provinceCode: r.province_code,
    provinceName: r.province_name,
    yearDesignated: r.year_designated,
    status: r.status,
    completedReplications: r.completed,
    openCases: r.open_cases,
    activities: log.get(r.id) ?? 0,
  }));
}

/** Read model for the region profiles: which hub each member agency belongs to. */
export async function hubMembershipOf(db: DbOrTrx, agencyIds: readonly string[]): Promise<{ hubId: string; agencyId: string; kind: string }[]> {
  if (agencyIds.length === 0) return [];
  const ids = new Set(agencyIds);
  return (await hubMemberAgencies(db)).filter((m) => ids.has(m.agency_id)).map((m) => ({ hubId: m.hub_id, agencyId: m.agency_id, kind: m.kind }));
}

/** Read model for other modules (an event's interests notify its hub's coordinators): the hub's coordinator accounts. */
export async function hubCoordinatorIds(db: DbOrTrx, hubId: string): Promise<string[]> {
  return (await coordinatorsOf(db, [hubId])).map((c) => c.id);
}
