import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import { listEvaluatorFacts, listRoundCandidates } from './candidates.js';
import { conflictIndex } from './conflicts-service.js';
import { type EvaluationContext, PROPOSAL } from './context.js';
import { scheduleInterviews } from './domain/index.js';
import { findFieldVisit, listFieldVisitRows, listInterviewSlotRows, replaceInterviewSlots, upsertFieldVisit } from './interview-repository.js';
import { pairKey } from './repository.js';
import { mayServeOnPanel } from './policy.js';
import { requireRound } from './rounds-service.js';
import type { InterviewScheduleBody } from './schemas.js';

/**
 * Presentation (7 min) + interview (13 min) slots for a round's finalists, clash-free for
 * panelists and participants (an agency presenting several innovations is one participant), and
 * never before a panel with a conflicted panelist. Replaces the round's timetable as a whole.
 */
export async function scheduleRoundInterviews(ctx: EvaluationContext, roundId: string, input: InterviewScheduleBody) {
  return ctx.db.transaction().execute(async (trx) => {
    const round = await requireRound(trx, roundId, { forUpdate: true });
    if (round.reviewer_role !== 'panelist') {
      throw errors.conflict('NOT_A_PANEL_ROUND', {
        id: 'Jadwal wawancara hanya untuk tahap yang dinilai Tim Panel Independen.',
        en: 'Interviews are scheduled only for rounds scored by the independent panel.',
      });
    }
    const finalists = await listRoundCandidates(trx, round);
    if (finalists.length === 0) {
      throw errors.conflict('NO_FINALISTS', {
        id: 'Belum ada finalis pada tahap ini (seleksi sumber belum final).',
        en: 'This round has no finalists yet (the source selection is not final).',
      });
    }
    const panelistIds = [...new Set(input.panels.flatMap((p) => p.panelistIds))];
    const facts = await listEvaluatorFacts(trx, panelistIds);
    const bad = panelistIds.filter((id) => !facts.some((f) => f.id === id && mayServeOnPanel(f)));
    if (bad.length > 0) {
      throw errors.validation(
        { id: 'Setiap anggota panel harus akun aktif dengan peran panelis.', en: 'Every panel member must be an active panelist account.' },
        { field: 'panels', userIds: bad },
      );
    }
    const conflicts = await conflictIndex(trx, finalists, panelistIds);
    const span = (w: { start: string; end: string }) => ({ startMs: Date.parse(w.start), endMs: Date.parse(w.end) });
    const days = input.days.map(span);
    if (days.some((d) => !(d.startMs < d.endMs)))
      throw errors.validation({ id: 'Setiap hari wawancara harus berakhir setelah dimulai.', en: 'Each interview day must end after it starts.' }, { field: 'days' });
    const result = scheduleInterviews({
      finalists: finalists.map((f) => ({ proposalId: f.id, participantId: f.agencyId ?? f.ownerId })),
      panels: input.panels.map((p) => ({ id: p.code, panelistIds: p.panelistIds })),
      days,
      breaks: input.breaks.map(span),
      conflicts: finalists.flatMap((f) => panelistIds.filter((p) => conflicts.has(pairKey(f.id, p))).map((p) => ({ panelistId: p, proposalId: f.id }))),
      presentationMinutes: input.presentationMinutes,
      interviewMinutes: input.interviewMinutes,
      changeoverMinutes: input.changeoverMinutes,
    });
    if (!result.ok) {
      throw errors.conflict(
        'SCHEDULE_INCOMPLETE',
        {
          id: `${result.unscheduled.length} finalis tidak mendapat jadwal: tambah hari, panel, atau kurangi jeda.`,
          en: `${result.unscheduled.length} finalist(s) could not be scheduled: add days or panels, or shorten breaks.`,
        },
        { unscheduled: result.unscheduled },
      );
    }
    const panels = new Map(input.panels.map((p) => [p.code, p.panelistIds]));
    await replaceInterviewSlots(
      trx,
      roundId,
      result.slots.map((s) => ({
        round_id: roundId,
        proposal_id: s.proposalId,
        panel_code: s.panelId,
        panelist_ids: panels.get(s.panelId) ?? [],
        starts_at: new Date(s.startMs),
        presentation_ends_at: new Date(s.presentationEndMs),
        ends_at: new Date(s.endMs),
      })),
    );
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.interview.schedule',
      entityType: 'evaluation_round',
      entityId: roundId,
      after: { slots: result.slots.length, panels: input.panels },
    });
    return listInterviewSlots(ctx, roundId, trx);
  });
}

export async function listInterviewSlots(ctx: EvaluationContext, roundId: string, db = ctx.db) {
  const round = await requireRound(db, roundId);
  const facts = new Map((await listRoundCandidates(db, round)).map((c) => [c.id, c]));
  const rows = await listInterviewSlotRows(db, roundId);
  return rows.map((r) => ({
    proposalId: r.proposal_id,
    proposalNumber: facts.get(r.proposal_id)?.number ?? '',
    title: facts.get(r.proposal_id)?.title ?? '',
    agencyName: facts.get(r.proposal_id)?.agencyName ?? null,
    panel: r.panel_code,
    panelistIds: r.panelist_ids,
    startsAt: new Date(r.starts_at).toISOString(),
    presentationEndsAt: new Date(r.presentation_ends_at).toISOString(),
    endsAt: new Date(r.ends_at).toISOString(),
  }));
}

/** Field verification findings per finalist (one record per proposal and round, replaceable). */
export async function recordFieldVisit(ctx: EvaluationContext, roundId: string, proposalId: string, input: { visitedOn: string; findings: string; verified: boolean }) {
  await ctx.db.transaction().execute(async (trx) => {
    const round = await requireRound(trx, roundId, { forUpdate: true });
    const before = await findFieldVisit(trx, roundId, proposalId);
    // The same findings again (a resent PUT) change nothing: who recorded them and when stay those of the first.
    if (before && before.visited_on_text === input.visitedOn && before.findings === input.findings && before.verified === input.verified) return;
    const finalist = (await listRoundCandidates(trx, round)).find((c) => c.id === proposalId);
    if (!finalist) throw errors.notFound(PROPOSAL);
    const values = { visited_on: input.visitedOn, findings: input.findings, verified: input.verified, recorded_by: ctx.actor.userId, recorded_at: ctx.now };
    await upsertFieldVisit(trx, { roundId, proposalId }, values);
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.field_visit.record',
      entityType: 'evaluation_round',
      entityId: roundId,
      before: before ?? null,
      after: { proposalId, ...input },
    });
  });
  return listFieldVisits(ctx, roundId);
}

export async function listFieldVisits(ctx: EvaluationContext, roundId: string) {
  await requireRound(ctx.db, roundId);
  const rows = await listFieldVisitRows(ctx.db, roundId);
  return rows.map((r) => ({ proposalId: r.proposal_id, visitedOn: r.visited_on_text, findings: r.findings, verified: r.verified }));
}
