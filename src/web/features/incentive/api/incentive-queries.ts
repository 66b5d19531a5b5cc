import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { incentiveApi } from './incentive-api';

const KEY = ['incentive'] as const;

export const useRuleSets = () => useQuery({ queryKey: [...KEY, 'rule-sets'], queryFn: incentiveApi.ruleSets });
export const useRuleSet = (id: string) => useQuery({ queryKey: [...KEY, 'rule-set', id], queryFn: () => incentiveApi.ruleSet(id) });
export const useScenarios = (ruleSetId: string) => useQuery({ queryKey: [...KEY, 'scenarios', ruleSetId], queryFn: () => incentiveApi.scenarios(ruleSetId) });
export const useScenario = (id: string, publicView: boolean) =>
  useQuery({ queryKey: [...KEY, publicView ? 'recommendation' : 'scenario', id], queryFn: () => (publicView ? incentiveApi.recommendation(id) : incentiveApi.scenario(id)) });
export const useRecommendations = () => useQuery({ queryKey: [...KEY, 'recommendations'], queryFn: incentiveApi.recommendations });
export const useComparison = (a: string, b: string) => useQuery({ queryKey: [...KEY, 'compare', a, b], queryFn: () => incentiveApi.compare(a, b), enabled: Boolean(a && b) });
export const useFacts = (year: number, province?: string, missing?: boolean) =>
  useQuery({ queryKey: [...KEY, 'facts', year, province ?? '', missing ?? false], queryFn: () => incentiveApi.facts(year, province, missing) });
export const usePrecheck = (year: number) => useQuery({ queryKey: [...KEY, 'precheck', year], queryFn: () => incentiveApi.precheck(year), retry: false });

/** Every incentive write refreshes every incentive read: the figures depend on one another. */
export function useIncentiveMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}
