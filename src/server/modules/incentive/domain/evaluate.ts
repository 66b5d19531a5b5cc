import {
  type Category,
  type Cluster,
  type Condition,
  FACT_LABELS,
  type FactCode,
  MEASURE_LABELS,
  type Measure,
  type Reason,
  type RegionKind,
  type RegionResult,
  type RuleSetConfig,
  type ScenarioResult,
} from '../../../../common/incentive.js';
import { allocateCluster, largestRemainder } from './allocation.js';

/**
 * Eligibility, category index and allocation of one scenario (pure). Every region gets its reasons
 * in plain Indonesian and English: each condition met or not with the recorded value and what was
 * required, each category with the count or score behind it.
 */

export interface RegionInput {
  code: string;
  name: string;
  kind: RegionKind;
  /** The region's recorded facts for the fiscal year (absent: not recorded). */
  facts: Partial<Record<FactCode, string>>;
  /** The region's measures from the platform's records (null: no data, e.g. no index results yet). */
  measures: Record<Measure, number | null>;
}

const VALUE_WORDS: Record<string, Reason> = {
  ya: { id: 'ya', en: 'yes' },
  tidak: { id: 'tidak', en: 'no' },
  sangat_tinggi: { id: 'sangat tinggi', en: 'very high' },
  tinggi: { id: 'tinggi', en: 'high' },
  sedang: { id: 'sedang', en: 'medium' },
  rendah: { id: 'rendah', en: 'low' },
  sangat_rendah: { id: 'sangat rendah', en: 'very low' },
};
const word = (value: string, lang: 'id' | 'en') => VALUE_WORDS[value]?.[lang] ?? value;
const list = (values: readonly string[], lang: 'id' | 'en') => values.map((v) => word(v, lang)).join(lang === 'id' ? ' atau ' : ' or ');

function conditionReason(c: Condition, value: string | undefined, year: number): { met: boolean; text: Reason } {
  const label = FACT_LABELS[c.fact];
  const met = value !== undefined && c.passes.includes(value);
  const seen = (lang: 'id' | 'en') => (value === undefined ? (lang === 'id' ? 'belum tercatat' : 'not recorded') : word(value, lang));
  return {
    met,
    text: {
      id: `${met ? 'Memenuhi' : 'Tidak memenuhi'}: ${label.id} ${year} ${seen('id')} (syarat: ${list(c.passes, 'id')})`,
      en: `${met ? 'Meets' : 'Does not meet'}: ${label.en} ${year} ${seen('en')} (required: ${list(c.passes, 'en')})`,
    },
  };
}

function categoryReason(cat: Category, value: number | null, resultsYear: number): { met: boolean; text: Reason } {
  const m = MEASURE_LABELS[cat.measure];
  const name = { id: cat.name, en: cat.nameEn ?? cat.name };
  if (value === null) {
    return { met: false, text: { id: `Kategori ${name.id}: ${m.id} ${resultsYear} belum tersedia`, en: `Category ${name.en}: ${m.en} ${resultsYear} not available yet` } };
  }
  const shown = cat.measure === 'iid_score' ? value.toLocaleString('id-ID', { maximumFractionDigits: 2 }) : String(value);
  const shownEn = cat.measure === 'iid_score' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(value);
  return {
    met: value > 0,
    text: {
      id: cat.measure === 'iid_score' ? `Kategori ${name.id}: ${m.id} ${resultsYear} = ${shown}` : `Kategori ${name.id}: ${shown} ${m.id} ${resultsYear}`,
      en: cat.measure === 'iid_score' ? `Category ${name.en}: ${m.en} ${resultsYear} = ${shownEn}` : `Category ${name.en}: ${shownEn} ${m.en} ${resultsYear}`,
    },
  };
}

function clusterOf(region: RegionInput, clusters: readonly Cluster[]): Cluster | null {
  for (const c of clusters) {
    const value = c.by === 'kind' ? region.kind : region.facts.fiscal_capacity;
    if (value !== undefined && c.values.includes(value)) return c;
  }
  return null;
}

const MICRO = 1_000_000;

export function evaluateScenario(config: RuleSetConfig, fiscalYear: number, regions: readonly RegionInput[]): ScenarioResult {
  // The best value of each measure across the country: a category scores value / best.
  const best = new Map<Measure, number>();
  for (const r of regions) {
    for (const cat of config.categories) {
      const v = r.measures[cat.measure];
      if (v !== null && v > (best.get(cat.measure) ?? 0)) best.set(cat.measure, v);
    }
  }
  const weightSum = config.categories.reduce((s, c) => s + c.weight, 0);
  const results: RegionResult[] = [];
  const indexMicro = new Map<string, bigint>();
  for (const r of [...regions].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const reasons: RegionResult['reasons'] = [];
    let conditionsMet = true;
    for (const c of config.conditions) {
      const reason = conditionReason(c, r.facts[c.fact], fiscalYear);
      conditionsMet &&= reason.met;
      reasons.push(reason);
    }
    const cluster = clusterOf(r, config.clusters);
    if (!cluster) {
      const missing = config.clusters.some((c) => c.by === 'fiscal_capacity') && r.facts.fiscal_capacity === undefined;
      reasons.push({
        met: false,
        text: missing
          ? { id: 'Tidak masuk klaster: kelas kapasitas fiskal belum tercatat', en: 'In no cluster: fiscal capacity class not recorded' }
          : { id: 'Tidak masuk klaster mana pun menurut aturan tahun ini', en: "In no cluster under this year's rules" },
      });
    }
    const categoryScores: Record<string, number> = {};
    let weighted = 0;
    for (const cat of config.categories) {
      const v = r.measures[cat.measure];
      reasons.push(categoryReason(cat, v, config.resultsYear));
      const top = best.get(cat.measure) ?? 0;
      const score = v !== null && top > 0 ? v / top : 0;
      categoryScores[cat.code] = Math.round(score * MICRO) / MICRO;
      weighted += cat.weight * score;
    }
    const index = weightSum > 0 ? Math.round((weighted / weightSum) * 100 * MICRO) / MICRO : 0;
    if (index <= 0) reasons.push({ met: false, text: { id: 'Tidak mendapat nilai di kategori kinerja mana pun', en: 'Scores in no performance category' } });
    const eligible = conditionsMet && cluster !== null && index > 0;
    if (eligible) indexMicro.set(r.code, BigInt(Math.round(index * MICRO)));
    results.push({
      regionCode: r.code,
      regionName: r.name,
      kind: r.kind,
      clusterCode: cluster?.code ?? null,
      eligible,
      reasons,
      categoryScores,
      categoryIndex: index,
      amount: '0',
    });
  }

  const pool = BigInt(config.pool);
  const min = BigInt(config.minPerRegion);
  const max = config.maxPerRegion === null ? null : BigInt(config.maxPerRegion);
  const byCluster = new Map(config.clusters.map((c) => [c.code, results.filter((r) => r.eligible && r.clusterCode === c.code)]));
  const funded = config.clusters.filter((c) => (byCluster.get(c.code)?.length ?? 0) > 0);
  const clusterPools =
    funded.length > 0
      ? largestRemainder(
          pool,
          funded.map((c) => ({ key: c.code, weight: BigInt(c.shareBasisPoints) })),
        )
      : new Map<string, bigint>();
  let allocated = 0n;
  let unallocated = funded.length > 0 ? 0n : pool;
  const clusters: ScenarioResult['clusters'] = [];
  for (const c of config.clusters) {
    const members = byCluster.get(c.code) ?? [];
    const clusterPool = clusterPools.get(c.code) ?? 0n;
    const outcome = allocateCluster(
      clusterPool,
      members.map((m) => ({ key: m.regionCode, weight: indexMicro.get(m.regionCode)! })),
      min,
      max,
    );
    let clusterAllocated = 0n;
    for (const m of members) {
      const amount = outcome.amounts.get(m.regionCode) ?? 0n;
      m.amount = amount.toString();
      clusterAllocated += amount;
    }
    for (const key of outcome.droppedForMinimum) {
      results
        .find((r) => r.regionCode === key)
        ?.reasons.push({
          met: false,
          text: {
            id: 'Tidak mendapat alokasi: dana klaster tidak cukup untuk memberi jumlah minimum kepada semua daerah, daerah dengan indeks terendah tidak diberi',
            en: "No allocation: the cluster's pool cannot pay every region the minimum, so the regions with the lowest index get none",
          },
        });
    }
    allocated += clusterAllocated;
    unallocated += outcome.unallocated;
    clusters.push({ code: c.code, name: c.name, pool: clusterPool.toString(), allocated: clusterAllocated.toString(), regions: members.length });
  }
  return {
    regions: results,
    clusters,
    pool: pool.toString(),
    allocated: allocated.toString(),
    unallocated: unallocated.toString(),
    eligibleCount: results.filter((r) => r.eligible).length,
  };
}
