import type { z } from 'zod';
import type {
  comparisonView,
  factsBody,
  importReport,
  precheckView,
  regionFactsView,
  ruleSetBody,
  ruleSetUpdateBody,
  ruleSetView,
  scenarioBody,
  scenarioSummary,
  scenarioView,
} from '../../../../common/incentive';
import type { Serialised } from '../../../../common/serialised';
import { api } from '../../../api/client';
import { postFile } from '../../../api/upload';

/** The incentive API typed from the server's schemas (src/common/incentive.ts); dates arrive as ISO strings. */
export type RuleSet = Serialised<z.output<typeof ruleSetView>>;
export type ScenarioSummary = Serialised<z.output<typeof scenarioSummary>>;
export type Scenario = Serialised<z.output<typeof scenarioView>>;
export type Comparison = Serialised<z.output<typeof comparisonView>>;
export type RegionFacts = Serialised<z.output<typeof regionFactsView>>;
export type Precheck = Serialised<z.output<typeof precheckView>>;
export type FactImportReport = Serialised<z.output<typeof importReport>>;
export type NewRuleSet = z.input<typeof ruleSetBody>;
export type RuleSetChange = z.input<typeof ruleSetUpdateBody>;
export type ScenarioRequest = z.input<typeof scenarioBody>;
export type FactEntries = z.input<typeof factsBody>['facts'];

export const incentiveApi = {
  ruleSets: () => api.get<{ items: RuleSet[] }>('/api/incentive/rule-sets'),
  ruleSet: (id: string) => api.get<RuleSet>(`/api/incentive/rule-sets/${encodeURIComponent(id)}`),
  createRuleSet: (body: NewRuleSet) => api.post<RuleSet>('/api/incentive/rule-sets', body),
  updateRuleSet: (id: string, body: RuleSetChange) => api.put<RuleSet>(`/api/incentive/rule-sets/${encodeURIComponent(id)}`, body),
  publishRuleSet: (id: string) => api.post<RuleSet>(`/api/incentive/rule-sets/${encodeURIComponent(id)}/publish`),
  scenarios: (ruleSetId: string) => api.get<{ items: ScenarioSummary[] }>(`/api/incentive/rule-sets/${encodeURIComponent(ruleSetId)}/scenarios`),
  runScenario: (ruleSetId: string, body: ScenarioRequest) => api.post<ScenarioSummary>(`/api/incentive/rule-sets/${encodeURIComponent(ruleSetId)}/scenarios`, body),
  scenario: (id: string) => api.get<Scenario>(`/api/incentive/scenarios/${encodeURIComponent(id)}`),
  recommendation: (id: string) => api.get<Scenario>(`/api/incentive/recommendations/${encodeURIComponent(id)}`),
  recommendations: () => api.get<{ items: ScenarioSummary[] }>('/api/incentive/recommendations'),
  recommend: (id: string) => api.post<ScenarioSummary>(`/api/incentive/scenarios/${encodeURIComponent(id)}/recommend`),
  compare: (a: string, b: string) => api.get<Comparison>('/api/incentive/scenarios/compare', { a, b }),
  facts: (year: number, province?: string, missing?: boolean) =>
    api.get<{ items: RegionFacts[] }>('/api/incentive/facts', { year, province, missing: missing ? 'true' : undefined }),
  setFacts: (year: number, code: string, facts: FactEntries) => api.put<RegionFacts>(`/api/incentive/facts/${year}/${encodeURIComponent(code)}`, { facts }),
  importFacts: (year: number, file: File, dryRun: boolean) =>
    postFile<FactImportReport | { error: { code: string; message: string; details?: FactImportReport } }>(`/api/incentive/facts/import?year=${year}&dryRun=${dryRun}`, file),
  precheck: (year: number) => api.get<Precheck>('/api/incentive/precheck', { year }),
};

export const scenarioXlsxUrl = (id: string) => `/api/incentive/scenarios/${encodeURIComponent(id)}/xlsx`;
export const scenarioLetterUrl = (id: string) => `/api/incentive/scenarios/${encodeURIComponent(id)}/letter`;
