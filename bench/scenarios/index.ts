import type { EngineScenario, StandaloneScenario } from '../harness/scenario.js';
import { apiCompressionScenario } from './api-compression.js';
import { catalogLcpScenario } from './catalog-lcp.js';
import { catalogSearchScenario } from './catalog-search.js';
import { dashboardLcpScenario } from './dashboard-lcp.js';
import { searchRelevanceScenario } from './search-relevance.js';
import { searchEstimatesScenario } from './search-estimates.js';
import { searchStreamScenario } from './search-stream.js';
import { dashboardsScenario } from './dashboards.js';
import { deadlineSurgeScenario } from './deadline-surge.js';
import { assignmentScenario } from './evaluation/assignment-scenario.js';
import { rankingScenario } from './evaluation/ranking-scenario.js';
import { incentiveScenario } from './incentive.js';
import { historicalImportScenario } from './historical-import.js';
import { importGuardScenario } from './import-guard.js';
import { innovationIndexScenario } from './innovation-index.js';
import { innovationPageScenario } from './innovation-page.js';
import { loginScenario } from './login.js';
import { matchmakingScenario } from './matchmaking/scenario.js';
import { notificationDigestScenario } from './notification-digest.js';
import { replicationScenario } from './replication.js';
import { oaoiCampaignsScenario } from './oaoi-campaigns.js';
import { serverMemoryScenario } from './server-memory.js';
import { webBuildScenario } from './web-build.js';

/**
 * Every scenario of `npm run bench`, in run order. A feature adds its own here (see
 * docs/PERFORMANCE.md, "Adding a scenario"). Engine scenarios run against each database in
 * turn; server-memory stays last because it reports the peak over the ones before it.
 */
export const ENGINE_SCENARIOS: readonly EngineScenario[] = [
  catalogSearchScenario,
  searchRelevanceScenario,
  searchStreamScenario,
  searchEstimatesScenario,
  innovationPageScenario,
  dashboardsScenario,
  loginScenario,
  catalogLcpScenario,
  dashboardLcpScenario,
  deadlineSurgeScenario,
  apiCompressionScenario,
  incentiveScenario,
  replicationScenario,
  oaoiCampaignsScenario,
  innovationIndexScenario,
  importGuardScenario,
  matchmakingScenario,
  serverMemoryScenario,
  // Writes 3,000 published records: after every scenario that reads the catalog.
  historicalImportScenario,
];

export const STANDALONE_SCENARIOS: readonly StandaloneScenario[] = [webBuildScenario, assignmentScenario, rankingScenario, notificationDigestScenario];
