import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompetitionStatus } from '../../../../common/competitions';
import { type CompetitionChange, competitionsApi, type NewCompetition, type SectionReplacement } from './competitions-api';

export const COMPETITIONS_KEY = ['competitions'] as const;

export function useCompetitions() {
  return useQuery({ queryKey: COMPETITIONS_KEY, queryFn: ({ signal }) => competitionsApi.list(signal) });
}

export function useCompetition(id: string | undefined) {
  return useQuery({
    queryKey: [...COMPETITIONS_KEY, id],
    queryFn: ({ signal }) => competitionsApi.get(id!, signal),
    enabled: !!id,
  });
}

/** Every change answers with the whole competition; the cache takes it as is. */
function useCompetitionChange<V>(run: (vars: V) => ReturnType<typeof competitionsApi.get>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (competition) => {
      client.setQueryData([...COMPETITIONS_KEY, competition.id], competition);
      void client.invalidateQueries({ queryKey: COMPETITIONS_KEY, exact: true });
    },
  });
}

export const useCreateCompetition = () => useCompetitionChange((body: NewCompetition) => competitionsApi.create(body));
export const useUpdateCompetition = (id: string) => useCompetitionChange((body: CompetitionChange) => competitionsApi.update(id, body));
export const useReplaceSection = (id: string) => useCompetitionChange((replacement: SectionReplacement) => competitionsApi.replace(id, replacement));
export const useMoveCompetition = (id: string) => useCompetitionChange((to: CompetitionStatus) => competitionsApi.move(id, to));
export const useCloneCompetition = (id: string) => useCompetitionChange((year: number) => competitionsApi.clone(id, year));
