import type { EngineScenario } from '../harness/scenario.js';
import { pageLcpScenario } from './catalog-lcp.js';

/**
 * The national dashboard page (issue #19 item 6): largest contentful paint in headless Chromium,
 * each load cold, measured like the catalog's (see catalog-lcp.ts). The charts (ECharts) load
 * after the page's own chunk, so they count only when one of them is the largest paint.
 */
export const DASHBOARD_PAGE_PATH = '/statistik';

export const dashboardLcpScenario: EngineScenario = pageLcpScenario({
  id: 'dashboard-lcp',
  title: 'National dashboard page: largest contentful paint (headless Chromium, cold)',
  path: DASHBOARD_PAGE_PATH,
  requiresTables: ['innovations', 'proposals'],
});
