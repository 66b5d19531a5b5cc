import { covid2020 } from '../../src/server/modules/competitions/demo/covid-2020.js';
import { kipp2026, wib } from '../../src/server/modules/competitions/demo/kipp-2026.js';
import type { CreateCompetitionInput } from '../../src/server/modules/competitions/schemas.js';

/**
 * The competitions of the national data set: KIPP 2014–2024 and the 2020 COVID-19 call, with
 * the yearly proposal counts from DOMAIN.md. Their configuration (groups umum/replikasi/khusus,
 * the ten 2021 categories, the numbered form) is the competitions module's own KIPP template, so
 * generated history looks exactly like a call configured in the app; only the name, year and
 * stage dates change per year. Older years had other groups and categories; the data set uses
 * the 2021 pattern throughout (a simplification, stated in docs/PERFORMANCE.md).
 */
export interface CompetitionPlan {
  readonly key: string;
  readonly year: number;
  readonly config: CreateCompetitionInput;
  /** Proposals registered (created) in the call. */
  readonly registered: number;
  /** Of those, submitted before the deadline. */
  readonly submitted: number;
  /** Of those, passed the administrative check. */
  readonly passed: number;
  /** True when DOMAIN.md gives no figure for the year and the count is an estimate. */
  readonly estimated: boolean;
}

/** Share passing the administrative check: 1,917 of 2,454 in 2022, the only year with both figures. */
export const ADMIN_PASS_RATE = 1917 / 2454;

/** DOMAIN.md's yearly KIPP proposal counts; 2020 and 2024 have none there (estimates, flagged). */
export const KIPP_PROPOSALS: Readonly<Record<number, { count: number; estimated: boolean }>> = {
  2014: { count: 515, estimated: false },
  2015: { count: 1189, estimated: false },
  2016: { count: 2476, estimated: false },
  2017: { count: 3054, estimated: false },
  2018: { count: 2824, estimated: false },
  2019: { count: 3156, estimated: false },
  // No figure in DOMAIN.md: the mean of 2019 and 2021.
  2020: { count: 3167, estimated: true },
  2021: { count: 3178, estimated: false },
  // 3,478 registered, 2,454 submitted, 1,917 passed the administrative check.
  2022: { count: 3478, estimated: false },
  2023: { count: 3110, estimated: false },
  // No figure in DOMAIN.md: 2023's count carried forward.
  2024: { count: 3110, estimated: true },
};

export const COVID_2020_ENTRIES = 1204;

export function planCompetitions(scale: number): CompetitionPlan[] {
  const scaled = (n: number) => Math.max(1, Math.round(n * scale));
  const plans: CompetitionPlan[] = Object.entries(KIPP_PROPOSALS).map(([yearText, { count, estimated }]) => {
    const year = Number(yearText);
    const registered = scaled(count);
    const submitted = year === 2022 ? scaled(2454) : registered;
    const passed = year === 2022 ? scaled(1917) : Math.round(submitted * ADMIN_PASS_RATE);
    return { key: `kipp-${year}`, year, config: kippOf(year), registered, submitted, passed, estimated };
  });
  const covid = scaled(COVID_2020_ENTRIES);
  plans.push({ key: 'covid-2020', year: 2020, config: covid2020(), registered: covid, submitted: covid, passed: Math.round(covid * ADMIN_PASS_RATE), estimated: false });
  return plans;
}

/** The module's KIPP template for one year, with that year's name and a typical calendar. */
function kippOf(year: number): CreateCompetitionInput {
  const template = kipp2026(new Date(`${year}-02-01T00:00:00Z`));
  const on = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const calendar: Record<string, [string, string]> = {
    registration: [on(2, 1), on(4, 30)],
    administrative_check: [on(5, 2), on(5, 20)],
    desk_evaluation: [on(5, 21), on(6, 30)],
    top_selection: [on(7, 1), on(7, 10)],
    objection: [on(7, 11), on(7, 15)],
    presentation: [on(7, 20), on(8, 10)],
    field_verification: [on(8, 11), on(9, 15)],
    announcement: [on(10, 20), on(10, 21)],
  };
  return {
    ...template,
    name: `Kompetisi Inovasi Pelayanan Publik (KIPP) ${year}`,
    year,
    stages: (template.stages ?? []).map((s) => ({ ...s, startsAt: wib(calendar[s.kind]![0]), endsAt: wib(calendar[s.kind]![1], '23:59:59') })),
  };
}

/** The catalog category (theme key) for a KIPP category code of the template. */
export const KIPP_CATEGORY_OF_THEME: Readonly<Record<string, string>> = {
  kemiskinan: 'pengentasan_kemiskinan',
  pendidikan: 'pendidikan',
  kesehatan: 'kesehatan',
  pangan: 'ketahanan_pangan',
  ekonomi: 'pertumbuhan_ekonomi',
  pemberdayaan: 'pemberdayaan_masyarakat',
  gender: 'responsif_gender',
  lingkungan: 'lingkungan_hidup',
  tata_kelola: 'tata_kelola',
  hukum: 'penegakan_hukum',
};
