import { buildEvaluationWorld, CRITERIA, createRound, expectOk } from '../../../evaluation/fixtures.js';
import type { TestApp } from '../../../helpers/test-app.js';
import type { Outcome, Who } from '../matrix.js';
import type { CallerIds, ProbeRecord, ProbeRoute, RecordProbe, Where } from './probe.js';
import { signedInOnce } from './probe.js';

/**
 * evaluation policy (src/server/modules/evaluation/{scoring-service,policy}.ts): a reviewer
 * reaches a proposal only through a published assignment of their own in a round past setup, and
 * never when a conflict of interest exists. The matrix's evaluator and panelist are affiliated
 * with the caller's own agency, so "own agency" here is the conflict: a proposal from the
 * reviewer's own agency (same agency, same region) must stay closed to them even when assigned.
 */
type Reviewer = 'evaluator' | 'panelist';

/**
 * A submitted proposal of `agencyId` that passed the administrative check, assigned (published)
 * to the matrix's `reviewer` in a round of that reviewer role, then opened (and closed, if asked).
 */
async function assignedProposal(t: TestApp, agencyId: string, callers: CallerIds, reviewer: Reviewer, status: 'open' | 'closed') {
  const agency = await t.db.selectFrom('agencies').select('region_code').where('id', '=', agencyId).executeTakeFirstOrThrow();
  const world = await buildEvaluationWorld(t.db, [{ regionCode: agency.region_code ?? '31', agencyId }]);
  const proposalId = world.proposals[0]!.id;
  const evaluatorId = callers[reviewer];
  const admin = await signedInOnce(t, 'ministry_admin');
  const round = await createRound(admin, world.competitionId, { reviewerRole: reviewer, reviewersPerProposal: 1, blind: false });
  const base = `/api/evaluation/rounds/${round.id}`;
  expectOk(await admin.request('PUT', `${base}/criteria`, { body: { criteria: CRITERIA } }));
  expectOk(await admin.request('PUT', `${base}/pool`, { body: { members: [{ userId: evaluatorId, maxProposals: 5 }] } }));
  const assigned = await admin.post(`${base}/assignments`, { proposalId, evaluatorId });
  if (assigned.statusCode === 409 && assigned.json().error.code === 'CONFLICT_OF_INTEREST') {
    // The assignment service refuses a conflicted pair; the pair is written straight in, as an
    // assignment made before the conflict was known (an affiliation recorded later) leaves it.
    await t.db.insertInto('evaluation_assignments').values({ round_id: round.id, proposal_id: proposalId, evaluator_id: evaluatorId, source: 'manual' }).execute();
  } else expectOk(assigned, 201);
  expectOk(await admin.post(`${base}/assignments/publish`));
  expectOk(await admin.post(`${base}/status`, { status: 'open' }));
  if (status === 'closed') expectOk(await admin.post(`${base}/status`, { status: 'closed' }));
  return { id: proposalId, refs: { roundId: round.id } };
}

const onRound = (r: ProbeRecord) => `/api/evaluation/rounds/${r.refs.roundId}/proposals/${r.id}`;

/** The assigned reviewer: refused for a conflict in their own agency, `otherAgency` elsewhere; any other reviewer is not assigned. */
const assignedReviewer =
  (reviewer: Reviewer, otherAgency: Outcome) =>
  (who: Who, where: Where): Outcome => {
    if (who !== reviewer) return 'hidden';
    return where === 'own' ? 'conflicted' : otherAgency;
  };

function reviewRoutes(reviewer: Reviewer, scoring: Outcome, panelSeesResults: Outcome): ProbeRoute[] {
  return [
    {
      method: 'GET',
      url: '/api/evaluation/rounds/:roundId/proposals/:proposalId/review',
      request: (r) => ({ url: `${onRound(r)}/review` }),
      expect: assignedReviewer(reviewer, 'allow'),
    },
    {
      method: 'PUT',
      url: '/api/evaluation/rounds/:roundId/proposals/:proposalId/score',
      // A draft sheet: saving it again is allowed, so callers do not disturb each other.
      request: (r) => ({ url: `${onRound(r)}/score`, body: { values: {}, overallComment: 'Catatan sementara penilai.' } }),
      expect: assignedReviewer(reviewer, scoring),
    },
    // Aggregates of the round: the ministry always, the panel per the round's visibility rule; never an evaluator.
    {
      method: 'GET',
      url: '/api/evaluation/rounds/:roundId/results',
      request: (r) => ({ url: `/api/evaluation/rounds/${r.refs.roundId}/results` }),
      expect: (who) => (who === 'panelist' ? panelSeesResults : 'allow'),
    },
    // The selections made from the round follow the same rule as its results.
    {
      method: 'GET',
      url: '/api/evaluation/rounds/:roundId/selections',
      request: (r) => ({ url: `/api/evaluation/rounds/${r.refs.roundId}/selections` }),
      expect: (who) => (who === 'panelist' ? panelSeesResults : 'allow'),
    },
  ];
}

export const deskReviewAssignment: RecordProbe = {
  record: "a proposal assigned to the evaluator in an open desk-review round (evaluation policy; own agency = the evaluator's own, a conflict)",
  create: (t, agencyId, callers) => assignedProposal(t, agencyId, callers, 'evaluator', 'open'),
  // The panel sees the desk review's results it selects from, even while evaluators still score.
  routes: reviewRoutes('evaluator', 'allow', 'allow'),
};

export const openPanelAssignment: RecordProbe = {
  record: "a proposal assigned to the panelist in an open panel round (evaluation policy; own agency = the panelist's own, a conflict)",
  create: (t, agencyId, callers) => assignedProposal(t, agencyId, callers, 'panelist', 'open'),
  // No panelist sees the panel's own results while it is still scoring.
  routes: reviewRoutes('panelist', 'allow', 'withheld'),
};

export const closedPanelAssignment: RecordProbe = {
  record: "a proposal assigned to the panelist in a closed panel round (evaluation policy; own agency = the panelist's own, a conflict)",
  create: (t, agencyId, callers) => assignedProposal(t, agencyId, callers, 'panelist', 'closed'),
  // Still readable, no longer scorable; the results are now open to the panel.
  routes: reviewRoutes('panelist', 'refused', 'allow'),
};
