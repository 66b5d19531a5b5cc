import type { GeneratedTimestamp } from '../schema.js';

/** Migration 2026_12_03_0600_dashboard_monthly_reports documents every column. */
export interface DashboardMonthlyReportTable {
  month: string;
  sent_at: GeneratedTimestamp;
  recipients: number;
}

export interface DashboardTables {
  dashboard_monthly_reports: DashboardMonthlyReportTable;
}
