import type { IndexScore, ModelConfig, ReportWarning, ScoreRowInput } from '../../../common/innovation-index.js';
import type { DbOrTrx } from '../../db/types.js';
import { indexInnovationsOf, replicationRegionCounts } from '../catalog/index-facts-service.js';
import { reportWarnings, scoreReport } from './domain/scoring.js';
import type { ModelRow } from './repository.js';
import { type EvidenceRow, type IndicatorRow, type ReportRow, selectEvidenceOfReport, selectReportInnovations, selectRows } from './reports-repository.js';

/**
 * One report as its screens and the verifier see it: rows with evidence, the included
 * innovations with the facts the platform offers (replications counted from confirmed
 * replications), the claimed score (rows with any evidence) and the verified score (accepted or
 * corrected rows), both from the same pure scoring, and the warnings that cost points.
 */

export interface ReportInnovationView {
  id: string;
  title: string;
  affair: string | null;
  digital: boolean;
  initiator: string | null;
  replicationRegions: number;
  suggestedReplicationLevel: number | null;
}

export interface ReportView {
  id: string;
  year: number;
  regionCode: string;
  status: ReportRow['status'];
  sentAt: Date | null;
  verifiedAt: Date | null;
  innovations: ReportInnovationView[];
  rows: (Omit<IndicatorRow, 'reportId' | 'decidedAt' | 'answeredAt'> & { answeredAt: Date | null; evidence: Omit<EvidenceRow, 'rowId' | 'storageKey'>[] })[];
  claimed: IndexScore;
  verified: IndexScore;
  gap: number;
  warnings: ReportWarning[];
}

export function suggestedLevel(config: ModelConfig, indicatorCode: string, value: number): number | null {
  const indicator = config.indicators.find((i) => i.code === indicatorCode);
  if (!indicator || value <= 0) return null;
  const band = indicator.bands.find((b) => (b.min === null || value >= b.min) && (b.max === null || value <= b.max));
  return band?.level ?? null;
}

export function verifiedLevelOf(row: Pick<IndicatorRow, 'status' | 'verifiedLevel' | 'claimedLevel'>): number {
  return row.status === 'accepted' || row.status === 'corrected' ? (row.verifiedLevel ?? row.claimedLevel) : 0;
}

export async function buildReportView(db: DbOrTrx, model: ModelRow, report: ReportRow): Promise<ReportView> {
  const [included, rows, evidence] = await Promise.all([selectReportInnovations(db, report.id), selectRows(db, report.id), selectEvidenceOfReport(db, report.id)]);
  const ids = included.map((i) => i.innovationId);
  const [facts, replications] = await Promise.all([indexInnovationsOf(db, report.agencyId, ids), replicationRegionCounts(db, ids)]);
  const factOf = new Map(facts.map((f) => [f.id, f]));
  const replicationCode = model.config.indicators.find((i) => i.platformFact === 'replication_regions')?.code;
  const innovations = included.map((i) => {
    const f = factOf.get(i.innovationId);
    const n = replications.get(i.innovationId) ?? 0;
    return {
      id: i.innovationId,
      title: f?.title ?? '',
      affair: i.affair,
      digital: f?.digital ?? false,
      initiator: f?.initiator ?? null,
      replicationRegions: n,
      suggestedReplicationLevel: replicationCode ? suggestedLevel(model.config, replicationCode, n) : null,
    };
  });
  const evidenceOf = new Map<string, ReportView['rows'][number]['evidence']>();
  for (const { rowId, storageKey: _key, ...e } of evidence) evidenceOf.set(rowId, [...(evidenceOf.get(rowId) ?? []), e]);
  const scoreInnovations = included.map((i) => ({ id: i.innovationId, affair: i.affair }));
  const claimedRows: ScoreRowInput[] = rows.map((r) => ({ indicatorCode: r.indicatorCode, innovationId: r.innovationId, level: r.claimedLevel, evidenced: r.evidenceCount > 0 }));
  const verifiedRows: ScoreRowInput[] = rows.map((r) => ({
    indicatorCode: r.indicatorCode,
    innovationId: r.innovationId,
    level: verifiedLevelOf(r),
    evidenced: r.evidenceCount > 0,
  }));
  const claimed = scoreReport(model.config, { rows: claimedRows, innovations: scoreInnovations });
  const verified = scoreReport(model.config, { rows: verifiedRows, innovations: scoreInnovations });
  return {
    id: report.id,
    year: model.year,
    regionCode: report.regionCode,
    status: report.status,
    sentAt: report.sentAt,
    verifiedAt: report.verifiedAt,
    innovations,
    rows: rows.map(({ reportId: _r, decidedAt: _d, ...r }) => ({ ...r, evidence: evidenceOf.get(r.id) ?? [] })),
    claimed,
    verified,
    gap: Math.round((claimed.iid - verified.iid) * 100) / 100,
    warnings: reportWarnings(model.config, { rows: claimedRows, innovations: scoreInnovations }),
  };
}
