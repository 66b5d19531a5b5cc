import { describe, expect, it } from 'vitest';
import { ageStage, factStage, type MaturityFacts, maturityOf, yearRanges } from './maturity.js';

const none: MaturityFacts = { agencyType: 'kabupaten', legalBases: [], budgetYears: [], plans: [], targetsWithRealisation: 0 };

describe('maturity stage rules', () => {
  it('rule 1: a regulation and a budget make it institutionalised, in plain words', () => {
    const r = factStage({ ...none, legalBases: [{ kind: 'perkada', number: '12', issuedOn: '2023-03-01' }], budgetYears: [2026, 2024, 2025] });
    expect(r).toEqual({
      stage: 'institutionalised',
      reason: { id: 'terlembaga: ada Perbup No. 12/2023 dan anggaran 2024–2026', en: 'institutionalised: Head regulation (Perbup) No. 12/2023 and a budget for 2024–2026' },
    });
    expect(factStage({ ...none, agencyType: 'kota', legalBases: [{ kind: 'perkada', number: '7', issuedOn: '2022-01-01' }], budgetYears: [2024] })?.reason.id).toContain(
      'Perwali No. 7/2022',
    );
  });

  it('rule 1 needs both: an SOP is not a regulation, a regulation without budget is only implemented', () => {
    expect(factStage({ ...none, legalBases: [{ kind: 'sop', number: '3', issuedOn: '2023-01-01' }], budgetYears: [2024] })?.stage).toBe('implemented');
    expect(factStage({ ...none, legalBases: [{ kind: 'perda', number: '1', issuedOn: '2023-01-01' }] })).toEqual({
      stage: 'implemented',
      reason: { id: 'diterapkan: ada Perda No. 1/2023', en: 'implemented: Regional regulation (Perda) No. 1/2023' },
    });
  });

  it('rule 2: a plan, a budget or a realised target each make it implemented; nothing lifts nothing', () => {
    expect(factStage({ ...none, plans: [{ plan: 'renstra', year: 2025 }] })?.reason.id).toBe('diterapkan: ada masuk RENSTRA 2025');
    expect(factStage({ ...none, targetsWithRealisation: 1 })?.stage).toBe('implemented');
    expect(factStage(none)).toBeNull();
  });

  it('rules 2–4 by age: not started, under 12 calendar months, a year or more', () => {
    expect(ageStage('2027-01-01', '2026-12-02').stage).toBe('initiative');
    expect(ageStage('2026-12-02', '2026-12-02').stage).toBe('trial');
    expect(ageStage('2025-12-03', '2026-12-02').stage).toBe('trial');
    expect(ageStage('2025-12-02', '2026-12-02').stage).toBe('implemented');
  });

  it('takes the later of the facts and the age', () => {
    expect(maturityOf(none, '2026-06-01', '2026-12-02').stage).toBe('trial');
    expect(maturityOf({ ...none, budgetYears: [2026] }, '2026-06-01', '2026-12-02').stage).toBe('implemented');
    expect(maturityOf({ ...none, budgetYears: [2026], legalBases: [{ kind: 'perda', number: '2', issuedOn: '2026-01-01' }] }, '2030-01-01', '2026-12-02').stage).toBe(
      'institutionalised',
    );
    expect(maturityOf(null, '2010-01-01', '2026-12-02').reason.id).toBe('diterapkan: berjalan sejak 2010');
  });

  it('writes years as short ranges', () => {
    expect(yearRanges([2028, 2024, 2025, 2026, 2024])).toBe('2024–2026, 2028');
    expect(yearRanges([2020])).toBe('2020');
  });
});
