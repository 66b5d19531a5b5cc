import type { AdminCheckStatus } from '../../../../common/competitions.js';
import { appendAudit } from '../../../audit/audit-log.js';
import { AppError, errors } from '../../../http/errors.js';
import { pageBounds } from '../../../http/pagination.js';
import { loadCompetitionConfig } from '../../competitions/service.js';
import type { ProposalsContext } from '../context.js';
import { canDecide } from '../state-machine.js';
import { computeFlags, flagCount, type OwnFlags } from './flags.js';
import { refreshOwnSignals } from './own-signals.js';
import { type CheckFilter, type CheckSort, checksForDecision, listCheckRows, matchingIds, setCheckDecision } from './repository.js';
import type { BulkChanges, BulkResult, CheckItemView } from './schemas.js';

const CHECK = { id: 'Pemeriksaan administrasi', en: 'Administrative check' };
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

async function configOf(ctx: ProposalsContext, competitionId: string) {
  const record = await loadCompetitionConfig(ctx.db, competitionId);
  if (!record) throw errors.notFound({ id: 'Kompetisi', en: 'Competition' });
  return record;
}

/**
 * One page of submitted proposals with their check status and the machine's flags. The own
 * flags come stored (brought up to date first, so the filter and sort see every proposal);
 * the cross-proposal ones are computed for this page.
 */
export async function listChecks(
  ctx: ProposalsContext,
  filter: CheckFilter,
  page: { page: number; pageSize: number; sort?: CheckSort | undefined },
): Promise<{ items: CheckItemView[]; total: number }> {
  const record = await configOf(ctx, filter.competitionId);
  await refreshOwnSignals(ctx.db, record, ctx.now);
  const { rows, total } = await listCheckRows(ctx.db, filter, pageBounds(page.page, page.pageSize), page.sort);
  const flags = await computeFlags(
    ctx.db,
    ctx.user,
    rows.map((r) => ({ id: r.id, title: r.title, innovationId: r.innovation_id, own: r.own_flags as OwnFlags })),
    record.questions,
  );
  return {
    total,
    items: rows.map((r) => {
      const f = flags.get(r.id)!;
      return {
        proposalId: r.id,
        number: r.number,
        title: r.title,
        participantType: r.participant_type,
        agency: r.agency_name,
        owner: r.owner_name,
        province: r.province_name,
        group: { code: r.group_code, name: r.group_name },
        category: { code: r.category_code, name: r.category_name },
        submittedAt: iso(r.submitted_at)!,
        lateSeconds: r.late_seconds,
        status: r.check_status,
        reason: r.check_reason,
        decidedAt: iso(r.decided_at),
        checklist: (r.checklist ?? {}) as Record<string, boolean>,
        flags: f,
        flagCount: flagCount(f),
        ownFlagCount: r.own_flag_count ?? 0,
      };
    }),
  };
}

interface Decision {
  decision: 'passed' | 'failed';
  reason?: string | undefined;
  checklist?: Record<string, boolean | undefined> | undefined;
}

function defaultReason(decision: 'passed' | 'failed', reason: string | undefined): string | null {
  if (decision === 'failed' && !reason) {
    throw errors.validation(
      { id: 'Alasan wajib diisi bila proposal tidak lolos; peserta akan membacanya.', en: 'A reason is required when a proposal fails; the participant will read it.' },
      { fields: [{ field: 'reason' }] },
    );
  }
  return reason ?? null;
}

/** Decides (or corrects) the outcome of one proposal's check; the row lock keeps two checkers from racing. */
export async function decide(ctx: ProposalsContext, proposalId: string, input: Decision): Promise<{ status: AdminCheckStatus; reason: string | null; decidedAt: string }> {
  const reason = defaultReason(input.decision, input.reason);
  return ctx.db.transaction().execute(async (trx) => {
    const [check] = await checksForDecision(trx, [proposalId], { lock: true });
    if (!check || check.proposal_status !== 'submitted') throw errors.notFound(CHECK);
    if (!canDecide(check.status, input.decision)) {
      throw errors.conflict('INVALID_TRANSITION', {
        id: `Hasil pemeriksaan sudah '${check.status}'.`,
        en: `The check is already '${check.status}'.`,
      });
    }
    await setCheckDecision(trx, [proposalId], { status: input.decision, reason, checklist: input.checklist, decidedBy: ctx.user.id, decidedAt: ctx.now });
    await appendAudit(trx, ctx.actor, {
      action: `proposal.admin_check.${input.decision === 'passed' ? 'pass' : 'fail'}`,
      entityType: 'proposal',
      entityId: proposalId,
      before: { status: check.status, reason: check.reason },
      after: { status: input.decision, reason, checklist: input.checklist ?? {} },
    });
    return { status: input.decision, reason, decidedAt: ctx.now.toISOString() };
  });
}

const BULK_MAX = 5000;

type BulkInput = Decision & { proposalIds?: string[] | undefined; filter?: CheckFilter | undefined; overturnDecided?: boolean | undefined; dryRun?: boolean | undefined };

/**
 * Sorts the locked rows into what the decision changes and what it leaves: proposals no longer
 * submitted, those already in the target state, and decided ones (the opposite outcome) unless
 * overturning them was asked for explicitly.
 */
export function planBulk(
  ids: readonly string[],
  found: ReadonlyMap<string, { status: AdminCheckStatus; proposal_status: string }>,
  decision: 'passed' | 'failed',
  overturnDecided: boolean,
): { change: string[]; changes: BulkChanges; skipped: { proposalId: string; reason: string }[]; skippedDecided: number } {
  const changes: BulkChanges = { pendingToPassed: 0, pendingToFailed: 0, passedToFailed: 0, failedToPassed: 0 };
  const change: string[] = [];
  const skipped: { proposalId: string; reason: string }[] = [];
  let skippedDecided = 0;
  for (const id of ids) {
    const row = found.get(id);
    if (!row || row.proposal_status !== 'submitted') skipped.push({ proposalId: id, reason: 'not_submitted' });
    else if (!canDecide(row.status, decision)) skipped.push({ proposalId: id, reason: `already_${row.status}` });
    else if (row.status !== 'pending' && !overturnDecided) {
      skipped.push({ proposalId: id, reason: `decided_${row.status}` });
      skippedDecided++;
    } else {
      change.push(id);
      if (row.status === 'pending') changes[decision === 'passed' ? 'pendingToPassed' : 'pendingToFailed']++;
      else changes[row.status === 'passed' ? 'passedToFailed' : 'failedToPassed']++;
    }
  }
  return { change, changes, skipped, skippedDecided };
}

/**
 * One decision for many proposals (explicit ids or everything matching the list's filters), in
 * one transaction with an audit entry per proposal. Proposals already in the target state are
 * skipped; decided ones (passed when failing, failed when passing) are only overturned with
 * `overturnDecided`, otherwise skipped and counted, so "pass everything matching" never silently
 * reverses a fail. `dryRun` answers the same counts and writes nothing (the web shows them before
 * the secretariat confirms).
 */
export async function decideBulk(ctx: ProposalsContext, input: BulkInput): Promise<BulkResult> {
  const dryRun = input.dryRun ?? false;
  const reason = dryRun ? (input.reason ?? null) : defaultReason(input.decision, input.reason);
  // A filter on flags reads the stored counts, so they are brought up to date first.
  if (input.filter?.flagged !== undefined) await refreshOwnSignals(ctx.db, await configOf(ctx, input.filter.competitionId), ctx.now);
  const ids = input.proposalIds ?? (await matchingIds(ctx.db, input.filter!, BULK_MAX + 1));
  if (ids.length > BULK_MAX) {
    throw new AppError(422, 'BULK_TOO_LARGE', {
      id: `Lebih dari ${BULK_MAX} proposal cocok dengan saringan; persempit saringan.`,
      en: `More than ${BULK_MAX} proposals match the filter; narrow it down.`,
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await checksForDecision(trx, ids, { lock: !dryRun });
    const found = new Map(rows.map((r) => [r.proposal_id, r]));
    const plan = planBulk(ids, found, input.decision, input.overturnDecided ?? false);
    const result = { dryRun, updated: plan.change.length, changes: plan.changes, skippedDecided: plan.skippedDecided, skipped: plan.skipped };
    if (dryRun || plan.change.length === 0) return result;
    await setCheckDecision(trx, plan.change, { status: input.decision, reason, checklist: input.checklist, decidedBy: ctx.user.id, decidedAt: ctx.now });
    for (const id of plan.change) {
      const row = found.get(id)!;
      await appendAudit(trx, ctx.actor, {
        action: `proposal.admin_check.${input.decision === 'passed' ? 'pass' : 'fail'}`,
        entityType: 'proposal',
        entityId: id,
        before: { status: row.status, reason: row.reason },
        after: { status: input.decision, reason, bulk: true, ...(row.status !== 'pending' ? { overturned: true } : {}) },
      });
    }
    return result;
  });
}
