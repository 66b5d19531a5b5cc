import type { CompetitionHistoryRow, DashboardFilters, InnovationFigures, NationalDashboard, RegionProfile } from '../../../common/dashboards.js';
import type { Db } from '../../db/types.js';
import { newestPublishedInnovations, publishedAwardLevels, publishedAwardsByCompetition } from '../catalog/figures-service.js';
import { listCompetitions } from '../competitions/service.js';
import { proposalHistory } from '../proposals/figures-service.js';
import { findRegion, regionNames } from '../regions/service.js';
import { cachedRead } from './cache.js';
import { innovationFigures, regencyFigures } from './figures-service.js';
import { loadSections, NATIONAL_SECTIONS, REGION_SECTIONS } from './sections.js';

/**
 * The dashboards' read models (issue #19). This module owns no table and writes nothing: every
 * figure comes from the owning module's read-model functions, over published records only.
 */
export interface DashboardsContext {
  db: Db;
  now: Date;
}

const RECENT_LIMIT = 10;

async function provinceFigures(db: Db, scope: { year?: number | undefined; provinceCode?: string | undefined }): Promise<InnovationFigures> {
  const figures = await innovationFigures(db, scope);
  const provinces = await regionNames(db, { level: 'province' });
  const counts = new Map(figures.byProvince.map((b) => [b.key, b.count]));
  return { ...figures, byProvince: provinces.map((p) => ({ key: p.code, name: p.name, count: counts.get(p.code) ?? 0 })) };
}

/** KIPP history and special calls, year by year: submitted, passed the check, Top 99, Top 45, winners. */
export async function competitionHistory(ctx: DashboardsContext, filters: DashboardFilters): Promise<CompetitionHistoryRow[]> {
  const [competitions, proposals, awards] = await Promise.all([
    listCompetitions({ db: ctx.db, actor: { userId: null, role: null, requestId: null }, user: null, now: ctx.now }, filters.year ? { year: filters.year } : {}),
    proposalHistory(ctx.db, filters.province),
    publishedAwardsByCompetition(ctx.db, { provinceCode: filters.province }),
  ]);
  const p = new Map(proposals.map((r) => [r.competitionId, r]));
  const a = new Map(awards.map((r) => [r.competitionId, r]));
  return competitions
    .map((c) => ({
      competitionId: c.id,
      year: c.year,
      name: c.name,
      kind: c.kind,
      proposals: p.get(c.id)?.submitted ?? 0,
      passedCheck: p.get(c.id)?.passedCheck ?? 0,
      top99: a.get(c.id)?.top99 ?? 0,
      top45: a.get(c.id)?.top45 ?? 0,
      winners: a.get(c.id)?.winners ?? 0,
    }))
    .sort((x, y) => x.year - y.year || x.name.localeCompare(y.name));
}

export function nationalDashboard(ctx: DashboardsContext, filters: DashboardFilters): Promise<NationalDashboard> {
  return cachedRead(ctx.db, `national:${filters.year ?? ''}:${filters.province ?? ''}`, () => computeNational(ctx, filters));
}

/** The national figures computed now, past the cache (the monthly report reads them once a month). */
export const computeNationalFresh = (ctx: DashboardsContext, filters: DashboardFilters): Promise<NationalDashboard> => computeNational(ctx, filters);

async function computeNational(ctx: DashboardsContext, filters: DashboardFilters): Promise<NationalDashboard> {
  const scope = { year: filters.year, provinceCode: filters.province };
  const innovations = await provinceFigures(ctx.db, scope);
  const history = await competitionHistory(ctx, filters);
  const sections = await loadSections(NATIONAL_SECTIONS, ctx.db, filters);
  return {
    filters: { year: filters.year ?? null, province: filters.province ?? null },
    generatedAt: new Date().toISOString(),
    innovations,
    kipp: history.filter((h) => h.kind === 'kipp'),
    specialCalls: history.filter((h) => h.kind === 'special'),
    sections,
  };
}

const EMPTY_FIGURES: InnovationFigures = {
  total: 0,
  byProvince: [],
  byCategory: [],
  bySdg: Array.from({ length: 17 }, (_, i) => ({ key: String(i + 1), count: 0 })),
  byStartYear: [],
};

/** A view with no figures: the shape the open-data dictionary is read from. */
export function emptyNationalDashboard(): NationalDashboard {
  return { filters: { year: null, province: null }, generatedAt: new Date(0).toISOString(), innovations: EMPTY_FIGURES, kipp: [], specialCalls: [], sections: [] };
}

/**
 * A province's or regency's/city's profile. An unknown code answers an empty profile
 * (`region: null`), never an error, so the page can say so plainly.
 */
export function regionProfile(ctx: DashboardsContext, code: string): Promise<RegionProfile> {
  return cachedRead(ctx.db, `region:${code}`, () => computeRegion(ctx, code));
}

async function computeRegion(ctx: DashboardsContext, code: string): Promise<RegionProfile> {
  const region = await findRegion(ctx.db, code);
  if (!region) return { region: null, innovations: EMPTY_FIGURES, awards: [], recent: [], peers: [], sections: [] };
  const scope = region.level === 'province' ? { provinceCode: region.code } : { regencyCode: region.code };
  const innovations = await provinceFigures(ctx.db, scope);
  const awards = await publishedAwardLevels(ctx.db, scope);
  const recent = await newestPublishedInnovations(ctx.db, scope, RECENT_LIMIT);
  const peers = await peerCounts(ctx.db, region);
  const sections = await loadSections(REGION_SECTIONS, ctx.db, region);
  return {
    region,
    innovations: { ...innovations, byProvince: innovations.byProvince.filter((b) => b.count > 0) },
    awards: awards.sort((a, b) => a.level.localeCompare(b.level)),
    recent: recent.map((r) => ({ id: r.id, title: r.title, agencyName: r.agencyName, yearStarted: r.yearStarted, awards: r.awards })),
    peers,
    sections,
  };
}

/** Same kind of region: every province; or the regencies (or cities) of the same province. */
async function peerCounts(db: Db, region: NonNullable<RegionProfile['region']>): Promise<RegionProfile['peers']> {
  let rows: { code: string; name: string; count: number }[];
  if (region.level === 'province') {
    const figures = await innovationFigures(db, {});
    const names = await regionNames(db, { level: 'province' });
    const counts = new Map(figures.byProvince.map((b) => [b.key, b.count]));
    rows = names.map((n) => ({ code: n.code, name: n.name, count: counts.get(n.code) ?? 0 }));
  } else {
    const provinceCode = region.provinceCode!;
    const names = await regionNames(db, { level: 'regency', provinceCode });
    const counts = new Map((await regencyFigures(db, provinceCode)).map((b) => [b.key, b.count]));
    rows = names.filter((n) => n.kind === region.kind).map((n) => ({ code: n.code, name: n.name, count: counts.get(n.code) ?? 0 }));
  }
  rows.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return rows.map((r, i) => ({ ...r, rank: i + 1 }));
}
