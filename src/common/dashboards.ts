import { z } from 'zod';

/**
 * Shapes of the dashboards module (issue #19), shared by the server's route schemas and the web
 * client. Every public figure counts published records only.
 */

export const localized = z.object({ id: z.string(), en: z.string() });
export type Localized = z.infer<typeof localized>;

/** The filters every dashboard view takes. `year` is the innovation's start year (the catalog's `year` facet) and the competition year. */
export const dashboardFilters = z.strictObject({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  province: z
    .string()
    .regex(/^\d{2}$/, 'kode provinsi Kemendagri, mis. 35')
    .optional(),
});
export type DashboardFilters = z.infer<typeof dashboardFilters>;

export const countBucket = z.object({ key: z.string(), count: z.number().int() });
export type CountBucket = z.infer<typeof countBucket>;

export const innovationFigures = z.object({
  total: z.number().int(),
  byProvince: z.array(countBucket.extend({ name: z.string() })),
  byCategory: z.array(countBucket.extend({ name: localized })),
  /** Always the 17 goals, zero included. */
  bySdg: z.array(countBucket),
  byStartYear: z.array(countBucket),
});
export type InnovationFigures = z.infer<typeof innovationFigures>;

/** One competition's history line: submitted proposals, passed the administrative check, winners recorded in the catalog. */
export const competitionHistoryRow = z.object({
  competitionId: z.string(),
  year: z.number().int(),
  name: z.string(),
  kind: z.enum(['kipp', 'special']),
  proposals: z.number().int(),
  passedCheck: z.number().int(),
  top99: z.number().int(),
  top45: z.number().int(),
  /** Innovations with any award of this competition (e.g. the COVID-19 call's Top 21). */
  winners: z.number().int(),
});
export type CompetitionHistoryRow = z.infer<typeof competitionHistoryRow>;

/**
 * A figure another module contributes (replications, hubs, OAOI coverage, index, incentive):
 * a titled table of labelled values, drawn as a bar chart with its table alternative. See
 * `src/server/modules/dashboards/sections.ts` for how a module registers one.
 */
export const figureSection = z.object({
  id: z.string(),
  title: localized,
  unit: localized,
  rows: z.array(z.object({ key: z.string(), label: localized, value: z.number() })),
  /** The catalog search this figure summarises, when there is one (`/katalog?…`). */
  catalogQuery: z.string().nullable(),
  /** Rows keyed by province code: drawn on the province tile map, each row linking to the province's profile. */
  tileMap: z.boolean().optional(),
  /** Another web list this figure summarises (the index results, a recommendation, the hubs), when it is not a catalog search. */
  listHref: z.string().optional(),
  /** More values per row, shown in the table alternative and the exports (e.g. the target beside the realisation). */
  extra: z.array(z.object({ key: z.string(), header: localized, values: z.array(z.number()) })).optional(),
  /** Why there are no rows (a region profile's plain empty state, e.g. "no published index results yet"). */
  emptyNote: localized.optional(),
});
export type FigureSection = z.infer<typeof figureSection>;

export const nationalDashboard = z.object({
  filters: z.object({ year: z.number().int().nullable(), province: z.string().nullable() }),
  generatedAt: z.string(),
  innovations: innovationFigures,
  kipp: z.array(competitionHistoryRow),
  specialCalls: z.array(competitionHistoryRow),
  sections: z.array(figureSection),
});
export type NationalDashboard = z.infer<typeof nationalDashboard>;

export const regionSummary = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'regency']),
  kind: z.enum(['kabupaten', 'kota']).nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
});
export type RegionSummary = z.infer<typeof regionSummary>;

export const regionProfile = z.object({
  /** Null when the code names no region: the page shows an empty state, never an error. */
  region: regionSummary.nullable(),
  innovations: innovationFigures,
  awards: z.array(z.object({ level: z.string(), count: z.number().int() })),
  recent: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      agencyName: z.string(),
      yearStarted: z.number().int(),
      awards: z.array(z.object({ level: z.string(), year: z.number().int() })),
    }),
  ),
  /** Regions of the same kind (provinces; or regencies/cities of the same kind in the same province), most innovations first. */
  peers: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int(), rank: z.number().int() })),
  sections: z.array(figureSection),
});
export type RegionProfile = z.infer<typeof regionProfile>;

/** One thing waiting for the signed-in user on the home page. */
export const todoItem = z.object({
  id: z.string(),
  title: localized,
  count: z.number().int(),
  /** ISO instant of the nearest deadline, when the work has one. */
  deadline: z.string().nullable(),
  /** Web path to do the work. */
  href: z.string(),
});
export type TodoItem = z.infer<typeof todoItem>;

export const todoList = z.object({ role: z.string(), items: z.array(todoItem) });
export type TodoList = z.infer<typeof todoList>;

export const SDG_COUNT = 17;
