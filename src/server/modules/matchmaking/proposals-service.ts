import type { z } from 'zod';
import type { answerMatchBody, MatchProposalView, matchProposalsQuery, ProposeMatchInput } from '../../../common/matchmaking.js';
import { appendAudit } from '../../audit/audit-log.js';
import { AppError, errors } from '../../http/errors.js';
import { pageBounds } from '../../http/pagination.js';
import type { RequestContext } from '../../http/request-context.js';
import { findAgency } from '../agencies/service.js';
import { getInnovation } from '../catalog/innovation-service.js';
import { answerCaseIn, asDuplicateRequest, requestReplicationIn } from '../replication/cases-service.js';
import { fieldError } from '../replication/context.js';
import { listMentors } from '../replication/mentors-service.js';
import { sourceAnswerColumns } from './case-answer.js';
import { matchViewer } from './context.js';
import { type MatchViewer, mayPropose, maySeeProposal, mayWithdraw, proposalListScope, sideOf } from './policy.js';
import { findProposal, insertProposal, listProposalRows, lockProposal, openProposalFor, type ProposalRow, updateProposal, waitingFor } from './proposals-repository.js';
import { checkProblem } from './suggestions-service.js';

/**
 * Matchmaking proposals (issue #15). The written rule: the ADOPTER answers first — its
 * acceptance opens a replication case through the replication module's `requestReplicationIn`
 * (in the proposal's own transaction)
 * (as the adopter's own request, the problem statement and message filled in); the SOURCE
 * agency then answers — its acceptance accepts that case, its decline declines it
 * (`answerCaseIn`, again in the proposal's own transaction). Either side's decline closes the proposal. The proposer (or the ministry) may withdraw
 * a proposal nobody has answered. Every change is audited in its transaction.
 */

const PROPOSAL = { id: 'Usulan perjodohan', en: 'Match proposal' };
const duplicate = () =>
  errors.conflict('DUPLICATE_MATCH_PROPOSAL', {
    id: 'Sudah ada usulan perjodohan terbuka untuk instansi dan inovasi ini.',
    en: 'An open match proposal already exists for this agency and innovation.',
  });
const stateConflict = (state: string) =>
  new AppError(
    409,
    'PROPOSAL_STATE_CONFLICT',
    { id: `Usulan ini tidak dapat dijawab pada status '${state}'.`, en: `This proposal cannot be answered in state '${state}'.` },
    { state },
  );

function toView(viewer: MatchViewer, r: ProposalRow): MatchProposalView {
  const side = sideOf(viewer, {
    adopterAgencyId: r.adopter_agency_id,
    sourceAgencyId: r.source_agency_id,
    adopterProvinceCode: r.adopter_province_code,
    sourceProvinceCode: r.source_province_code,
    proposedBy: r.proposed_by,
  });
  return {
    id: r.id,
    state: r.state,
    adopter: { id: r.adopter_agency_id, name: r.adopter_name },
    source: { innovationId: r.source_innovation_id, title: r.source_title, agency: { id: r.source_agency_id, name: r.source_agency_name } },
    mentor: r.mentor_id ? { id: r.mentor_id, name: r.mentor_name ?? '' } : null,
    problem: r.problem,
    message: r.message,
    proposedBy: r.proposed_by ? { id: r.proposed_by, name: r.proposed_by_name ?? '' } : null,
    proposedAt: new Date(r.proposed_at).toISOString(),
    adopterAnsweredAt: r.adopter_answered_at ? new Date(r.adopter_answered_at).toISOString() : null,
    sourceAnsweredAt: r.source_answered_at ? new Date(r.source_answered_at).toISOString() : null,
    declinedBySide: r.declined_by_side,
    declineReason: r.decline_reason,
    caseId: r.case_id,
    closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
    can: {
      answerAsAdopter: side === 'adopter' && r.state === 'open',
      answerAsSource: side === 'source' && r.state === 'adopter_accepted',
      withdraw: r.state === 'open' && mayWithdraw(viewer, r.proposed_by),
    },
  };
}

const partiesOf = (r: ProposalRow) => ({
  adopterAgencyId: r.adopter_agency_id,
  sourceAgencyId: r.source_agency_id,
  adopterProvinceCode: r.adopter_province_code,
  sourceProvinceCode: r.source_province_code,
  proposedBy: r.proposed_by,
});

async function visibleProposal(ctx: RequestContext, viewer: MatchViewer, id: string): Promise<ProposalRow> {
  const row = await findProposal(ctx.db, id);
  if (!row || !maySeeProposal(viewer, partiesOf(row))) throw errors.notFound(PROPOSAL);
  return row;
}

export async function proposeMatch(ctx: RequestContext, input: ProposeMatchInput): Promise<MatchProposalView> {
  const viewer = await matchViewer(ctx);
  const adopter = await findAgency(ctx.db, input.adopterAgencyId);
  if (!adopter) throw fieldError('adopterAgencyId', { id: 'instansi tidak dikenal', en: 'unknown agency' });
  // A coordinator proposes for its hubs' agencies only; any other is not theirs to see.
  if (!mayPropose(viewer, adopter)) throw errors.notFound({ id: 'Instansi', en: 'Agency' });
  checkProblem(input.problem);
  const source = await getInnovation({ db: ctx.db, actor: ctx.actor, user: ctx.user }, input.sourceInnovationId);
  if (source.workflowState !== 'published')
    throw fieldError('sourceInnovationId', { id: 'belum terbit di katalog', en: 'is not published in the catalog' }, 'SOURCE_NOT_PUBLISHED');
  if (source.agency.id === adopter.id)
    throw fieldError('sourceInnovationId', { id: 'milik instansi pengadopsi sendiri', en: "is the adopter agency's own innovation" }, 'OWN_INNOVATION');
  if (input.mentorId && !(await listMentors(ctx)).some((m) => m.id === input.mentorId && m.active)) {
    throw fieldError('mentorId', { id: 'pendamping tidak dikenal atau tidak aktif', en: 'unknown or inactive mentor' });
  }
  const sourceAgency = await findAgency(ctx.db, source.agency.id);
  let id: string;
  try {
    id = await ctx.db.transaction().execute(async (trx) => {
      if (await openProposalFor(trx, adopter.id, source.id)) throw duplicate();
      const newId = await insertProposal(trx, {
        adopter_agency_id: adopter.id,
        adopter_province_code: adopter.provinceCode,
        source_innovation_id: source.id,
        source_title: source.title,
        source_agency_id: source.agency.id,
        source_province_code: sourceAgency?.provinceCode ?? source.region.provinceCode,
        mentor_id: input.mentorId ?? null,
        problem: input.problem,
        message: input.message,
        proposed_by: viewer.user.id,
        proposed_at: ctx.now,
      });
      await appendAudit(trx, ctx.actor, { action: 'matchmaking.propose', entityType: 'match_proposal', entityId: newId, after: { ...input } });
      return newId;
    });
  } catch (e) {
    if ((e as { code?: string })?.code === '23505') throw duplicate();
    throw e;
  }
  return toView(viewer, (await findProposal(ctx.db, id))!);
}

/** One side's answer. The adopter's acceptance opens the case; the source's answers it. */
export async function answerProposal(ctx: RequestContext, id: string, input: z.infer<typeof answerMatchBody>): Promise<MatchProposalView> {
  const viewer = await matchViewer(ctx);
  const row = await visibleProposal(ctx, viewer, id);
  const side = sideOf(viewer, partiesOf(row));
  if (!side) throw errors.forbidden();
  const expected = side === 'adopter' ? 'open' : 'adopter_accepted';
  if (row.state !== expected) {
    if (side === 'source' && row.state === 'open') {
      throw errors.conflict('PROPOSAL_WAITING_FOR_ADOPTER', {
        id: 'Instansi pengadopsi belum menjawab usulan ini; jawaban Anda menyusul setelahnya.',
        en: 'The adopter agency has not answered yet; your answer comes after theirs.',
      });
    }
    throw stateConflict(row.state);
  }
  const reason = input.reason?.trim() || null;
  if (!input.accept && (!reason || reason.length < 5))
    throw fieldError('reason', { id: 'wajib diisi (minimal 5 karakter) saat menolak', en: 'is required (at least 5 characters) when declining' });

  const next: 'declined' | 'adopter_accepted' | 'accepted' = !input.accept ? 'declined' : side === 'adopter' ? 'adopter_accepted' : 'accepted';
  try {
    // ONE transaction: the proposal is locked and re-checked; the adopter's acceptance creates the
    // case (requestReplicationIn) and the source's answer accepts or declines it (answerCaseIn:
    // the case's own lock, rights and state machine) in that same transaction, so a failure
    // anywhere leaves neither changed, and two answers at once queue on the proposal's lock (always
    // taken before the case's): the second finds the state moved on (409), one outcome.
    await ctx.db.transaction().execute(async (trx) => {
      const locked = await lockProposal(trx, id);
      if (!locked || locked.state !== expected) throw stateConflict(locked?.state ?? 'unknown');
      let caseId = locked.case_id;
      if (side === 'source' && caseId) await answerCaseIn(trx, ctx, caseId, { accept: input.accept, reason: reason ?? undefined });
      if (side === 'adopter' && input.accept) {
        const leadName = viewer.user.name.length >= 3 ? viewer.user.name : `${viewer.user.name} (${row.adopter_name})`;
        caseId = await requestReplicationIn(trx, ctx, {
          sourceInnovationId: row.source_innovation_id,
          problem: row.problem,
          context: row.message.length >= 10 ? row.message : `${row.message} — ${row.problem}`,
          leadName,
        });
      }
      // The source's answer moves the proposal as an answer on the replication page does (case-answer.ts).
      const columns =
        side === 'source'
          ? sourceAnswerColumns({ accept: input.accept, reason, by: viewer.user.id, at: ctx.now })
          : {
              adopter_answered_by: viewer.user.id,
              adopter_answered_at: ctx.now,
              state: next,
              ...(input.accept ? {} : { declined_by_side: side, decline_reason: reason, closed_at: ctx.now }),
            };
      await updateProposal(trx, id, { ...columns, case_id: caseId });
      await appendAudit(trx, ctx.actor, {
        action: `matchmaking.${input.accept ? 'accept' : 'decline'}`,
        entityType: 'match_proposal',
        entityId: id,
        before: { state: row.state },
        after: { state: next, side, caseId, reason },
      });
    });
  } catch (e) {
    throw asDuplicateRequest(e);
  }
  return toView(viewer, (await findProposal(ctx.db, id))!);
}

export async function withdrawProposal(ctx: RequestContext, id: string): Promise<MatchProposalView> {
  const viewer = await matchViewer(ctx);
  const row = await visibleProposal(ctx, viewer, id);
  if (!mayWithdraw(viewer, row.proposed_by)) throw errors.forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await lockProposal(trx, id);
    if (!locked || locked.state !== 'open') throw stateConflict(locked?.state ?? 'unknown');
    await updateProposal(trx, id, { state: 'withdrawn', closed_at: ctx.now });
    await appendAudit(trx, ctx.actor, { action: 'matchmaking.withdraw', entityType: 'match_proposal', entityId: id, before: { state: 'open' }, after: { state: 'withdrawn' } });
  });
  return toView(viewer, (await findProposal(ctx.db, id))!);
}

export async function getProposal(ctx: RequestContext, id: string): Promise<MatchProposalView> {
  const viewer = await matchViewer(ctx);
  return toView(viewer, await visibleProposal(ctx, viewer, id));
}

export async function listProposals(ctx: RequestContext, query: z.infer<typeof matchProposalsQuery>) {
  const viewer = await matchViewer(ctx);
  const { rows, total } = await listProposalRows(ctx.db, proposalListScope(viewer), { status: query.status }, pageBounds(query.page, query.pageSize));
  return { items: rows.map((r) => toView(viewer, r)), total };
}

/** For the agency's home (dashboards' to-do): proposals waiting for its answer, as adopter and as source. */
export function proposalsWaitingFor(db: RequestContext['db'], agencyId: string): Promise<{ adopter: number; source: number }> {
  return waitingFor(db, agencyId);
}
