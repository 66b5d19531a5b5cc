import type { AgencyType } from '../../src/common/agency-types.js';
import type { BudgetSource, InnovationForm, WorkflowState } from '../../src/common/catalog.js';
import { type RegionRecord, readRegions } from '../../src/server/seed/reference-data.js';
import { type AgencySpec, INNOVATIONS_BY_AGENCY_TYPE } from './agencies.js';
import { drawTitleCore, type TitleCore, titleOf } from './innovation-title.js';
import { type Narrative, writeNarrative } from './narrative.js';
import { type Rng, recordUuid, rngFor } from './rng.js';
import { FORMS, type FundingSource, STOPPED_REASONS } from './vocabulary/phrases.js';
import type { Theme } from './vocabulary/themes.js';
import { Weighted, zipf } from './weighted.js';

/**
 * One innovation of the national data set, shaped after the catalog's column contract
 * (migration 2026_11_22_0100_catalog). Record #i depends only on (seed, i), never on the
 * records before it, so loaders can stream any range and tests can regenerate one record.
 */
export interface InnovationSpec {
  readonly index: number;
  readonly id: string;
  readonly agencyIndex: number;
  readonly unitName: string;
  readonly regionCode: string;
  readonly title: string;
  /** The narrative sections (summary, problem, approach, ...). */
  readonly text: Narrative;
  readonly themeKey: string;
  /** Index of the innovation this one replicates, when it is a replication. */
  readonly replicaOf: number | null;
  readonly budgetSource: BudgetSource;
  readonly beneficiaries: number;
  readonly costSavedIdr: number;
  readonly timeSavedDays: number;
  readonly indicators: readonly { label: string; unit: string; before: number; after: number }[];
  readonly websiteUrl: string | null;
  readonly videoUrl: string | null;
  /** YYYY-MM-DD. */
  readonly startDate: string;
  readonly digital: boolean;
  readonly form: InnovationForm;
  readonly sdgs: readonly number[];
  readonly status: 'running' | 'stopped';
  readonly stoppedReason: string | null;
  readonly statusConfirmedAt: Date;
  readonly workflowState: WorkflowState;
  readonly createdAt: Date;
  readonly submittedAt: Date | null;
  readonly publishedAt: Date | null;
}

export interface InnovationUniverse {
  readonly seed: number;
  readonly agencies: readonly AgencySpec[];
  /** The data set's "today": fixed, so the same seed always gives the same dates. */
  readonly asOf: Date;
  readonly agencyPicker: Weighted<AgencySpec>;
  readonly regencies: ReadonlyMap<string, readonly RegionRecord[]>;
  readonly regionByCode: ReadonlyMap<string, RegionRecord>;
  readonly allRegencies: readonly RegionRecord[];
}

export function innovationUniverse(seed: number, agencies: readonly AgencySpec[], asOf: Date): InnovationUniverse {
  const regions = readRegions();
  const regencies = new Map<string, RegionRecord[]>();
  for (const r of regions) {
    if (r.level !== 'regency') continue;
    const list = regencies.get(r.provinceCode!) ?? [];
    list.push(r);
    regencies.set(r.provinceCode!, list);
  }
  // Each type's share is split among its agencies by their activity.
  const typeActivity = new Map<AgencyType, number>();
  for (const a of agencies) typeActivity.set(a.type, (typeActivity.get(a.type) ?? 0) + a.activity);
  const weights = agencies.map((a) => (INNOVATIONS_BY_AGENCY_TYPE[a.type] * a.activity) / typeActivity.get(a.type)!);
  return {
    seed,
    agencies,
    asOf,
    agencyPicker: new Weighted(agencies, weights),
    regencies,
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    allRegencies: regions.filter((r) => r.level === 'regency'),
  };
}

/** Share of replications among innovations (they reuse an earlier innovation's name). */
const REPLICA_SHARE = 0.08;
const WORKFLOW = new Weighted<WorkflowState>(['published', 'draft', 'submitted', 'unpublished'], [94, 3, 2, 1]);
const FORM_PICKER = zipf(FORMS, 0.8);
const DAY = 86_400_000;
const REGIONAL_FUNDING = new Weighted<FundingSource>(['apbd', 'apbdes', 'apbn', 'csr', 'swadaya'], [70, 12, 8, 6, 4]);

export function titleCoreOf(seed: number, index: number): TitleCore {
  return drawTitleCore(rngFor(seed, 'innovation-core', index));
}

export function generateInnovation(u: InnovationUniverse, index: number): InnovationSpec {
  const rng = rngFor(u.seed, 'innovation', index);
  const replicaOf = index >= 50 && rng.chance(REPLICA_SHARE) ? rng.int(index) : null;
  const core = titleCoreOf(u.seed, replicaOf ?? index);
  const agency = u.agencyPicker.draw(rng);
  const region = regionFor(rng, u, agency);
  const placeName = region.level === 'province' ? `Provinsi ${region.name}` : region.name;
  const unitName = unitFor(rng, core.theme, agency, placeName);
  const startDate = startDateFor(rng, u.asOf);
  const startYear = startDate.getUTCFullYear();
  const { digital, form } = FORM_PICKER.draw(rng);
  const funding = fundingFor(rng, agency.type);
  const narrative = writeNarrative(rng, {
    theme: core.theme,
    core,
    placeName,
    agencyName: agency.name,
    unitName,
    startYear,
    head: headOf(agency.type, region),
    funding,
    digital,
  });
  const status = rng.chance(0.85) ? 'running' : 'stopped';
  const workflowState = WORKFLOW.draw(rng);
  const createdAt = new Date(Math.min(u.asOf.getTime() - DAY, Math.max(startDate.getTime(), Date.UTC(2014, 0, 1)) + rng.between(1, 400) * DAY));
  const submittedAt = workflowState === 'draft' ? null : new Date(createdAt.getTime() + rng.between(0, 20) * DAY);
  const publishedAt = workflowState === 'published' || workflowState === 'unpublished' ? new Date(submittedAt!.getTime() + rng.between(0, 10) * DAY) : null;
  // A quarter of running innovations were last confirmed more than 12 months ago (dashboard reminders).
  const confirmedDaysAgo = status === 'running' ? (rng.chance(0.25) ? rng.between(366, 900) : rng.between(0, 365)) : rng.between(0, 1100);
  const acronym = core.acronym.toLowerCase();
  return {
    index,
    id: recordUuid(u.seed, 'innovation', index),
    agencyIndex: agency.index,
    unitName,
    regionCode: region.code,
    title: titleOf(core, replicaOf === null ? null : placeName),
    text: narrative,
    themeKey: core.theme.key,
    replicaOf,
    budgetSource: funding,
    beneficiaries: Math.round(Math.exp(rng.normal(7.5, 1.6))),
    costSavedIdr: rng.chance(0.6) ? rng.between(5, 5_000) * 1_000_000 : 0,
    timeSavedDays: rng.between(0, 60) / 2,
    indicators: indicatorsFor(rng, core.theme),
    websiteUrl: digital && rng.chance(0.7) ? `https://${acronym}.${slug(placeName)}.go.id` : null,
    videoUrl: rng.chance(0.4) ? `https://www.youtube.com/watch?v=${videoId(rng)}` : null,
    startDate: startDate.toISOString().slice(0, 10),
    digital,
    form,
    sdgs: sdgsFor(rng, core.theme),
    status,
    stoppedReason: status === 'stopped' ? rng.pick(STOPPED_REASONS) : null,
    statusConfirmedAt: new Date(u.asOf.getTime() - confirmedDaysAgo * DAY),
    workflowState,
    createdAt,
    submittedAt,
    publishedAt,
  };
}

function regionFor(rng: Rng, u: InnovationUniverse, agency: AgencySpec): RegionRecord {
  const own = agency.regionCode ? u.regionByCode.get(agency.regionCode)! : u.regionByCode.get('31')!;
  switch (agency.type) {
    case 'kabupaten':
    case 'kota':
    case 'bumd':
    case 'swasta':
    case 'komunitas':
      return own;
    case 'provinsi':
    case 'perguruan_tinggi':
      return rng.chance(0.6) ? own : rng.pick(u.regencies.get(own.provinceCode ?? own.code) ?? [own]);
    default:
      // Central bodies run innovations through offices all over the country.
      return rng.chance(0.4) ? own : rng.pick(u.allRegencies);
  }
}

function unitFor(rng: Rng, theme: Theme, agency: AgencySpec, placeName: string): string {
  if (agency.type === 'kabupaten' || agency.type === 'kota' || agency.type === 'provinsi') {
    return `${zipf(theme.units).draw(rng)} ${placeName}`.slice(0, 200);
  }
  if (agency.type === 'kementerian' || agency.type === 'lembaga') return `Kantor Wilayah ${placeName}`;
  return '';
}

function headOf(type: AgencyType, region: RegionRecord): string {
  switch (type) {
    case 'kabupaten':
      return 'Bupati';
    case 'kota':
      return 'Wali Kota';
    case 'provinsi':
      return 'Gubernur';
    case 'kementerian':
    case 'lembaga':
      return 'Menteri';
    case 'bumn':
    case 'bumd':
      return 'Direksi';
    case 'perguruan_tinggi':
      return 'Rektor';
    default:
      return region.kind === 'kota' ? 'Wali Kota' : 'Bupati';
  }
}

function fundingFor(rng: Rng, type: AgencyType): FundingSource {
  switch (type) {
    case 'kementerian':
    case 'lembaga':
      return rng.chance(0.9) ? 'apbn' : 'hibah';
    case 'bumn':
    case 'bumd':
      return rng.chance(0.8) ? 'bumn_bumd' : 'csr';
    case 'perguruan_tinggi':
      return rng.pick(['apbn', 'hibah', 'csr'] as const);
    case 'swasta':
      return rng.pick(['csr', 'swadaya'] as const);
    case 'komunitas':
      return rng.pick(['swadaya', 'hibah', 'csr'] as const);
    default:
      return REGIONAL_FUNDING.draw(rng);
  }
}

/** Start years lean recent: the registry grew with KIPP (weight grows with the year). */
function startDateFor(rng: Rng, asOf: Date): Date {
  const lastYear = asOf.getUTCFullYear();
  const years = Array.from({ length: lastYear - 2008 + 1 }, (_, i) => 2008 + i);
  const year = new Weighted(
    years,
    years.map((y) => (y - 2006) ** 1.3),
  ).draw(rng);
  const day = Date.UTC(year, 0, 1) + rng.int(365) * DAY;
  return new Date(Math.min(day, asOf.getTime() - 30 * DAY));
}

function sdgsFor(rng: Rng, theme: Theme): number[] {
  const picker = zipf(theme.sdgs, 1.2);
  const count = new Weighted([1, 2, 3], [50, 35, 15]).draw(rng);
  const out = new Set<number>([theme.sdgs[0]!]);
  for (let tries = 0; out.size < count && tries < 10; tries++) out.add(picker.draw(rng));
  if (rng.chance(0.1)) out.add(17);
  return [...out].sort((a, b) => a - b);
}

function indicatorsFor(rng: Rng, theme: Theme): InnovationSpec['indicators'] {
  const picker = zipf(theme.indicators);
  const count = rng.between(1, 3);
  const labels = new Set<string>();
  for (let tries = 0; labels.size < count && tries < 8; tries++) labels.add(picker.draw(rng));
  return [...labels].map((label) => {
    const before = rng.between(5, 70);
    return { label, unit: '%', before, after: Math.min(100, before + rng.between(3, 30)) };
  });
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(kabupaten|kota|provinsi) /, '')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 40);
}

function videoId(rng: Rng): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return Array.from({ length: 11 }, () => alphabet[rng.int(alphabet.length)]).join('');
}
