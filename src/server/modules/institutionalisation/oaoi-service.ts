import type { z } from 'zod';
import {
  type DefaultTargetInput,
  isOaoiAgencyType,
  type OaoiAgencyRow,
  type OaoiAgencyType,
  type OaoiAgencyView,
  type OaoiCoverageQuery,
  oaoiCoverageQuery,
  type OaoiCoverageView,
  type OaoiStatus,
} from '../../../common/institutionalisation.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { findAgency } from '../agencies/service.js';
import { coverageBy, coverageOf, effectiveTarget } from './domain/coverage.js';
import { directory } from './directory-cache.js';
import { todayWib } from './domain/maturity.js';
import { GenerationCache } from '../catalog/search-cache.js';
import { readCoverageGeneration, selectAgencyTargets, selectDefaultTargets, selectRealisation, upsertAgencyTarget, upsertDefaultTarget } from './oaoi-repository.js';
import { assertRaiseTarget, assertReadAgencyTargets, mayRaiseTarget } from './policy.js';

/**
 * One Agency One Innovation (issue #16 item 2): yearly targets, realisation from the catalog
 * (published innovations running in the year), coverage nationally, per province, per agency type
 * and per year, the agencies with nothing running. Governments only (OAOI_AGENCY_TYPES), active.
 */
const yearOf = (now: Date) => Number(todayWib(now).slice(0, 4));
type YearRow = OaoiAgencyRow & { year: number };

type AgencyYears = Awaited<ReturnType<typeof computeAgencyYears>>;
const coverageCaches = new WeakMap<object, GenerationCache<AgencyYears>>();

/**
 * Target and realisation of every agency for each year in the range, computed once per change of
 * the directory, the realisation spans or the targets (readCoverageGeneration; any process) and
 * kept in memory per database — callers never mutate what they get.
 */
async function agencyYears(db: Db, fromYear: number, toYear: number): Promise<AgencyYears> {
  let cache = coverageCaches.get(db);
  if (!cache) coverageCaches.set(db, (cache = new GenerationCache<AgencyYears>(16, 10 * 60_000)));
  const generation = await readCoverageGeneration(db);
  if (generation === null) return computeAgencyYears(db, fromYear, toYear);
  const key = `${fromYear}-${toYear}`;
  const hit = cache.get(key, generation);
  if (hit) return hit;
  const value = await computeAgencyYears(db, fromYear, toYear);
  cache.set(key, generation, value);
  return value;
}

async function computeAgencyYears(db: Db, fromYear: number, toYear: number) {
  const [dir, running, defaults, own] = await Promise.all([
    directory(db),
    selectRealisation(db, fromYear, toYear),
    selectDefaultTargets(db, fromYear, toYear),
    selectAgencyTargets(db, fromYear, toYear),
  ]);
  const count = new Map(running.map((r) => [`${r.agency_id}|${r.year}`, r.n]));
  const def = new Map(defaults.map((d) => [`${d.agency_type}|${d.year}`, d.target]));
  const mine = new Map(own.map((o) => [`${o.agency_id}|${o.year}`, o.target]));
  const rows: YearRow[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const a of dir.oaoiAgencies) {
      const target = effectiveTarget(def.get(`${a.type}|${year}`), mine.get(`${a.id}|${year}`));
      const realisation = count.get(`${a.id}|${year}`) ?? 0;
      rows.push({ ...a, year, target, realisation, met: realisation >= target });
    }
  }
  return { rows, defaults, provinceName: dir.provinceName };
}

const statusTest: Record<OaoiStatus, (r: OaoiAgencyRow) => boolean> = {
  none: (r) => r.realisation === 0,
  below: (r) => r.realisation > 0 && !r.met,
  met: (r) => r.met,
  unmet: (r) => !r.met,
};
/** localeCompare's order, one collator for all comparisons (much cheaper per comparison). */
const collator = new Intl.Collator();
const byName = (a: OaoiAgencyRow, b: OaoiAgencyRow) => collator.compare(a.name, b.name);
const sorts: Record<OaoiCoverageQueryParsed['sort'], (a: OaoiAgencyRow, b: OaoiAgencyRow) => number> = {
  name: byName,
  realisation: (a, b) => a.realisation - b.realisation || byName(a, b),
  province: (a, b) => (a.provinceCode ?? '~').localeCompare(b.provinceCode ?? '~') || byName(a, b),
};
type OaoiCoverageQueryParsed = z.output<typeof oaoiCoverageQuery>;

/** The year's agencies matching the list filters (province, type, status, name), sorted. */
export function filterAgencyRows(rows: readonly OaoiAgencyRow[], query: Partial<OaoiCoverageQueryParsed>): OaoiAgencyRow[] {
  const q = query.q?.trim().toLocaleLowerCase('id');
  return rows
    .filter(
      (r) =>
        (!query.province || r.provinceCode === query.province) &&
        (!query.type || r.type === query.type) &&
        (!query.status || statusTest[query.status](r)) &&
        (!q || r.name.toLocaleLowerCase('id').includes(q)),
    )
    .sort(sorts[query.sort ?? 'name']);
}

/**
 * Coverage nationally, per province, type and year (always whole), and ONE page of the year's
 * agencies, filtered and sorted as asked — the full list is the XLSX export (oaoiAgencyRows).
 */
export async function oaoiCoverage(ctx: RequestContext, input: OaoiCoverageQuery): Promise<OaoiCoverageView> {
  const query = oaoiCoverageQuery.parse(input);
  const year = query.year ?? yearOf(ctx.now);
  const { rows, defaults, provinceName } = await agencyYears(ctx.db, year - 4, year);
  const thisYear = rows.filter((r) => r.year === year).map(({ year: _y, ...r }): OaoiAgencyRow => r);
  const matching = filterAgencyRows(thisYear, query);
  const offset = (query.page - 1) * query.pageSize;
  return {
    year,
    national: coverageOf(thisYear),
    byProvince: [...coverageBy(thisYear, (r) => r.provinceCode)].map(([code, c]) => ({ code, name: provinceName.get(code) ?? code, ...c })),
    byType: [...coverageBy(thisYear, (r) => r.type)].map(([type, c]) => ({ type: type as OaoiAgencyType, ...c })),
    byYear: [...coverageBy(rows, (r) => String(r.year))].map(([y, c]) => ({ year: Number(y), ...c })),
    counts: { withoutRunning: thisYear.filter(statusTest.none).length, belowTarget: thisYear.filter(statusTest.below).length },
    agencies: { items: matching.slice(offset, offset + query.pageSize), total: matching.length, page: query.page, pageSize: query.pageSize },
    defaults: defaults.map((d) => ({ agencyType: d.agency_type as OaoiAgencyType, year: d.year, target: d.target })),
  };
}

/** Read model for the dashboards: coverage per province in a year. */
export async function oaoiCoverageByProvince(db: Db, year: number) {
  const { rows } = await agencyYears(db, year, year);
  return [...coverageBy(rows, (r) => r.provinceCode)].map(([code, c]) => ({ code, ...c }));
}

/** Read model for the dashboards: national and per-province coverage in a year. */
export async function oaoiCoverageSummary(db: Db, year: number) {
  const { rows } = await agencyYears(db, year, year);
  return { year, national: coverageOf(rows), byProvince: [...coverageBy(rows, (r) => r.provinceCode)].map(([code, c]) => ({ code, ...c })) };
}

/** Every agency's row for a year (the XLSX export: all of them, whatever page the screen shows). */
export async function oaoiAgencyRows(ctx: RequestContext, year: number) {
  return [...(await agencyYears(ctx.db, year, year)).rows]; // a copy: the cached rows stay unsorted
}

export async function oaoiOfAgency(ctx: RequestContext, agencyId: string, query: { year?: number | undefined }): Promise<OaoiAgencyView> {
  assertReadAgencyTargets(ctx.user, agencyId);
  const agency = await findAgency(ctx.db, agencyId);
  if (!agency) throw errors.notFound({ id: 'Instansi', en: 'Agency' });
  const toYear = query.year ?? yearOf(ctx.now);
  const fromYear = toYear - 5;
  const [running, defaults, own] = await Promise.all([
    selectRealisation(ctx.db, fromYear, toYear, agencyId),
    selectDefaultTargets(ctx.db, fromYear, toYear),
    selectAgencyTargets(ctx.db, fromYear, toYear, agencyId),
  ]);
  const years = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const defaultTarget = effectiveTarget(defaults.find((d) => d.agency_type === agency.type && d.year === year)?.target, undefined);
    const target = effectiveTarget(defaultTarget, own.find((o) => o.year === year)?.target);
    const realisation = running.find((r) => r.year === year)?.n ?? 0;
    years.push({ year, target, defaultTarget, realisation, met: realisation >= target });
  }
  // The same rule as raiseAgencyTarget's (mayRaiseTarget and an OAOI type), so the page offers only what would succeed.
  const raise = mayRaiseTarget(ctx.user, agencyId) && isOaoiAgencyType(agency.type);
  return { agency: { id: agency.id, name: agency.name, type: agency.type }, years, can: { raise } };
}

export async function setDefaultTarget(ctx: RequestContext, input: DefaultTargetInput) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await upsertDefaultTarget(trx, { ...input, by: ctx.user?.id ?? null });
    // Saving the target it already has changes nothing, so nothing is audited.
    if (before !== input.target)
      await appendAudit(trx, ctx.actor, {
        action: 'oaoi.default_target',
        entityType: 'oaoi_default_target',
        entityId: `${input.agencyType}:${input.year}`,
        before: { target: before },
        after: input,
      });
  });
  return oaoiCoverage(ctx, { year: input.year });
}

/** An agency raises its own target; never below the ministry's default for its type and year. */
export async function raiseAgencyTarget(ctx: RequestContext, agencyId: string, input: { year: number; target: number }): Promise<OaoiAgencyView> {
  assertRaiseTarget(ctx.user, agencyId);
  const agency = await findAgency(ctx.db, agencyId);
  if (!agency || !isOaoiAgencyType(agency.type)) throw errors.notFound({ id: 'Instansi', en: 'Agency' });
  const defaults = await selectDefaultTargets(ctx.db, input.year, input.year);
  const floor = effectiveTarget(defaults.find((d) => d.agency_type === agency.type)?.target, undefined);
  if (input.target < floor) {
    throw errors.badRequest(
      'TARGET_BELOW_DEFAULT',
      {
        id: `Data tidak valid: 'target' tidak boleh di bawah target bawaan ${floor} untuk ${input.year}.`,
        en: `Invalid data: 'target' cannot be below the default target ${floor} for ${input.year}.`,
      },
      { fields: [{ field: 'target' }] },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await upsertAgencyTarget(trx, { agencyId, year: input.year, target: input.target, by: ctx.user?.id ?? null });
    if (before !== input.target)
      await appendAudit(trx, ctx.actor, { action: 'oaoi.agency_target', entityType: 'agency', entityId: agencyId, before: { year: input.year, target: before }, after: input });
  });
  return oaoiOfAgency(ctx, agencyId, { year: input.year });
}
