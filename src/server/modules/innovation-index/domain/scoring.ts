import type { IndexScore, ModelConfig, Predicate, ReportWarning, ScoreInnovationInput, ScoreRowInput } from '../../../../common/innovation-index.js';

/**
 * The index arithmetic, pure (the server's results, the live simulation and the tests use it):
 * - SPD = Σ weight × level over the regional-government indicators;
 * - an innovation's SID = Σ weight × level over its indicators;
 * - SID = Σ innovations' SID / max(k, n) + count score, where count score =
 *   min(n, cap) × points per innovation, and 0 unless at least `minBasicAffairs` of the basic
 *   service affairs are covered by the reported innovations;
 * - IID = (SPD + SID) / maxScore × 100, rounded to 2 decimals; the predicate is the first band
 *   whose minimum the rounded IID reaches.
 * A row without evidence that counts scores 0. No report, or nothing evidence-based: disclaimer.
 */

export const round2 = (value: number): number => Math.round((value + Number.EPSILON) * 100) / 100;

export function predicateOf(model: Pick<ModelConfig, 'predicates'>, iid: number): Predicate {
  const rounded = round2(iid);
  for (const band of model.predicates) if (band.code !== 'tidak_dapat_dinilai' && rounded >= band.min && rounded > 0) return band.code;
  return 'tidak_dapat_dinilai';
}

export function rowKey(indicatorCode: string, innovationId: string | null): string {
  return innovationId ? `${indicatorCode}:${innovationId}` : indicatorCode;
}

export function basicAffairsCovered(model: Pick<ModelConfig, 'countRule'>, innovations: readonly ScoreInnovationInput[]): number {
  const basic = new Set<string>(model.countRule.basicAffairs);
  return new Set(innovations.map((i) => i.affair).filter((a): a is string => !!a && basic.has(a))).size;
}

export function countScore(model: Pick<ModelConfig, 'countRule'>, innovations: readonly ScoreInnovationInput[]): number {
  const rule = model.countRule;
  if (basicAffairsCovered(model, innovations) < rule.minBasicAffairs) return 0;
  return Math.min(innovations.length, rule.cap) * rule.pointsPerInnovation;
}

export interface ScoreSums {
  /** Per indicator code: Σ of the levels that count (SID: over the reported innovations). */
  levelSums: Readonly<Record<string, number>>;
  innovations: readonly ScoreInnovationInput[];
  /** At least one row counts (has evidence that counts and a level). */
  evidenceBased: boolean;
}

/**
 * The index from per-indicator level sums (the national recomputation aggregates in SQL and
 * calls this; `scoreReport` reduces rows to the same sums): Σ weight × level = weight × Σ level.
 */
export function scoreFromSums(model: ModelConfig, sums: ScoreSums | null): IndexScore {
  const n = sums?.innovations.length ?? 0;
  const divisor = Math.max(model.k, n);
  if (!sums)
    return {
      spd: 0,
      sidIndicators: 0,
      sidAverage: 0,
      countScore: 0,
      sid: 0,
      iid: 0,
      predicate: 'tidak_dapat_dinilai',
      disclaimer: 'no_report',
      innovations: 0,
      divisor,
      basicAffairsCovered: 0,
      points: {},
    };
  let spd = 0;
  let sidIndicators = 0;
  const points: Record<string, number> = {};
  for (const indicator of model.indicators) {
    const p = indicator.weight * (sums.levelSums[indicator.code] ?? 0);
    points[indicator.code] = round2(p);
    if (indicator.aspect === 'spd') spd += p;
    else sidIndicators += p;
  }
  const count = countScore(model, sums.innovations);
  const sidAverage = sidIndicators / divisor;
  const sid = sidAverage + count;
  const iid = round2(((spd + sid) / model.maxScore) * 100);
  return {
    spd: round2(spd),
    sidIndicators: round2(sidIndicators),
    sidAverage: round2(sidAverage),
    countScore: round2(count),
    sid: round2(sid),
    iid: sums.evidenceBased ? iid : 0,
    predicate: sums.evidenceBased ? predicateOf(model, iid) : 'tidak_dapat_dinilai',
    disclaimer: sums.evidenceBased ? null : 'not_evidence_based',
    innovations: n,
    divisor,
    basicAffairsCovered: basicAffairsCovered(model, sums.innovations),
    points,
  };
}

/** The index of one report from its rows; `points` holds every row's points (`code` or `code:innovationId`). */
export function scoreReport(model: ModelConfig, report: { rows: readonly ScoreRowInput[]; innovations: readonly ScoreInnovationInput[] } | null): IndexScore {
  if (!report) return scoreFromSums(model, null);
  const indicators = new Map(model.indicators.map((i) => [i.code, i]));
  const reported = new Set(report.innovations.map((i) => i.id));
  const points: Record<string, number> = {};
  const levelSums: Record<string, number> = {};
  let evidenceBased = false;
  for (const row of report.rows) {
    const indicator = indicators.get(row.indicatorCode);
    if (!indicator) continue;
    if (indicator.aspect === 'sid' && (!row.innovationId || !reported.has(row.innovationId))) continue;
    if (indicator.aspect === 'spd' && row.innovationId) continue;
    const level = row.evidenced && row.level >= 1 && row.level <= 3 ? Math.trunc(row.level) : 0;
    if (level > 0) evidenceBased = true;
    points[rowKey(row.indicatorCode, row.innovationId)] = indicator.weight * level;
    levelSums[row.indicatorCode] = (levelSums[row.indicatorCode] ?? 0) + level;
  }
  return { ...scoreFromSums(model, { levelSums, innovations: report.innovations, evidenceBased }), points };
}

/** Warnings that cost points, shown while filling and at the local review. */
export function reportWarnings(model: ModelConfig, report: { rows: readonly ScoreRowInput[]; innovations: readonly ScoreInnovationInput[] }): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  const n = report.innovations.length;
  if (n < model.k) {
    warnings.push({
      code: 'empty_seats',
      message: {
        id: `Kursi kosong: ${n} inovasi dilaporkan, pembagi tetap ${model.k}; ${model.k - n} kursi kosong menurunkan rata-rata SID.`,
        en: `Empty seats: ${n} innovations reported, the divisor stays ${model.k}; ${model.k - n} empty seats lower the SID average.`,
      },
    });
  }
  const covered = basicAffairsCovered(model, report.innovations);
  if (covered < model.countRule.minBasicAffairs) {
    warnings.push({
      code: 'basic_affairs',
      message: {
        id: `Baru ${covered} dari ${model.countRule.basicAffairs.length} urusan pelayanan dasar tercakup (minimal ${model.countRule.minBasicAffairs}); skor jumlah inovasi 0.`,
        en: `Only ${covered} of ${model.countRule.basicAffairs.length} basic-service affairs covered (at least ${model.countRule.minBasicAffairs} needed); the innovation-count score is 0.`,
      },
    });
  }
  const evidenced = new Set(report.rows.filter((r) => r.evidenced).map((r) => rowKey(r.indicatorCode, r.innovationId)));
  const missing: string[] = [];
  for (const indicator of model.indicators.filter((i) => i.mandatory)) {
    const keys = indicator.aspect === 'spd' ? [rowKey(indicator.code, null)] : report.innovations.map((i) => rowKey(indicator.code, i.id));
    if (keys.some((k) => !evidenced.has(k))) missing.push(`${indicator.no}`);
  }
  if (missing.length > 0) {
    warnings.push({
      code: 'mandatory_without_evidence',
      message: { id: `Indikator wajib tanpa bukti (skor 0): no. ${missing.join(', ')}.`, en: `Mandatory indicators without evidence (scored 0): no. ${missing.join(', ')}.` },
    });
  }
  return warnings;
}
