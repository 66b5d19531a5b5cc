import { errors } from '../../http/errors.js';
import { competitionFacts, listRoundCandidates } from './candidates.js';
import type { EvaluationContext } from './context.js';
import { requireRound } from './rounds-service.js';
import { findSelection, listDecisions, listPublicSelections } from './selection-repository.js';
import { selectionHeader } from './selection-service.js';

/**
 * What anyone may read: published and final selections of a published competition, with the
 * selected proposals. No scores, no ranks beyond the list order, nothing about evaluators.
 */
export async function publicResults(ctx: EvaluationContext, competitionId: string) {
  const competition = await competitionFacts(ctx.db, competitionId);
  if (!competition || competition.status === 'draft') throw errors.notFound({ id: 'Kompetisi', en: 'Competition' });
  const selections = await listPublicSelections(ctx.db, competitionId);
  const out = [];
  for (const s of selections) {
    const round = await requireRound(ctx.db, s.round_id);
    const facts = new Map((await listRoundCandidates(ctx.db, round)).map((c) => [c.id, c]));
    const selected = (await listDecisions(ctx.db, s.id)).filter((d) => d.selected);
    out.push({
      ...selectionHeader(s),
      proposals: selected
        .map((d) => facts.get(d.proposal_id))
        .filter((f) => f !== undefined)
        // Registration order, not rank: the public list does not publish the scores' order.
        .sort((a, b) => a.number.localeCompare(b.number))
        .map((f) => ({ proposalId: f.id, number: f.number, title: f.title, agencyName: f.agencyName, regionName: f.regionName, innovationId: f.innovationId })),
    });
  }
  return { competition: { id: competition.id, name: competition.name, year: competition.year }, selections: out };
}

/** The facts printed on a certificate; only for a proposal selected in a final selection. */
export async function certificateFacts(ctx: EvaluationContext, selectionId: string, proposalId: string) {
  const s = await findSelection(ctx.db, selectionId);
  if (!s || s.status !== 'final' || !s.award_level) throw errors.notFound({ id: 'Sertifikat', en: 'Certificate' });
  const decision = (await listDecisions(ctx.db, selectionId)).find((d) => d.proposal_id === proposalId && d.selected);
  if (!decision) throw errors.notFound({ id: 'Sertifikat', en: 'Certificate' });
  const round = await requireRound(ctx.db, s.round_id);
  const proposal = (await listRoundCandidates(ctx.db, round)).find((c) => c.id === proposalId);
  const competition = await competitionFacts(ctx.db, round.competition_id);
  if (!proposal || !competition) throw errors.notFound({ id: 'Sertifikat', en: 'Certificate' });
  return {
    competition: `${competition.name}`,
    year: competition.year,
    award: s.name,
    awardLevel: s.award_level,
    proposalNumber: proposal.number,
    title: proposal.title,
    agencyName: proposal.agencyName ?? '',
    regionName: proposal.regionName ?? '',
    decreeNumber: s.decree_number ?? '',
    decreeDate: s.decree_date_text ?? '',
  };
}
