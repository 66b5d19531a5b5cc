import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { answerMatchBody, matchProposalList, matchProposalsQuery, MatchProposalView, SuggestionList, suggestionsQuery } from '../../../../common/matchmaking';
import type { CaseView } from '../../../../common/replication-views';
import type { ReplicationRequest } from '../../replication/api/replication-api';
import { api } from '../../../api/client';

/** Fetchers and hooks of matchmaking: problem-first suggestions, proposals, the request a suggestion starts. */
const KEY = ['matchmaking'] as const;

/** The suggestions' query: the server's own. */
export type SuggestionParams = z.input<typeof suggestionsQuery>;
type MatchProposalList = z.output<typeof matchProposalList>;
type MatchProposalsQuery = z.input<typeof matchProposalsQuery>;
type Answer = z.input<typeof answerMatchBody>;

export function useSuggestions(params: SuggestionParams | null) {
  return useQuery({
    queryKey: [...KEY, 'suggestions', params],
    queryFn: ({ signal }) => api.get<SuggestionList>('/api/matchmaking/suggestions', params ?? undefined, signal),
    enabled: params !== null,
    retry: false,
  });
}

export function useProposals(status: NonNullable<MatchProposalsQuery['status']>) {
  return useQuery({
    queryKey: [...KEY, 'proposals', status],
    queryFn: ({ signal }) => api.get<MatchProposalList>('/api/matchmaking/proposals', { status } satisfies MatchProposalsQuery, signal),
  });
}

export function useAnswerProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, accept, reason }: Answer & { id: string }) =>
      api.post<MatchProposalView>(`/api/matchmaking/proposals/${encodeURIComponent(id)}/answer`, { accept, reason } satisfies Answer),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** A suggestion becomes a replication request (the replication module's route). */
export function useStartRequest() {
  return useMutation({
    mutationFn: (body: ReplicationRequest) => api.post<CaseView>('/api/replications', body),
  });
}
