import type { FactCode, RuleSetConfig } from '../../../common/incentive.js';
import { SYSTEM_ACTOR } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { setRegionFacts } from './facts-service.js';
import { createRuleSet, listRuleSets, publishRuleSet } from './rules-service.js';
import { recommendScenario, runScenario } from './scenarios-service.js';

/**
 * Demo data, loaded through the module's own services: facts for the demo's regional governments
 * (two of them fail a condition), a published 2026 rule set scoring the catalog's "KIPP 2025
 * (demo)" awards, two scenarios of which the first is the published recommendation (the finance
 * viewer's reading), and a draft 2027 rule set the ministry still has to finish.
 */

const DEMO_FACTS: Record<string, [opinion: string, budgetOnTime: string, ptsp: string, eGov: string, capacity: string]> = {
  '33': ['WTP', 'ya', 'ya', 'ya', 'sangat_tinggi'],
  '75': ['WTP', 'ya', 'ya', 'ya', 'rendah'],
  '35.10': ['WTP', 'ya', 'ya', 'ya', 'sedang'],
  '32.11': ['WTP', 'ya', 'ya', 'ya', 'rendah'],
  '34.01': ['WDP', 'ya', 'ya', 'ya', 'rendah'],
  '53.01': ['WTP', 'tidak', 'ya', 'tidak', 'sangat_rendah'],
  '35.78': ['WTP', 'ya', 'ya', 'ya', 'tinggi'],
  '73.71': ['WTP', 'ya', 'ya', 'ya', 'tinggi'],
  '33.74': ['WTP', 'ya', 'ya', 'ya', 'tinggi'],
  '32.73': ['WTP', 'ya', 'ya', 'ya', 'tinggi'],
};

export function demoRuleSet(resultsYear: number): RuleSetConfig {
  return {
    resultsYear,
    conditions: [
      { code: 'opini_wtp', fact: 'audit_opinion', passes: ['WTP'] },
      { code: 'apbd_tepat_waktu', fact: 'budget_on_time', passes: ['ya'] },
      { code: 'ptsp', fact: 'ptsp', passes: ['ya'] },
    ],
    categories: [
      { code: 'top45', name: 'Top 45 KIPP', nameEn: 'KIPP Top 45', measure: 'kipp_top45', weight: 30 },
      { code: 'top99', name: 'Top 99 KIPP', nameEn: 'KIPP Top 99', measure: 'kipp_top99', weight: 70 },
    ],
    clusters: [
      { code: 'provinsi', name: 'Provinsi', nameEn: 'Provinces', by: 'kind', values: ['provinsi'], shareBasisPoints: 1500 },
      { code: 'kabupaten', name: 'Kabupaten', nameEn: 'Regencies', by: 'kind', values: ['kabupaten'], shareBasisPoints: 5000 },
      { code: 'kota', name: 'Kota', nameEn: 'Cities', by: 'kind', values: ['kota'], shareBasisPoints: 3500 },
    ],
    pool: '100000000000',
    minPerRegion: '3500000000',
    maxPerRegion: '30000000000',
  };
}

export async function seedDemoIncentive(db: Db): Promise<void> {
  if ((await listRuleSets(db)).length > 0) return;
  const codes: FactCode[] = ['audit_opinion', 'budget_on_time', 'ptsp', 'e_government', 'fiscal_capacity'];
  for (const [region, values] of Object.entries(DEMO_FACTS)) {
    await setRegionFacts(
      db,
      SYSTEM_ACTOR,
      2026,
      region,
      codes.map((fact, i) => ({
        fact,
        value: values[i]!,
        source: fact === 'audit_opinion' ? 'LHP BPK atas LKPD 2024 (demo)' : fact === 'budget_on_time' ? 'Penetapan APBD 2025, Kemendagri (demo)' : 'Data Kementerian PANRB (demo)',
        sourceDate: '2025-06-30',
      })),
    );
  }
  const year2026 = await createRuleSet(db, SYSTEM_ACTOR, { fiscalYear: 2026, name: 'Insentif Fiskal kategori Inovasi Pelayanan Publik 2026 (demo)', config: demoRuleSet(2025) });
  await publishRuleSet(db, SYSTEM_ACTOR, year2026.id);
  const base = await runScenario(db, SYSTEM_ACTOR, year2026.id, { name: 'Skenario dasar', overrides: {} });
  await runScenario(db, SYSTEM_ACTOR, year2026.id, { name: 'Dana Rp 120 miliar, bobot Top 45 dinaikkan', overrides: { pool: '120000000000', weights: { top45: 60 } } });
  await recommendScenario(db, SYSTEM_ACTOR, base.id);
  await createRuleSet(db, SYSTEM_ACTOR, { fiscalYear: 2027, name: 'Rancangan insentif 2027 (demo)', config: demoRuleSet(2026) });
}
