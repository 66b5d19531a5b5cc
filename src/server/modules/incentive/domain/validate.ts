import { FACT_VALUES, REGION_KINDS, type RuleSetConfig, type ScenarioOverrides } from '../../../../common/incentive.js';
import { errors, type LocalizedText } from '../../../http/errors.js';

/**
 * Rules a rule set must satisfy beyond its shape. Each refusal names the field, in Bahasa
 * Indonesia and English, before anything is written.
 */
function refuse(field: string, text: LocalizedText): never {
  throw errors.validation({ id: `Aturan tidak valid: '${field}' ${text.id}.`, en: `Invalid rules: '${field}' ${text.en}.` }, { fields: [{ field, message: text }] });
}

function unique(field: string, codes: readonly string[]): void {
  const seen = new Set<string>();
  for (const c of codes) {
    if (seen.has(c)) refuse(field, { id: `memuat kode '${c}' dua kali`, en: `has the code '${c}' twice` });
    seen.add(c);
  }
}

export function checkRuleSet(config: RuleSetConfig): void {
  unique(
    'conditions',
    config.conditions.map((c) => c.code),
  );
  unique(
    'categories',
    config.categories.map((c) => c.code),
  );
  unique(
    'clusters',
    config.clusters.map((c) => c.code),
  );

  config.conditions.forEach((c, i) => {
    const allowed = FACT_VALUES[c.fact];
    const wrong = c.passes.find((v) => !allowed.includes(v));
    if (wrong) refuse(`conditions[${i}].passes`, { id: `memuat '${wrong}', nilai yang dikenal: ${allowed.join(', ')}`, en: `has '${wrong}'; known values: ${allowed.join(', ')}` });
  });
  // Two conditions on one fact must leave some value that passes both.
  const byFact = new Map<string, Set<string>>();
  for (const c of config.conditions) {
    const before = byFact.get(c.fact);
    const now = before ? new Set(c.passes.filter((v) => before.has(v))) : new Set(c.passes);
    if (now.size === 0) {
      refuse('conditions', { id: `bertentangan: tidak ada nilai '${c.fact}' yang memenuhi semua syarat`, en: `contradict each other: no value of '${c.fact}' meets them all` });
    }
    byFact.set(c.fact, now);
  }

  const kinds = new Set(config.clusters.map((c) => c.by));
  if (kinds.size > 1)
    refuse('clusters', { id: 'harus dibentuk dengan satu dasar saja (jenis daerah atau kapasitas fiskal)', en: 'must all use one basis (kind of region or fiscal capacity)' });
  const members = new Map<string, string>();
  config.clusters.forEach((c, i) => {
    const allowed: readonly string[] = c.by === 'kind' ? REGION_KINDS : FACT_VALUES.fiscal_capacity;
    for (const v of c.values) {
      if (!allowed.includes(v))
        refuse(`clusters[${i}].values`, { id: `memuat '${v}', nilai yang dikenal: ${allowed.join(', ')}`, en: `has '${v}'; known values: ${allowed.join(', ')}` });
      const other = members.get(v);
      if (other) refuse(`clusters[${i}].values`, { id: `'${v}' sudah masuk klaster '${other}'`, en: `'${v}' is already in cluster '${other}'` });
      members.set(v, c.code);
    }
  });
  const shares = config.clusters.reduce((s, c) => s + c.shareBasisPoints, 0);
  if (shares !== 10_000) {
    refuse('clusters.shareBasisPoints', { id: `harus berjumlah 100% (sekarang ${(shares / 100).toLocaleString('id-ID')}%)`, en: `must sum to 100% (now ${shares / 100}%)` });
  }
  if (BigInt(config.pool) <= 0n) refuse('pool', { id: 'harus lebih dari nol', en: 'must be more than zero' });
  if (config.maxPerRegion !== null && BigInt(config.minPerRegion) > BigInt(config.maxPerRegion)) {
    refuse('minPerRegion', { id: 'tidak boleh lebih besar dari maksimum per daerah', en: 'must not exceed the maximum per region' });
  }
}

/** The rule set with a scenario's changes applied, checked again as a whole. */
export function applyOverrides(config: RuleSetConfig, overrides: ScenarioOverrides): RuleSetConfig {
  for (const code of Object.keys(overrides.weights ?? {})) {
    if (!config.categories.some((c) => c.code === code)) refuse(`overrides.weights.${code}`, { id: 'bukan kategori aturan ini', en: 'is not a category of these rules' });
  }
  for (const code of Object.keys(overrides.shares ?? {})) {
    if (!config.clusters.some((c) => c.code === code)) refuse(`overrides.shares.${code}`, { id: 'bukan klaster aturan ini', en: 'is not a cluster of these rules' });
  }
  const next: RuleSetConfig = {
    ...config,
    pool: overrides.pool ?? config.pool,
    minPerRegion: overrides.minPerRegion ?? config.minPerRegion,
    maxPerRegion: overrides.maxPerRegion === undefined ? config.maxPerRegion : overrides.maxPerRegion,
    categories: config.categories.map((c) => ({ ...c, weight: overrides.weights?.[c.code] ?? c.weight })),
    clusters: config.clusters.map((c) => ({ ...c, shareBasisPoints: overrides.shares?.[c.code] ?? c.shareBasisPoints })),
  };
  checkRuleSet(next);
  return next;
}
