import type { FactCode, RegionResult, RuleSetConfig, ScenarioOverrides, ScenarioResult } from '../../../../common/incentive';
import { api } from '../../../api/client';
import { postFile } from '../../../api/upload';

/** The incentive API as the web app reads it (shapes from src/common/incentive.ts; dates arrive as ISO strings). */

export interface RuleSet {
  id: string;
  fiscalYear: number;
  name: string;
  status: 'draft' | 'published';
  config: RuleSetConfig;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface ScenarioSummary {
  id: string;
  ruleSetId: string;
  name: string;
  overrides: ScenarioOverrides;
  inputsHash: string;
  pool: string;
  allocated: string;
  eligibleCount: number;
  createdAt: string;
  recommendedAt: string | null;
}

export interface Scenario extends ScenarioSummary {
  effectiveConfig: RuleSetConfig;
  result: ScenarioResult;
  ruleSet: { id: string; fiscalYear: number; name: string };
}

export interface Comparison {
  a: ScenarioSummary;
  b: ScenarioSummary;
  gainers: number;
  losers: number;
  unchanged: number;
  rows: { regionCode: string; regionName: string; a: { eligible: boolean; amount: string }; b: { eligible: boolean; amount: string }; delta: string }[];
}

export interface RegionFacts {
  regionCode: string;
  regionName: string;
  kind: 'provinsi' | 'kabupaten' | 'kota';
  facts: Partial<Record<FactCode, { value: string; source: string; sourceDate: string | null }>>;
}

export interface Precheck {
  fiscalYear: number;
  ruleSet: { id: string; name: string };
  region: Omit<RegionResult, 'amount'>;
  facts: { fact: FactCode; value: string; source: string; sourceDate: string | null }[];
}

export interface FactImportReport {
  ok: boolean;
  dryRun: boolean;
  rows: number;
  facts: number;
  warnings: { column: string; message: { id: string; en: string } }[];
  errors: { row: number; column: string; message: { id: string; en: string } }[];
}

export const incentiveApi = {
  ruleSets: () => api.get<{ items: RuleSet[] }>('/api/incentive/rule-sets'),
  ruleSet: (id: string) => api.get<RuleSet>(`/api/incentive/rule-sets/${encodeURIComponent(id)}`),
  createRuleSet: (body: { fiscalYear: number; name: string; config: RuleSetConfig }) => api.post<RuleSet>('/api/incentive/rule-sets', body),
  updateRuleSet: (id: string, body: { name: string; config: RuleSetConfig }) => api.put<RuleSet>(`/api/incentive/rule-sets/${encodeURIComponent(id)}`, body),
  publishRuleSet: (id: string) => api.post<RuleSet>(`/api/incentive/rule-sets/${encodeURIComponent(id)}/publish`),
  scenarios: (ruleSetId: string) => api.get<{ items: ScenarioSummary[] }>(`/api/incentive/rule-sets/${encodeURIComponent(ruleSetId)}/scenarios`),
  runScenario: (ruleSetId: string, body: { name: string; overrides: ScenarioOverrides }) =>
    api.post<ScenarioSummary>(`/api/incentive/rule-sets/${encodeURIComponent(ruleSetId)}/scenarios`, body),
  scenario: (id: string) => api.get<Scenario>(`/api/incentive/scenarios/${encodeURIComponent(id)}`),
  recommendation: (id: string) => api.get<Scenario>(`/api/incentive/recommendations/${encodeURIComponent(id)}`),
  recommendations: () => api.get<{ items: ScenarioSummary[] }>('/api/incentive/recommendations'),
  recommend: (id: string) => api.post<ScenarioSummary>(`/api/incentive/scenarios/${encodeURIComponent(id)}/recommend`),
  compare: (a: string, b: string) => api.get<Comparison>('/api/incentive/scenarios/compare', { a, b }),
  facts: (year: number, province?: string, missing?: boolean) =>
    api.get<{ items: RegionFacts[] }>('/api/incentive/facts', { year, province, missing: missing ? 'true' : undefined }),
  setFacts: (year: number, code: string, facts: { fact: FactCode; value: string; source: string; sourceDate: string | null }[]) =>
    api.put<RegionFacts>(`/api/incentive/facts/${year}/${encodeURIComponent(code)}`, { facts }),
  importFacts: (year: number, file: File, dryRun: boolean) =>
    postFile<FactImportReport | { error: { code: string; message: string; details?: FactImportReport } }>(`/api/incentive/facts/import?year=${year}&dryRun=${dryRun}`, file),
  precheck: (year: number) => api.get<Precheck>('/api/incentive/precheck', { year }),
};

export const scenarioXlsxUrl = (id: string) => `/api/incentive/scenarios/${encodeURIComponent(id)}/xlsx`;
export const scenarioLetterUrl = (id: string) => `/api/incentive/scenarios/${encodeURIComponent(id)}/letter`;
