import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type AssignmentFilters, type Basis, evaluationApi } from './evaluation-api';

/** TanStack Query hooks of the evaluation feature; every mutation refreshes the evaluation cache. */
export const EVALUATION_KEY = ['evaluation'] as const;

export const useCompetitions = () => useQuery({ queryKey: [...EVALUATION_KEY, 'competitions'], queryFn: evaluationApi.competitions });
export const useRounds = (competitionId: string | null) =>
  useQuery({ queryKey: [...EVALUATION_KEY, 'rounds', competitionId], queryFn: () => evaluationApi.rounds(competitionId!), enabled: Boolean(competitionId) });
export const useRound = (id: string) => useQuery({ queryKey: [...EVALUATION_KEY, 'round', id], queryFn: () => evaluationApi.round(id) });
export const useResults = (id: string, basis: Basis, enabled: boolean) =>
  useQuery({ queryKey: [...EVALUATION_KEY, 'results', id, basis], queryFn: () => evaluationApi.results(id, basis), enabled });
export const useSelections = (roundId: string) => useQuery({ queryKey: [...EVALUATION_KEY, 'selections', roundId], queryFn: () => evaluationApi.selections(roundId) });
export const usePanelSelections = () => useQuery({ queryKey: [...EVALUATION_KEY, 'panelSelections'], queryFn: evaluationApi.panelSelections });
export const useSelection = (id: string) => useQuery({ queryKey: [...EVALUATION_KEY, 'selection', id], queryFn: () => evaluationApi.selection(id) });
export const useReviewers = (role: 'evaluator' | 'panelist') => useQuery({ queryKey: [...EVALUATION_KEY, 'reviewers', role], queryFn: () => evaluationApi.reviewers(role) });
/** One page of the round's assignment table; the previous page stays on screen while the next loads. */
export const useAssignments = (roundId: string, filters: AssignmentFilters, page: number) =>
  useQuery({
    queryKey: [...EVALUATION_KEY, 'assignments', roundId, filters, page],
    queryFn: ({ signal }) => evaluationApi.assignments(roundId, filters, page, signal),
    placeholderData: keepPreviousData,
  });
export const useRoundProposals = (roundId: string) =>
  useQuery({ queryKey: [...EVALUATION_KEY, 'roundProposals', roundId], queryFn: ({ signal }) => evaluationApi.roundProposals(roundId, signal) });
export const useInterviews = (roundId: string) => useQuery({ queryKey: [...EVALUATION_KEY, 'interviews', roundId], queryFn: () => evaluationApi.interviews(roundId) });
export const useFieldVisits = (roundId: string) => useQuery({ queryKey: [...EVALUATION_KEY, 'visits', roundId], queryFn: () => evaluationApi.fieldVisits(roundId) });
export const useRedaction = (proposalId: string) => useQuery({ queryKey: [...EVALUATION_KEY, 'redaction', proposalId], queryFn: () => evaluationApi.redaction(proposalId) });
export const useMyConflicts = () => useQuery({ queryKey: [...EVALUATION_KEY, 'myConflicts'], queryFn: evaluationApi.myConflicts });
export const useMyAssignments = () => useQuery({ queryKey: [...EVALUATION_KEY, 'mine'], queryFn: evaluationApi.myAssignments });
export const useReview = (roundId: string, proposalId: string) =>
  useQuery({ queryKey: [...EVALUATION_KEY, 'review', roundId, proposalId], queryFn: () => evaluationApi.review(roundId, proposalId) });
export const usePublicResults = (competitionId: string) =>
  useQuery({ queryKey: [...EVALUATION_KEY, 'public', competitionId], queryFn: () => evaluationApi.publicResults(competitionId) });

/** Any evaluation action: runs `fn`, then refetches everything evaluation shows. */
export function useEvaluationAction<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: EVALUATION_KEY }) });
}
