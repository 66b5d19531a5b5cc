import { appendAudit } from '../../audit/audit-log.js';
import type { ProposalRow } from '../../db/schema/proposals.js';
import type { Trx } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import { type CompetitionRecord, windowOf } from '../competitions/service.js';
import { notify } from '../notifications/service.js';
import { ownContentFlags } from './admin-check/flags.js';
import { removeOwnSignals, rulesKey, storeOwnSignals } from './admin-check/own-signals.js';
import { secondsLate } from '../competitions/phase.js';
import { assertComplete } from './completeness.js';
import { applicantOf, competitionFor, deadlinePassed, innovationFacts, PROPOSAL, type ProposalsContext, phaseOf, replicationFacts } from './context.js';
import { capReached, eligibilityProblem } from './eligibility.js';
import { canAct, canRead } from './policy.js';
import { receiptOf, receiptParams } from './receipt.js';
import { countApplicantProposals, findProposalRow, lockApplicantGroup } from './repository.js';
import { answerValues, attachmentDigests, insertReturn, openAdminCheck, updateProposalRow } from './writes-repository.js';
import type { ProposalView, ReceiptView } from './schemas.js';
import { facts, proposalView } from './service.js';
import { type ProposalAction, transitionTarget } from './state-machine.js';
import { buildSubmittedContent, contentHash } from './submitted-content.js';

/** The row under lock, after the policy and the transition table agree the action is allowed. */
async function lockForAction(ctx: ProposalsContext, trx: Trx, id: string, action: ProposalAction): Promise<{ row: ProposalRow; to: ProposalRow['status'] }> {
  return checkAction(ctx, await findProposalRow(trx, id, { forUpdate: true }), action);
}

function checkAction(ctx: ProposalsContext, row: ProposalRow | undefined, action: ProposalAction): { row: ProposalRow; to: ProposalRow['status'] } {
  if (!row || !canRead(ctx.user, facts(row))) throw errors.notFound(PROPOSAL);
  if (!canAct(ctx.user, facts(row), action)) throw errors.forbidden();
  const to = transitionTarget(action, row.status);
  if (!to) {
    throw errors.conflict(
      'INVALID_TRANSITION',
      {
        id: `Tindakan '${action}' tidak dapat dilakukan pada proposal berstatus '${row.status}'.`,
        en: `Action '${action}' is not possible on a proposal in status '${row.status}'.`,
      },
      { status: row.status },
    );
  }
  return { row, to };
}

function assertDuringRegistration(record: CompetitionRecord, now: Date): void {
  const phase = phaseOf(record, now);
  if (phase === 'closed') throw deadlinePassed();
}

async function loadContent(trx: Trx, id: string) {
  const [answers, attachments] = await Promise.all([answerValues(trx, id), attachmentDigests(trx, id)]);
  return { answers, attachments };
}

/** Drafters mark the proposal complete for the coordinator's review. */
export async function markReady(ctx: ProposalsContext, id: string): Promise<ProposalView> {
  const current = await findProposalRow(ctx.db, id);
  if (!current || !canRead(ctx.user, facts(current))) throw errors.notFound(PROPOSAL);
  const record = await competitionFor(ctx, current.competition_id);
  await ctx.db.transaction().execute(async (trx) => {
    const { row, to } = await lockForAction(ctx, trx, id, 'mark_ready');
    assertDuringRegistration(record, ctx.now);
    const { answers, attachments } = await loadContent(trx, id);
    assertComplete(record.questions, answers, attachments, record.row.sdg_required, row.sdgs);
    await updateProposalRow(trx, id, { status: to, updated_at: ctx.now, version: row.version + 1 });
    await appendAudit(trx, ctx.actor, { action: 'proposal.mark_ready', entityType: 'proposal', entityId: id, before: { status: row.status }, after: { status: to } });
  });
  return proposalView(ctx, (await findProposalRow(ctx.db, id))!, record);
}

/** Takes a ready proposal back into drafting. */
export async function reopen(ctx: ProposalsContext, id: string): Promise<ProposalView> {
  const current = await findProposalRow(ctx.db, id);
  if (!current || !canRead(ctx.user, facts(current))) throw errors.notFound(PROPOSAL);
  const record = await competitionFor(ctx, current.competition_id);
  await ctx.db.transaction().execute(async (trx) => {
    const { row, to } = await lockForAction(ctx, trx, id, 'reopen');
    assertDuringRegistration(record, ctx.now);
    await updateProposalRow(trx, id, { status: to, updated_at: ctx.now, version: row.version + 1 });
    await appendAudit(trx, ctx.actor, { action: 'proposal.reopen', entityType: 'proposal', entityId: id, before: { status: row.status }, after: { status: to } });
  });
  return proposalView(ctx, (await findProposalRow(ctx.db, id))!, record);
}

/** The coordinator sends a ready proposal back to its drafters with comments (and tells them by e-mail). */
export async function returnProposal(ctx: ProposalsContext, id: string, comment: string): Promise<ProposalView> {
  const current = await findProposalRow(ctx.db, id);
  if (!current || !canRead(ctx.user, facts(current))) throw errors.notFound(PROPOSAL);
  const record = await competitionFor(ctx, current.competition_id);
  await ctx.db.transaction().execute(async (trx) => {
    const { row, to } = await lockForAction(ctx, trx, id, 'return');
    assertDuringRegistration(record, ctx.now);
    await insertReturn(trx, { proposalId: id, comment, returnedBy: ctx.user.id, returnedAt: ctx.now });
    await updateProposalRow(trx, id, { status: to, updated_at: ctx.now, version: row.version + 1 });
    if (row.owner_id !== ctx.user.id) {
      await notify(trx, {
        recipients: [{ userId: row.owner_id }],
        kind: 'proposal.returned',
        params: { number: row.number, title: row.title, returnedBy: ctx.user.name, comment, proposalUrl: `${ctx.publicUrl}/proposal/${row.id}` },
        link: `/proposal/${row.id}`,
        publicUrl: ctx.publicUrl,
      });
    }
    await appendAudit(trx, ctx.actor, { action: 'proposal.return', entityType: 'proposal', entityId: id, before: { status: row.status }, after: { status: to, comment } });
  });
  return proposalView(ctx, (await findProposalRow(ctx.db, id))!, record);
}

/**
 * Submission: the deadline is judged on the request's arrival (`ctx.now`); within the grace
 * period it is accepted and the lateness recorded. Idempotent: a repeat (double click, retry
 * after a lost answer) finds the row already submitted under its lock and gets the same
 * receipt back, with nothing written. One short transaction: a row lock on this proposal, an
 * advisory lock on this applicant's group cap, and the audit append last so the global audit
 * lock is held as briefly as possible.
 */
export async function submitProposal(ctx: ProposalsContext, id: string, submissionKey: string | null): Promise<ReceiptView> {
  const current = await findProposalRow(ctx.db, id);
  if (!current || !canRead(ctx.user, facts(current))) throw errors.notFound(PROPOSAL);
  if (current.status === 'submitted') return receiptOf(ctx.db, current, true);
  // Everything read through other modules' services happens before the transaction: PGlite has
  // one connection, and a short transaction holds its locks for less time.
  const [record, applicant, innovation] = await Promise.all([
    competitionFor(ctx, current.competition_id),
    applicantOf(ctx),
    current.innovation_id ? innovationFacts(ctx, current.innovation_id) : Promise.resolve(null),
  ]);
  const currentGroup = record.groups.find((g) => g.id === current.group_id);
  const replication = currentGroup ? await replicationFacts(ctx, currentGroup, innovation) : null;

  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const locked = await findProposalRow(trx, id, { forUpdate: true });
    // A double click waits here for the first request's commit, then answers with its receipt.
    if (locked?.status === 'submitted') return { replay: locked };
    const { row, to } = checkAction(ctx, locked, 'submit');

    const window = windowOf(record);
    const phase = phaseOf(record, ctx.now);
    if (phase === 'upcoming' || phase === 'unscheduled')
      throw errors.conflict('REGISTRATION_NOT_OPEN', { id: 'Pendaftaran belum dibuka.', en: 'Registration has not opened yet.' });
    if (phase === 'closed' || record.row.status !== 'published') throw deadlinePassed();
    const late = phase === 'grace' ? secondsLate(window.deadline!, ctx.now) : null;

    const group = record.groups.find((g) => g.id === row.group_id)!;
    // The applicant is the proposal's, checked again with today's facts (a rule may have tightened).
    const problem = eligibilityProblem({
      competitionName: record.row.name,
      participantTypes: record.row.participant_types,
      group,
      applicant,
      innovation,
      replication,
      now: ctx.now,
    });
    if (problem) throw problem;
    if (group.maxProposalsPerAgency !== null) {
      const key = row.agency_id ? { agencyId: row.agency_id } : { ownerId: row.owner_id };
      await lockApplicantGroup(trx, row.competition_id, group.id, row.agency_id ?? row.owner_id);
      const submitted = await countApplicantProposals(trx, { competitionId: row.competition_id, groupId: group.id, applicant: key, statuses: ['submitted'], excludeId: row.id });
      if (submitted >= group.maxProposalsPerAgency) throw capReached(group, submitted, applicant.kind);
    }

    const { answers, attachments } = await loadContent(trx, id);
    assertComplete(record.questions, answers, attachments, record.row.sdg_required, row.sdgs);
    const category = record.categories.find((c) => c.id === row.category_id)!;
    const content = buildSubmittedContent({
      number: row.number,
      competition: { id: record.row.id, name: record.row.name, year: record.row.year },
      group: group.code,
      category: category.code,
      title: row.title,
      innovationId: row.innovation_id,
      innovationStartDate: innovation?.startDate ?? null,
      sdgs: row.sdgs,
      submittedAt: ctx.now,
      questions: record.questions,
      answers,
      attachments,
    });
    const hash = contentHash(content);
    await updateProposalRow(trx, id, {
      status: to,
      submitted_at: ctx.now,
      submitted_by: ctx.user.id,
      submission_key: submissionKey,
      late_seconds: late,
      content_hash: hash,
      submitted_content: JSON.stringify(content),
      version: row.version + 1,
      updated_at: ctx.now,
    });
    await openAdminCheck(trx, id, row.competition_id);
    // The frozen content's own check flags, stored once so the secretariat's list can filter and sort on them.
    const ownFlags = ownContentFlags(
      { id, title: row.title, innovationId: row.innovation_id, submittedAt: ctx.now, minAgeMonths: group.minInnovationAgeMonths, content },
      record.questions,
    );
    await storeOwnSignals(trx, [{ proposalId: id, flags: ownFlags, rulesKey: rulesKey(record.questions, group.minInnovationAgeMonths) }], ctx.now);
    const submitted = { ...row, status: to, submitted_at: ctx.now, submitted_by: ctx.user.id, late_seconds: late, content_hash: hash };
    await notify(trx, {
      recipients: [{ userId: ctx.user.id }, { userId: row.owner_id }],
      kind: 'proposal.receipt',
      params: receiptParams(submitted, record.row.name, ctx.user.name, ctx.publicUrl),
      link: `/proposal/${id}`,
      publicUrl: ctx.publicUrl,
    });
    await appendAudit(trx, ctx.actor, {
      action: 'proposal.submit',
      entityType: 'proposal',
      entityId: id,
      before: { status: row.status },
      after: { status: to, contentHash: hash, lateSeconds: late, submissionKey },
    });
    return { submitted };
  });
  if ('replay' in outcome) return receiptOf(ctx.db, outcome.replay!, true);
  const s = outcome.submitted;
  return {
    proposalId: s.id,
    number: s.number,
    title: s.title,
    competition: record.row.name,
    submittedAt: ctx.now.toISOString(),
    submittedBy: ctx.user.name,
    lateSeconds: s.late_seconds,
    contentHash: s.content_hash,
    hashAlgorithm: 'sha256',
    replayed: false,
  };
}

/** Withdrawal is possible until the deadline itself (not during the grace period), with a reason. */
export async function withdrawProposal(ctx: ProposalsContext, id: string, reason: string): Promise<ProposalView> {
  const current = await findProposalRow(ctx.db, id);
  if (!current || !canRead(ctx.user, facts(current))) throw errors.notFound(PROPOSAL);
  const record = await competitionFor(ctx, current.competition_id);
  await ctx.db.transaction().execute(async (trx) => {
    const { row, to } = await lockForAction(ctx, trx, id, 'withdraw');
    if (phaseOf(record, ctx.now) !== 'open') {
      throw errors.conflict('WITHDRAWAL_CLOSED', {
        id: 'Penarikan proposal hanya dapat dilakukan sebelum batas waktu pengiriman.',
        en: 'A proposal can only be withdrawn before the submission deadline.',
      });
    }
    await updateProposalRow(trx, id, { status: to, withdrawn_at: ctx.now, withdrawn_by: ctx.user.id, withdraw_reason: reason, version: row.version + 1, updated_at: ctx.now });
    await removeOwnSignals(trx, id);
    await appendAudit(trx, ctx.actor, { action: 'proposal.withdraw', entityType: 'proposal', entityId: id, before: { status: row.status }, after: { status: to, reason } });
  });
  return proposalView(ctx, (await findProposalRow(ctx.db, id))!, record);
}

export async function getReceipt(ctx: ProposalsContext, id: string): Promise<ReceiptView> {
  const row = await findProposalRow(ctx.db, id);
  if (!row || !canRead(ctx.user, facts(row))) throw errors.notFound(PROPOSAL);
  if (!row.content_hash || !row.submitted_at) {
    throw errors.notFound({ id: 'Tanda terima (proposal belum dikirim)', en: 'Receipt (the proposal has not been submitted)' });
  }
  return receiptOf(ctx.db, row, false);
}
