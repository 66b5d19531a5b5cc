import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MatchProposalView, SuggestionList } from '../../../../common/matchmaking';
import { api, type QueryParams } from '../../../api/client';

/** Fetchers and hooks of matchmaking: problem-first suggestions, proposals, the request a suggestion starts. */
const KEY = ['matchmaking'] as const;

export type SuggestionParams = { problem: string; category?: string; regionKind?: string; remote?: string };

export function useSuggestions(params: SuggestionParams | null) {
  return useQuery({
    queryKey: [...KEY, 'suggestions', params],
    queryFn: ({ signal }) => api.get<SuggestionList>('/api/matchmaking/suggestions', params as QueryParams, signal),
    enabled: params !== null,
    retry: false,
  });
}

export function useProposals(status: 'open' | 'past') {
  return useQuery({
    queryKey: [...KEY, 'proposals', status],
    queryFn: ({ signal }) => api.get<{ items: MatchProposalView[]; total: number }>('/api/matchmaking/proposals', { status }, signal),
  });
}

export function useAnswerProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, accept, reason }: { id: string; accept: boolean; reason?: string }) =>
      api.post<MatchProposalView>(`/api/matchmaking/proposals/${encodeURIComponent(id)}/answer`, { accept, reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** A suggestion becomes a replication request (the replication module's route). */
export function useStartRequest() {
  return useMutation({
    mutationFn: (body: { sourceInnovationId: string; problem: string; context: string; leadName: string }) => api.post<{ id: string }>('/api/replications', body),
  });
}
