import type { ColumnType } from 'kysely';
import type { GeneratedTimestamp } from '../schema.js';

/** Migration 2026_12_03_0600_dashboard_monthly_reports documents every column. */
export interface DashboardMonthlyReportTable {
  month: string;
  sent_at: GeneratedTimestamp;
  recipients: number;
  /** The national view as sent (migration 2026_12_04_0201); null for reports sent before it. */
  figures: ColumnType<unknown, string | null | undefined, string | null>;
}

/** Published innovations per province, regency/city ('' = the province's row, '-' = province level), start year and category (migration 0700, kept by triggers). */
export interface DashboardInnovationCountTable {
  province_code: string;
  regency_code: string;
  year_started: number;
  category_id: number;
  n: number;
}

/** The same per SDG: a record counts once under each of its goals (migration 0700). */
export interface DashboardInnovationSdgCountTable {
  province_code: string;
  regency_code: string;
  year_started: number;
  sdg: number;
  n: number;
}

export interface DashboardTables {
  dashboard_monthly_reports: DashboardMonthlyReportTable;
  dashboard_innovation_counts: DashboardInnovationCountTable;
  dashboard_innovation_sdg_counts: DashboardInnovationSdgCountTable;
}
