import type { AgencyType } from '../../src/common/agency-types.js';
import { governmentName, type RegionRecord, readRegions } from '../../src/server/seed/reference-data.js';
import { type Rng, rngFor } from './rng.js';
import {
  AGENCIES_CENTRAL,
  COMMUNITY_PATTERNS,
  MINISTRIES,
  ORGANISATION_WORDS,
  PRIVATE_PATTERNS,
  REGIONAL_FIRM_PATTERNS,
  REGIONAL_FIRM_WORDS,
  REGIONAL_OFFICE_FIRMS,
  STATE_OWNED_FIRMS,
  UNIVERSITIES,
} from './vocabulary/organisations.js';

/**
 * ~1,000 organisations of every type: the 552 regional governments (already loaded as reference
 * data; listed here so innovations can be spread over them), ministries and agencies, state- and
 * region-owned firms, universities, private firms and community organisations.
 */
export interface AgencySpec {
  /** Stable position in the list; innovations refer to agencies by it. */
  readonly index: number;
  readonly name: string;
  readonly type: AgencyType;
  readonly regionCode: string | null;
  /** Relative number of innovations it registers (a few agencies are very active). */
  readonly activity: number;
}

/** Share of innovations registered by each type (regional governments dominate KIPP). */
export const INNOVATIONS_BY_AGENCY_TYPE: Readonly<Record<AgencyType, number>> = {
  kabupaten: 45,
  kota: 17,
  provinsi: 10,
  kementerian: 8,
  lembaga: 6,
  bumn: 4,
  bumd: 3,
  perguruan_tinggi: 3,
  swasta: 2,
  komunitas: 2,
};

const JAVA_BALI = new Set(['31', '32', '33', '34', '35', '36', '51']);

export interface AgencyCounts {
  regionalOffices: number;
  regionalFirms: number;
  privateFirms: number;
  communities: number;
}

export const DEFAULT_AGENCY_COUNTS: AgencyCounts = { regionalOffices: 40, regionalFirms: 120, privateFirms: 45, communities: 45 };

export function generateAgencies(seed: number, counts: AgencyCounts = DEFAULT_AGENCY_COUNTS): AgencySpec[] {
  const rng = rngFor(seed, 'agencies');
  const regions = readRegions();
  const provinces = regions.filter((r) => r.level === 'province');
  const regencies = regions.filter((r) => r.level === 'regency');
  const drafts: Omit<AgencySpec, 'index' | 'activity'>[] = [];
  const names = new Set<string>();
  const add = (name: string, type: AgencyType, regionCode: string | null) => {
    const key = name.toLowerCase();
    if (names.has(key)) return;
    names.add(key);
    drafts.push({ name, type, regionCode });
  };

  for (const region of regions) add(governmentName(region), region.level === 'province' ? 'provinsi' : (region.kind as AgencyType), region.code);
  for (const name of MINISTRIES) add(name, 'kementerian', '31');
  for (const name of AGENCIES_CENTRAL) add(name, 'lembaga', '31');
  for (const name of STATE_OWNED_FIRMS) add(name, 'bumn', '31');
  for (const province of rng.sample(provinces, counts.regionalOffices)) {
    add(rng.pick(REGIONAL_OFFICE_FIRMS).replace('{province}', province.name), 'bumn', province.code);
  }
  for (const name of UNIVERSITIES) add(name, 'perguruan_tinggi', universityRegion(rng, provinces));
  for (let i = 0; drafts.filter((d) => d.type === 'bumd').length < counts.regionalFirms && i < counts.regionalFirms * 5; i++) {
    const region = rng.pick(rng.chance(0.15) ? provinces : regencies);
    const pattern = rng.pick(REGIONAL_FIRM_PATTERNS);
    add(pattern.replace('{word}', rng.pick(REGIONAL_FIRM_WORDS)).replace('{region}', region.name), 'bumd', region.code);
  }
  addPatterned(rng, add, 'swasta', PRIVATE_PATTERNS, counts.privateFirms, regencies);
  addPatterned(rng, add, 'komunitas', COMMUNITY_PATTERNS, counts.communities, regencies);

  return drafts.map((d, index) => ({ ...d, index, activity: activityOf(rng, d) }));
}

function addPatterned(
  rng: Rng,
  add: (name: string, type: AgencyType, regionCode: string | null) => void,
  type: AgencyType,
  patterns: readonly string[],
  count: number,
  regencies: readonly RegionRecord[],
): void {
  for (let i = 0; i < count; i++) {
    const region = rng.pick(regencies);
    const base = rng.pick(patterns).replace('{word}', rng.pick(ORGANISATION_WORDS));
    // Place names keep patterned names unique and tell where the organisation works.
    add(`${base} ${region.name.replace(/^(Kabupaten|Kota) /, '')}`, type, region.code);
  }
}

function universityRegion(rng: Rng, provinces: readonly RegionRecord[]): string {
  return rng.pick(provinces).code;
}

/** Activity: Java and Bali regions register more; a long tail of agencies registers little. */
function activityOf(rng: Rng, agency: Omit<AgencySpec, 'index' | 'activity'>): number {
  const province = agency.regionCode?.slice(0, 2) ?? '31';
  const regional = JAVA_BALI.has(province) ? 2 : 1;
  // Pareto-like: 1 / u^0.8 gives a few agencies many times the typical activity.
  const heavyTail = Math.min(50, 1 / (1 - rng.next()) ** 0.8);
  return regional * heavyTail;
}
