import { describe, expect, it } from 'vitest';
import { modelConfigSchema, type ScoreRowInput } from '../../../../common/innovation-index.js';
import { predicateOf, reportWarnings, scoreReport } from './scoring.js';
import { seedModelConfig } from './seed-models.js';
import { modelMaxima, publishProblems } from './validate.js';

const m2026 = seedModelConfig(2026);
const m2023 = seedModelConfig(2023);
const spdCodes = m2026.indicators.filter((i) => i.aspect === 'spd').map((i) => i.code);
const sidCodes = m2026.indicators.filter((i) => i.aspect === 'sid').map((i) => i.code);
const spdRows = (level: number, evidenced = true): ScoreRowInput[] => spdCodes.map((indicatorCode) => ({ indicatorCode, innovationId: null, level, evidenced }));
const sidRows = (innovationId: string, level: number): ScoreRowInput[] => sidCodes.map((indicatorCode) => ({ indicatorCode, innovationId, level, evidenced: true }));

describe('seeded models', () => {
  it('parse, and their weights sum to the declared maximum (63 + 111 + 76 = 250)', () => {
    for (const model of [m2023, m2026]) {
      expect(modelConfigSchema.parse(model)).toBeTruthy();
      expect(model.indicators).toHaveLength(36);
      expect(new Set(model.variables.map((v) => v.code)).size).toBe(8);
      expect(modelMaxima(model)).toEqual({ spd: 63, sidIndicators: 111, count: 76, total: 250 });
      expect(publishProblems(model)).toEqual([]);
    }
    expect([m2023.k, m2026.k]).toEqual([10, 12]);
  });

  it('refuses to publish a model whose weights do not sum to its maximum', () => {
    const broken = structuredClone(m2026);
    broken.indicators[0]!.weight = 2;
    expect(
      publishProblems(broken)
        .map((p) => p.en)
        .join(' '),
    ).toContain('SPD 66 + SID 111 + innovation count 76 = 253, not 250');
  });
});

describe('scoreReport (hand-computed)', () => {
  it('SPD = Σ weight × level; SID = Σ SID / max(k, n); no count score under 5 basic affairs', () => {
    const innovations = [
      { id: 'a', affair: 'pendidikan' },
      { id: 'b', affair: 'kesehatan' },
      { id: 'c', affair: 'sosial' },
    ];
    const score = scoreReport(m2026, { rows: [...spdRows(2), ...sidRows('a', 3), ...sidRows('b', 3), ...sidRows('c', 3)], innovations });
    // SPD 21 × 2 = 42; each innovation 37 × 3 = 111, 333 / max(12, 3) = 27.75; 3 of 6 affairs → count 0.
    expect(score).toMatchObject({ spd: 42, sidIndicators: 333, divisor: 12, sidAverage: 27.75, countScore: 0, sid: 27.75, basicAffairsCovered: 3 });
    // (42 + 27.75) / 250 × 100 = 27.9
    expect(score.iid).toBe(27.9);
    expect(score.predicate).toBe('kurang_inovatif');
    expect(score.points['opini_bpk']).toBe(4);
    expect(score.points['regulasi:a']).toBe(6);
  });

  it('divides by n above k and adds min(n, 200) × 0.38 when 5 of 6 basic affairs are covered', () => {
    const affairs = ['pendidikan', 'kesehatan', 'pekerjaan_umum', 'perumahan', 'sosial'];
    const innovations = Array.from({ length: 14 }, (_, i) => ({ id: `i${i}`, affair: affairs[i % 5]! }));
    const rows: ScoreRowInput[] = [{ indicatorCode: 'opini_bpk', innovationId: null, level: 3, evidenced: true }];
    for (const inn of innovations)
      rows.push({ indicatorCode: 'regulasi', innovationId: inn.id, level: 3, evidenced: true }, { indicatorCode: 'video', innovationId: inn.id, level: 1, evidenced: true });
    const score = scoreReport(m2026, { rows, innovations });
    // SPD 2 × 3 = 6; each innovation 2 × 3 + 1 × 1 = 7; 98 / 14 = 7; count 14 × 0.38 = 5.32.
    expect(score).toMatchObject({ spd: 6, sidAverage: 7, countScore: 5.32, sid: 12.32, divisor: 14 });
    // (6 + 12.32) / 250 × 100 = 7.328 → 7.33
    expect(score.iid).toBe(7.33);
  });

  it('caps the count at 200 innovations (76 points)', () => {
    const affairs = ['pendidikan', 'kesehatan', 'pekerjaan_umum', 'perumahan', 'trantibum', 'sosial'];
    const innovations = Array.from({ length: 250 }, (_, i) => ({ id: `i${i}`, affair: affairs[i % 6]! }));
    const score = scoreReport(m2026, { rows: spdRows(3), innovations });
    // SPD 63; SID 0 / 250 + 76; (63 + 76) / 250 × 100 = 55.6
    expect(score).toMatchObject({ spd: 63, countScore: 76, sid: 76, iid: 55.6, predicate: 'inovatif' });
  });

  it('scores a row without evidence 0, and ignores rows of innovations not reported', () => {
    const rows = spdRows(3);
    rows[0] = { ...rows[0]!, evidenced: false };
    const score = scoreReport(m2026, { rows: [...rows, ...sidRows('other', 3)], innovations: [] });
    expect(score.spd).toBe(60);
    expect(score.points['visi_misi']).toBe(0);
    expect(score.sidIndicators).toBe(0);
  });

  it('gives the disclaimer for no report and for a report without evidence', () => {
    expect(scoreReport(m2026, null)).toMatchObject({ iid: 0, predicate: 'tidak_dapat_dinilai', disclaimer: 'no_report' });
    expect(scoreReport(m2026, { rows: spdRows(3, false), innovations: [] })).toMatchObject({ iid: 0, predicate: 'tidak_dapat_dinilai', disclaimer: 'not_evidence_based' });
  });
});

describe('predicate boundaries', () => {
  it.each([
    [100, 'sangat_inovatif'],
    [60.01, 'sangat_inovatif'],
    [60.0, 'inovatif'],
    [35.0, 'inovatif'],
    [34.99, 'kurang_inovatif'],
    [0.01, 'kurang_inovatif'],
    [0, 'tidak_dapat_dinilai'],
  ] as const)('2023: %d is %s', (iid, predicate) => expect(predicateOf(m2023, iid)).toBe(predicate));

  it.each([
    [100, 'sangat_inovatif'],
    [65.01, 'sangat_inovatif'],
    [65.0, 'inovatif'],
    [40.01, 'inovatif'],
    [40.0, 'kurang_inovatif'],
    [0.01, 'kurang_inovatif'],
    [0, 'tidak_dapat_dinilai'],
  ] as const)('2026: %d is %s', (iid, predicate) => expect(predicateOf(m2026, iid)).toBe(predicate));
});

describe('reportWarnings', () => {
  it('warns of empty seats, basic-affair coverage and mandatory indicators without evidence', () => {
    const warnings = reportWarnings(m2026, { rows: spdRows(2), innovations: [{ id: 'a', affair: 'pendidikan' }] });
    expect(warnings.map((w) => w.code)).toEqual(['empty_seats', 'basic_affairs', 'mandatory_without_evidence']);
    expect(warnings[0]!.message.id).toContain('11 kursi kosong');
    expect(warnings[2]!.message.en).toContain('no. 18, 20, 34');
  });
});
