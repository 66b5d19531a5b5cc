import type { Migration } from 'kysely';
import * as foundation from './2026_11_22_0001_foundation.js';
import * as catalog from './2026_11_22_0100_catalog.js';
import * as catalogCategories from './2026_11_22_0100_catalog_categories.js';
import * as catalogNarrowRows from './2026_11_22_0100_catalog_toast_narrow_rows.js';
import * as catalogSearchTuning from './2026_11_22_0100_catalog_search_tuning.js';
import * as competitions from './2026_11_22_0200_competitions.js';
import * as proposals from './2026_11_22_0200_proposals.js';
import * as evaluation from './2026_11_22_0300_evaluation.js';
import * as evaluationRedactions from './2026_11_22_0300_evaluation_redactions.js';
import * as proposalCheckSignals from './2026_11_22_0500_proposal_check_signals.js';
import * as dashboardCounts from './2026_12_03_0700_dashboard_counts.js';
import * as dashboardFlows from './2026_12_04_0200_dashboard_flows.js';
import * as monthlyReportFigures from './2026_12_04_0201_monthly_report_figures.js';
import * as dashboardIndexes from './2026_12_03_0701_dashboard_indexes.js';
import * as userPreferences from './2026_11_22_0600_user_preferences.js';
import * as passwordResets from './2026_12_01_0100_password_resets.js';
import * as incentive from './2026_12_01_0900_incentive.js';
import * as notifications from './2026_12_01_0400_notifications.js';
import * as auditCheckpoints from './2026_12_01_0300_audit_checkpoints.js';
import * as replicationNetwork from './2026_12_01_0500_replication_network.js';
import * as englishTexts from './2026_12_01_0800_english_texts.js';
import * as replicationFiles from './2026_12_02_0600_replication_files.js';
import * as groupRequiresReplication from './2026_12_02_0610_group_requires_replication.js';
import * as replicationListIndexes from './2026_12_02_0620_replication_list_indexes.js';
import * as institutionalisation from './2026_12_02_0200_institutionalisation.js';
import * as innovationIndex from './2026_12_02_0100_innovation_index.js';
import * as indexWindowNotices from './2026_12_03_0101_index_window_notices.js';
import * as indexNominations from './2026_12_04_0100_index_nominations.js';
import * as matchmaking from './2026_12_02_0300_matchmaking.js';
import * as events from './2026_12_02_0301_events.js';
import * as eventOrganising from './2026_12_03_0300_event_organising.js';
import * as historicalImport from './2026_12_02_0400_historical_import.js';
import * as historicalImportJobs from './2026_12_03_0900_historical_import_jobs.js';
import * as searchGenerationWriters from './2026_12_03_0901_search_generation_writers.js';
import * as searchForgiving from './2026_12_02_0500_search_forgiving.js';
import * as problemMatchVector from './2026_12_03_0400_problem_match_vector.js';
import * as innovationMatch from './2026_12_04_0400_innovation_match.js';
import * as innovationSearch from './2026_12_05_0001_innovation_search.js';
import * as dashboardMonthlyReports from './2026_12_03_0600_dashboard_monthly_reports.js';
import * as oaoiCampaignTallies from './2026_12_03_0200_oaoi_campaign_tallies.js';
import * as institutionalisationDocuments from './2026_12_03_0201_institutionalisation_documents.js';
import * as directoryGeneration from './2026_12_04_0300_directory_generation.js';
import * as ginPendingListLimit from './2026_12_06_0001_gin_pending_list_limit.js';

/**
 * Every migration in order. Listed explicitly (not discovered on disk) so the set is the same
 * under tsx, a bundle or tests. Names sort by their timestamp prefix.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_22_0001_foundation': foundation,
  '2026_11_22_0100_catalog': catalog,
  '2026_11_22_0100_catalog_categories': catalogCategories,
  '2026_11_22_0100_catalog_search_tuning': catalogSearchTuning,
  '2026_11_22_0100_catalog_toast_narrow_rows': catalogNarrowRows,
  '2026_11_22_0200_competitions': competitions,
  '2026_11_22_0200_proposals': proposals,
  '2026_11_22_0300_evaluation': evaluation,
  '2026_11_22_0300_evaluation_redactions': evaluationRedactions,
  '2026_11_22_0500_proposal_check_signals': proposalCheckSignals,
  '2026_11_22_0600_user_preferences': userPreferences,
  '2026_12_01_0100_password_resets': passwordResets,
  '2026_12_01_0900_incentive': incentive,
  '2026_12_01_0400_notifications': notifications,
  '2026_12_01_0300_audit_checkpoints': auditCheckpoints,
  '2026_12_01_0500_replication_network': replicationNetwork,
  '2026_12_01_0800_english_texts': englishTexts,
  '2026_12_02_0600_replication_files': replicationFiles,
  '2026_12_02_0610_group_requires_replication': groupRequiresReplication,
  '2026_12_02_0620_replication_list_indexes': replicationListIndexes,
  '2026_12_02_0200_institutionalisation': institutionalisation,
  '2026_12_02_0100_innovation_index': innovationIndex,
  '2026_12_03_0101_index_window_notices': indexWindowNotices,
  '2026_12_04_0100_index_nominations': indexNominations,
  '2026_12_02_0300_matchmaking': matchmaking,
  '2026_12_02_0301_events': events,
  '2026_12_03_0300_event_organising': eventOrganising,
  '2026_12_02_0400_historical_import': historicalImport,
  '2026_12_02_0500_search_forgiving': searchForgiving,
  '2026_12_03_0900_historical_import_jobs': historicalImportJobs,
  '2026_12_03_0901_search_generation_writers': searchGenerationWriters,
  '2026_12_03_0400_problem_match_vector': problemMatchVector,
  '2026_12_04_0400_innovation_match': innovationMatch,
  '2026_12_05_0001_innovation_search': innovationSearch,
  '2026_12_03_0600_dashboard_monthly_reports': dashboardMonthlyReports,
  '2026_12_03_0700_dashboard_counts': dashboardCounts,
  '2026_12_04_0200_dashboard_flows': dashboardFlows,
  '2026_12_04_0201_monthly_report_figures': monthlyReportFigures,
  '2026_12_03_0701_dashboard_indexes': dashboardIndexes,
  '2026_12_03_0200_oaoi_campaign_tallies': oaoiCampaignTallies,
  '2026_12_03_0201_institutionalisation_documents': institutionalisationDocuments,
  '2026_12_04_0300_directory_generation': directoryGeneration,
  '2026_12_06_0001_gin_pending_list_limit': ginPendingListLimit,
};
