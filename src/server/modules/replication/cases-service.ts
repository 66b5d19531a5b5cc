import type { z } from 'zod';
import { DEFAULT_MILESTONES, addMonths, type CaseState, todayWib } from '../../../common/replication.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { Trx } from '../../db/types.js';
import { AppError, errors } from '../../http/errors.js';
import { findAgency } from '../agencies/service.js';
import { getInnovation } from '../catalog/innovation-service.js';
import { createReplicaDraft, recordReplication } from '../catalog/replications-service.js';
import { answerProposalFromCase, lockProposalAwaitingCase } from '../matchmaking/case-answer.js';
import { notify } from '../notifications/service.js';
import { activeStaffOf } from '../users/contacts.js';
import { fieldError, type NetworkContext, viewerOf } from './context.js';
import { type CaseFactsRow, findCaseFacts, insertCase, insertEvent, lockCase, openCaseFor, replaceMilestones, updateCase } from './cases-repository.js';
import { factsOf, getCaseFor } from './cases-read-service.js';
import type { agreementBody, assignMentorBody, completeBody, MilestoneInput, RequestInput } from './cases-schemas.js';
import { findHubByProvince, lockMentor } from './network-repository.js';
import { assertCaseRight, type CaseRight, caseRights, type NetworkViewer } from './policy.js';
import { type CaseTransition, transitionTarget } from './state-machine.js';

/** A replication case from request to outcome: every transition audited in its transaction. */

function duplicateRequest() {
  return errors.conflict('DUPLICATE_REQUEST', {
    id: 'Instansi Anda sudah memiliki permintaan replikasi yang masih berjalan untuk inovasi ini.',
    en: 'Your agency already has an open replication request for this innovation.',
  });
}

const isOpenPairViolation = (e: unknown) =>
  (e as { code?: string; constraint?: string })?.code === '23505' && String((e as { constraint?: string }).constraint ?? '').includes('replication_cases_open_pair');

/** An adopter agency asks to replicate another agency's published innovation. */
export async function requestReplication(ctx: NetworkContext, input: RequestInput) {
  let id: string;
  try {
    id = await ctx.db.transaction().execute((trx) => requestReplicationIn(trx, ctx, input));
  } catch (e) {
    // Two requests racing past the check: the unique partial index keeps one.
    if (isOpenPairViolation(e)) throw duplicateRequest();
    throw e;
  }
  return getCaseFor(ctx, await viewerOf(ctx), id);
}

/**
 * The request inside the CALLER's transaction (matchmaking's acceptance, an event interest):
 * every read and write goes through `trx`, so the case exists exactly when the caller's own
 * change commits. Returns the new case id. A duplicate open request is refused with
 * DUPLICATE_REQUEST before anything is written; a racing duplicate fails on the unique index
 * (`isOpenRequestRace` tells the caller, who then answers with `duplicateRequest()`).
 */
export async function requestReplicationIn(trx: Trx, outer: NetworkContext, input: RequestInput): Promise<string> {
  const ctx: NetworkContext = { ...outer, db: trx };
  const viewer = await viewerOf(ctx);
  const agencyId = viewer.user.agencyId;
  if (!agencyId) throw errors.forbidden();
  // The catalog's own visibility rules: another agency's draft is a 404 here too.
  const source = await getInnovation({ db: trx, actor: ctx.actor, user: ctx.user }, input.sourceInnovationId);
  if (source.agency.id === agencyId) {
    throw errors.badRequest(
      'OWN_INNOVATION',
      { id: 'Inovasi milik instansi sendiri tidak dapat direplikasi oleh instansi itu.', en: 'An agency cannot replicate its own innovation.' },
      { fields: [{ field: 'sourceInnovationId' }] },
    );
  }
  if (source.workflowState !== 'published') {
    throw errors.badRequest(
      'SOURCE_NOT_PUBLISHED',
      { id: 'Hanya inovasi yang sudah terbit di katalog yang dapat direplikasi.', en: 'Only an innovation published in the catalog can be replicated.' },
      { fields: [{ field: 'sourceInnovationId' }] },
    );
  }
  const adopter = await findAgency(trx, agencyId);
  const origin = await findAgency(trx, source.agency.id);
  const adopterProvince = adopter?.provinceCode ?? null;
  const hub = adopterProvince ? await findHubByProvince(trx, adopterProvince) : undefined;
  if (await openCaseFor(trx, source.id, agencyId)) throw duplicateRequest();
  const newId = await insertCase(trx, {
    source_innovation_id: source.id,
    source_title: source.title,
    origin_agency_id: source.agency.id,
    adopter_agency_id: agencyId,
    origin_province_code: origin?.provinceCode ?? source.region.provinceCode,
    adopter_province_code: adopterProvince,
    category_id: source.category.id,
    hub_id: hub && hub.status !== 'ended' ? hub.id : null,
    problem: input.problem,
    context: input.context,
    lead_name: input.leadName,
    requested_by: viewer.user.id,
  });
  await insertEvent(trx, { caseId: newId, action: 'request', from: null, to: 'requested', actorId: viewer.user.id });
  await appendAudit(trx, ctx.actor, {
    action: 'replication.request',
    entityType: 'replication_case',
    entityId: newId,
    after: { ...input, adopterAgencyId: agencyId, originAgencyId: source.agency.id },
  });
  await notifyRequest(trx, ctx, { caseId: newId, originAgencyId: source.agency.id, innovation: source.title, requester: adopter?.name ?? viewer.user.agencyName ?? '' });
  return newId;
}

/** The origin agency's admins and operators (who accept or decline) are told of the request, in the request's transaction. */
async function notifyRequest(trx: Trx, ctx: NetworkContext, r: { caseId: string; originAgencyId: string; innovation: string; requester: string }) {
  const staff = await activeStaffOf(trx, [r.originAgencyId]);
  if (!staff.length) return;
  await notify(trx, {
    recipients: staff.map((s) => ({ userId: s.id })),
    kind: 'replication.request',
    params: { innovation: r.innovation, requester: r.requester },
    link: `/replikasi/${r.caseId}`,
    publicUrl: ctx.publicUrl,
  });
}

/** For callers of `requestReplicationIn`: the error a racing duplicate request raised, as the usual 409. */
export function asDuplicateRequest(e: unknown): unknown {
  return isOpenPairViolation(e) ? duplicateRequest() : e;
}

interface Step {
  columns?: Record<string, unknown>;
  note?: string | null;
  audit?: Record<string, unknown>;
}

/**
 * One transition: lock the case, check the caller (404 unseen, 403 not theirs), the state
 * machine (409), apply, write the timeline event and the audit entry in the same transaction.
 */
async function transition(
  ctx: NetworkContext,
  caseId: string,
  right: CaseRight,
  name: CaseTransition,
  apply: (trx: Trx, row: CaseFactsRow, viewer: NetworkViewer) => Promise<Step>,
) {
  const viewer = await viewerOf(ctx);
  await ctx.db.transaction().execute((trx) => transitionIn(trx, ctx, viewer, caseId, right, name, apply));
  return getCaseFor(ctx, viewer, caseId);
}

/** `transition` inside a transaction the caller opened (it commits or rolls back with the caller's own change). */
async function transitionIn(
  trx: Trx,
  ctx: NetworkContext,
  viewer: NetworkViewer,
  caseId: string,
  right: CaseRight,
  name: CaseTransition,
  apply: (trx: Trx, row: CaseFactsRow, viewer: NetworkViewer) => Promise<Step>,
): Promise<void> {
  const row = await lockCase(trx, caseId);
  assertCaseRight(viewer, row && factsOf(row), right);
  const from = row!.state;
  const to = transitionTarget(name, from);
  const step = await apply(trx, row!, viewer);
  const closing = to === 'completed' || to === 'stopped' || to === 'declined';
  await updateCase(trx, caseId, { ...step.columns, state: to, ...(closing ? { closed_at: ctx.now } : {}) });
  await insertEvent(trx, { caseId, action: name, from, to, actorId: viewer.user.id, note: step.note ?? null });
  await appendAudit(trx, ctx.actor, {
    action: `replication.${name}`,
    entityType: 'replication_case',
    entityId: caseId,
    before: { state: from },
    after: { state: to, ...step.audit },
  });
}

const acceptStep = (reason?: string) => async (): Promise<Step> => ({ columns: { decision_reason: reason || null }, note: reason || null, audit: { reason: reason || null } });
const declineStep = (reason: string) => async (): Promise<Step> => ({ columns: { decision_reason: reason }, note: reason, audit: { reason } });

export function acceptCase(ctx: NetworkContext, caseId: string, reason?: string) {
  return answerCase(ctx, caseId, { accept: true, reason: reason || null });
}

export function declineCase(ctx: NetworkContext, caseId: string, reason: string) {
  return answerCase(ctx, caseId, { accept: false, reason });
}

/**
 * The origin agency's answer on the replication page. A case opened by a matchmaking proposal
 * has that proposal waiting for this very answer: it moves with the case in the same transaction
 * through matchmaking's `answerProposalFromCase` (as if answered on the proposal), its lock taken
 * before the case's — the order matchmaking's own answer uses — so the two paths never deadlock.
 */
async function answerCase(ctx: NetworkContext, caseId: string, answer: { accept: boolean; reason: string | null }) {
  const viewer = await viewerOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const proposal = await lockProposalAwaitingCase(trx, caseId);
    if (answer.accept) await transitionIn(trx, ctx, viewer, caseId, 'accept', 'accept', acceptStep(answer.reason ?? undefined));
    else await transitionIn(trx, ctx, viewer, caseId, 'decline', 'decline', declineStep(answer.reason ?? ''));
    if (proposal) await answerProposalFromCase(trx, ctx.actor, proposal.id, caseId, { ...answer, by: viewer.user.id, at: ctx.now });
  });
  return getCaseFor(ctx, viewer, caseId);
}

/**
 * The origin agency's answer (accept or decline, same rights and checks as `acceptCase` /
 * `declineCase`) inside the CALLER's transaction — matchmaking's source-side answer — so the
 * case changes exactly when the caller's own change commits.
 */
export async function answerCaseIn(trx: Trx, outer: NetworkContext, caseId: string, answer: { accept: boolean; reason?: string }): Promise<void> {
  const ctx: NetworkContext = { ...outer, db: trx };
  const viewer = await viewerOf(ctx);
  if (answer.accept) await transitionIn(trx, ctx, viewer, caseId, 'accept', 'accept', acceptStep(answer.reason));
  else await transitionIn(trx, ctx, viewer, caseId, 'decline', 'decline', declineStep(answer.reason ?? ''));
}

export async function assignMentor(ctx: NetworkContext, caseId: string, input: z.infer<typeof assignMentorBody>) {
  const peek = await lockFreeState(ctx, caseId);
  const name: CaseTransition = peek === 'accepted' ? 'assign_mentor' : 'reassign_mentor';
  return transition(ctx, caseId, 'assignMentor', name, async (trx, row, viewer) => {
    if (input.override && !caseRights(viewer, factsOf(row)).overrideMentorRules) throw errors.forbidden();
    // The mentor's row is locked: assignments to one mentor queue, so the count below cannot be raced past the cap.
    const mentor = await lockMentor(trx, input.mentorId);
    if (!mentor || !mentor.active) throw fieldError('mentorId', { id: 'pendamping tidak dikenal atau tidak aktif', en: 'unknown or inactive mentor' });
    if (mentor.id === row.mentor_id)
      throw errors.conflict('MENTOR_ALREADY_ASSIGNED', { id: 'Pendamping ini sudah ditugaskan pada kasus ini.', en: 'This mentor is already assigned to this case.' });
    if (!input.override && mentor.hub_id !== row.hub_id) {
      throw errors.badRequest('MENTOR_OUTSIDE_HUB', {
        id: 'Pendamping ini bukan dari hub kasus ini; hanya Kementerian yang dapat menugaskannya (override).',
        en: "This mentor does not belong to the case's hub; only the ministry can assign them (override).",
      });
    }
    if (!input.override && mentor.activeCases >= mentor.max_active_cases) {
      throw errors.conflict(
        'MENTOR_OVER_CAP',
        {
          id: `Pendamping ini sudah mendampingi ${mentor.activeCases} kasus aktif (batas ${mentor.max_active_cases}).`,
          en: `This mentor already has ${mentor.activeCases} active cases (cap ${mentor.max_active_cases}).`,
        },
        { activeCases: mentor.activeCases, cap: mentor.max_active_cases },
      );
    }
    return { columns: { mentor_id: mentor.id }, audit: { mentorId: mentor.id, previousMentorId: row.mentor_id, override: input.override } };
  });
}

/** The case's state without a lock, to pick between assigning and reassigning (the transition re-checks under the lock). */
async function lockFreeState(ctx: NetworkContext, caseId: string): Promise<CaseState | undefined> {
  return (await findCaseFacts(ctx.db, caseId))?.state;
}

export function recordAgreement(ctx: NetworkContext, caseId: string, input: z.infer<typeof agreementBody>) {
  if (input.date > todayWib(ctx.now)) throw fieldError('date', { id: 'tidak boleh di masa depan', en: 'must not be in the future' }, 'AGREEMENT_DATE_IN_FUTURE');
  return transition(ctx, caseId, 'agree', 'agree', async () => ({
    columns: { agreement_number: input.number, agreement_date: input.date, agreement_document: input.document },
    note: input.number,
    audit: { agreement: input },
  }));
}

/** Milestones must run in date order and none may fall before the agreement. */
export function checkMilestones(milestones: readonly MilestoneInput[], agreementDate: string | null): void {
  milestones.forEach((m, i) => {
    if (agreementDate && m.dueOn < agreementDate) {
      throw fieldError(
        `milestones[${i}].dueOn`,
        { id: `tidak boleh sebelum tanggal perjanjian (${agreementDate})`, en: `must not be before the agreement date (${agreementDate})` },
        'MILESTONE_DATES_INVALID',
      );
    }
    const previous = milestones[i - 1];
    if (previous && m.dueOn < previous.dueOn) {
      throw fieldError(`milestones[${i}].dueOn`, { id: 'harus sama atau sesudah tonggak sebelumnya', en: 'must be on or after the previous milestone' }, 'MILESTONE_DATES_INVALID');
    }
  });
}

/** The default transfer plan: plan and adaptation by +3 months, trial, implementation, evaluation at +12. */
export function defaultMilestones(agreementDate: string): MilestoneInput[] {
  return DEFAULT_MILESTONES.map((m) => ({ kind: m.kind, title: m.title, dueOn: addMonths(agreementDate, m.months) }));
}

export function startTransfer(ctx: NetworkContext, caseId: string, milestones?: MilestoneInput[]) {
  return transition(ctx, caseId, 'start', 'start', async (trx, row) => {
    const plan = milestones ?? defaultMilestones(row.agreement_date ?? todayWib(ctx.now));
    checkMilestones(plan, row.agreement_date);
    await replaceMilestones(trx, caseId, plan);
    return { audit: { milestones: plan } };
  });
}

export async function completeCase(ctx: NetworkContext, caseId: string, input: z.infer<typeof completeBody>) {
  // Reads through other modules happen before the transaction (PGlite has one connection).
  const linked = input.adopterInnovationId ? await getInnovation({ db: ctx.db, actor: ctx.actor, user: ctx.user }, input.adopterInnovationId).catch(() => null) : null;
  return transition(ctx, caseId, 'complete', 'complete', async (trx, row, viewer) => {
    const adopter = await findAgency(trx, row.adopter_agency_id);
    let replicaId: string;
    if (input.adopterInnovationId) {
      if (!linked || linked.agency.id !== row.adopter_agency_id || linked.id === row.source_innovation_id) {
        throw fieldError(
          'adopterInnovationId',
          { id: 'bukan inovasi instansi pengadopsi di katalog', en: 'is not an innovation of the adopter agency in the catalog' },
          'ADOPTER_INNOVATION_INVALID',
        );
      }
      replicaId = linked.id;
    } else {
      replicaId = await createReplicaDraft(trx, ctx.actor, {
        sourceInnovationId: row.source_innovation_id,
        adopterAgencyId: row.adopter_agency_id,
        userId: viewer.user.agencyId === row.adopter_agency_id ? viewer.user.id : null,
        regionCode: adopter?.regionCode ?? null,
        startDate: row.agreement_date ?? todayWib(ctx.now),
      });
    }
    const recorded = await recordReplication(trx, ctx.actor, {
      sourceInnovationId: row.source_innovation_id,
      adopterAgencyId: row.adopter_agency_id,
      replicaInnovationId: replicaId,
      regionCode: adopter?.regionCode ?? null,
      startedOn: row.agreement_date,
    });
    return {
      columns: { outcome: input.outcome, adopter_innovation_id: replicaId },
      note: input.outcome,
      audit: { outcome: input.outcome, adopterInnovationId: replicaId, replicationId: recorded.id, created: !input.adopterInnovationId },
    };
  });
}

export function stopCase(ctx: NetworkContext, caseId: string, reason: string | undefined) {
  if (!reason || reason.trim().length < 5) {
    throw new AppError(
      400,
      'STOP_REASON_REQUIRED',
      { id: 'Alasan penghentian wajib diisi (paling sedikit 5 karakter).', en: 'A reason for stopping is required (at least 5 characters).' },
      { fields: [{ field: 'reason' }] },
    );
  }
  return transition(ctx, caseId, 'stop', 'stop', async () => ({ columns: { stop_reason: reason.trim() }, note: reason.trim(), audit: { reason: reason.trim() } }));
}
