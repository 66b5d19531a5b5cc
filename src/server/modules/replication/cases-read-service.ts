import { addMonths, todayWib } from '../../../common/replication.js';
import { errors } from '../../http/errors.js';
import { pageBounds } from '../../http/pagination.js';
import { type NetworkContext, viewerOf } from './context.js';
import {
  type CaseFactsRow,
  type CaseSummaryRow,
  caseDetailRow,
  findCaseFacts,
  findCaseSummary,
  listCaseRows,
  listEvents,
  listIndicators,
  listLogs,
  listMilestones,
  mentorMilestones,
} from './cases-repository.js';
import type { CaseSummary, CaseView, ListCasesQuery } from './cases-schemas.js';
import { listFiles } from './files-repository.js';
import { findMentorRow } from './network-repository.js';
import { assertCaseVisible, type CaseFacts, caseAbilities, caseScope, type NetworkViewer } from './policy.js';

/** Reading cases: one case with everything on it, the M&E list, the export rows and a mentor's home. */

export function factsOf(row: CaseFactsRow): CaseFacts {
  return {
    originAgencyId: row.origin_agency_id,
    adopterAgencyId: row.adopter_agency_id,
    originProvinceCode: row.origin_province_code,
    adopterProvinceCode: row.adopter_province_code,
    hubId: row.hub_id,
    mentorId: row.mentor_id,
    state: row.state,
  };
}

export function toSummary(r: CaseSummaryRow): CaseSummary {
  return {
    id: r.id,
    state: r.state,
    source: { id: r.source_innovation_id, title: r.source_title },
    origin: { id: r.origin_agency_id, name: r.origin_name, provinceCode: r.origin_province_code },
    adopter: { id: r.adopter_agency_id, name: r.adopter_name, provinceCode: r.adopter_province_code },
    hub: r.hub_id ? { id: r.hub_id, name: r.hub_name ?? '' } : null,
    mentor: r.mentor_id ? { id: r.mentor_id, name: r.mentor_name ?? '' } : null,
    categoryId: r.category_id,
    requestedAt: r.requested_at.toISOString(),
    lastLogOn: r.last_log_on,
    nextDueOn: r.next_due_on,
    overdueMilestones: r.overdue,
    silent: r.silent,
    outcome: r.outcome,
  };
}

export async function getCaseFor(ctx: NetworkContext, viewer: NetworkViewer, caseId: string): Promise<CaseView> {
  const facts = await findCaseFacts(ctx.db, caseId);
  assertCaseVisible(viewer, facts && factsOf(facts));
  const today = todayWib(ctx.now);
  const [summary, detail, milestones, logs, indicators, events, files] = await Promise.all([
    findCaseSummary(ctx.db, caseId, today),
    caseDetailRow(ctx.db, caseId),
    listMilestones(ctx.db, caseId),
    listLogs(ctx.db, caseId),
    listIndicators(ctx.db, caseId),
    listEvents(ctx.db, caseId),
    listFiles(ctx.db, caseId),
  ]);
  return {
    ...toSummary(summary!),
    problem: detail.problem,
    context: detail.context,
    leadName: detail.lead_name,
    decisionReason: detail.decision_reason,
    agreement: detail.agreement_number && detail.agreement_date ? { number: detail.agreement_number, date: detail.agreement_date, document: detail.agreement_document } : null,
    stopReason: detail.stop_reason,
    adopterInnovationId: detail.adopter_innovation_id,
    closedAt: detail.closed_at ? detail.closed_at.toISOString() : null,
    milestones: milestones.map((m) => ({
      id: m.id,
      position: m.position,
      kind: m.kind,
      title: m.title,
      dueOn: m.due_on ?? '',
      doneAt: m.done_at ? m.done_at.toISOString() : null,
      overdue: !m.done_at && (m.due_on ?? '') < today,
    })),
    logs: logs.map((l) => ({ id: l.id, heldOn: l.held_on ?? '', mode: l.mode, notes: l.notes, author: l.author_id ? { id: l.author_id, name: l.author_name ?? '' } : null })),
    files: files.map((f) => ({
      id: f.id,
      kind: f.kind,
      logId: f.log_id,
      filename: f.filename,
      contentType: f.content_type,
      sizeBytes: f.size_bytes,
      uploadedAt: f.created_at.toISOString(),
    })),
    indicators: indicators.map((x) => ({ id: x.id, name: x.name, unit: x.unit, baseline: Number(x.baseline), followUp: x.follow_up === null ? null : Number(x.follow_up) })),
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action,
      fromState: e.from_state,
      toState: e.to_state,
      actor: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? '' } : null,
      note: e.note,
    })),
    can: caseAbilities(viewer, factsOf(facts!)),
  };
}

export async function getCase(ctx: NetworkContext, caseId: string): Promise<CaseView> {
  return getCaseFor(ctx, await viewerOf(ctx), caseId);
}

/** The monitoring list: the caller's cases (the ministry: all), filtered, flagged, paged. */
export async function listCases(ctx: NetworkContext, query: ListCasesQuery) {
  const viewer = await viewerOf(ctx);
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listCaseRows(ctx.db, caseScope(viewer), filter, todayWib(ctx.now), pageBounds(page, pageSize));
  return { items: rows.map(toSummary), total, page, pageSize };
}

/** Every case of the list's filter (at most 10,000) for the XLSX export. */
export async function exportCases(ctx: NetworkContext, filter: Omit<ListCasesQuery, 'page' | 'pageSize'>): Promise<CaseSummary[]> {
  const viewer = await viewerOf(ctx);
  const { rows } = await listCaseRows(ctx.db, caseScope(viewer), filter, todayWib(ctx.now), { limit: 10_000, offset: 0 });
  return rows.map(toSummary);
}

/** A mentor's home: their cases, milestones due in the next 30 days or overdue, log entries owed. */
export async function mentorHome(ctx: NetworkContext) {
  const viewer = await viewerOf(ctx);
  if (!viewer.mentorId) return { mentor: null, cases: [], milestones: [], logsOwed: [] };
  const today = todayWib(ctx.now);
  const [mentor, list, due] = await Promise.all([
    findMentorRow(ctx.db, viewer.mentorId),
    listCaseRows(ctx.db, { all: false, agencyId: null, mentorId: viewer.mentorId, provinceCodes: [] }, {}, today, { limit: 200, offset: 0 }),
    mentorMilestones(ctx.db, viewer.mentorId, addMonths(today, 1)),
  ]);
  if (!mentor) throw errors.notFound();
  const cases = list.rows.map(toSummary);
  return {
    mentor: {
      id: mentor.id,
      hub: mentor.hub_id ? { id: mentor.hub_id, name: mentor.hub_name ?? '' } : null,
      maxActiveCases: mentor.max_active_cases,
      activeCases: mentor.active_cases,
    },
    cases,
    milestones: due.map((m) => ({
      caseId: m.case_id,
      sourceTitle: m.source_title,
      adopter: m.adopter_name,
      milestoneId: m.id,
      title: m.title,
      dueOn: m.due_on ?? '',
      overdue: (m.due_on ?? '') < today,
    })),
    logsOwed: cases.filter((c) => c.silent).map((c) => ({ caseId: c.id, sourceTitle: c.source.title, adopter: c.adopter.name, lastLogOn: c.lastLogOn })),
  };
}
