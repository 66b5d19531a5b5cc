/**
 * Public surface of the evaluation domain: pure, database-free algorithms. Services call these;
 * the building blocks (flow network, heap, feasibility search) stay internal.
 */
export {
  type AssignmentCostWeights,
  type AssignmentProblem,
  type ConflictPair,
  DEFAULT_COST_WEIGHTS,
  type EvaluatorCapacity,
  type ProposalToReview,
  type ReviewAssignment,
  totalAssignmentCost,
} from './assignment-model.js';
export {
  type AssignmentFailure,
  type AssignmentInfeasibility,
  type AssignmentResult,
  type AssignmentSolution,
  type EvaluatorLoad,
  type FixedAssignmentProblem,
  type SolvedAssignment,
  solveReviewerAssignment,
} from './assignment-solver.js';
export {
  type CriterionContribution,
  type Criterion,
  type CriterionScale,
  type CriterionScore,
  computeWeightedTotal,
  type ScoreSheet,
  type ScoreSheetError,
  validateCriteria,
  type WeightedTotalResult,
} from '../../../../common/weighted-total.js';
export { type Aggregation, type AggregationOptions, aggregateScores, type EvaluatorProfile, type EvaluatorScore, type ProposalAggregate, type ScoreScale } from './aggregation.js';
export { type RankableProposal, type RankedProposal, type RankingBasis, type RankingOptions, rankProposals, type TieBreak, tieBreakChain } from './ranking.js';
export {
  type ConstraintRef,
  type PassedOverCandidate,
  type SelectedCandidate,
  type SelectionCandidate,
  type SelectionProblem,
  type SelectionResult,
  type SelectionRules,
  selectTop,
} from './selection.js';
export { kendallTauB, kendallTauOfOrders } from './kendall-tau.js';
export { AGGREGATIONS, compareAggregations, type JuryComparison, type JuryReport, type JurySettings, simulateJury } from './jury-simulation.js';
export {
  type Finalist,
  type InterviewPanel,
  type InterviewScheduleInput,
  type InterviewScheduleResult,
  type InterviewSlot,
  type PanelistConflict,
  scheduleInterviews,
  slotGrid,
  type TimeWindow,
  type UnscheduledFinalist,
} from './interview-schedule.js';
