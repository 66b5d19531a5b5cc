import type { Role } from '../../src/common/roles.js';
import type { AgencySpec } from './agencies.js';
import { type Rng, rngFor } from './rng.js';
import { THEMES } from './vocabulary/themes.js';
import { ACADEMIC_TITLES, FAMILY_NAMES, GIVEN_NAMES } from './vocabulary/people.js';

/**
 * Accounts of the national data set: one Admin Lokal per organisation, UPP operators (enough
 * distinct ones for the 3,000-session deadline surge), the ministry's secretariat, the
 * independent panel and 120 evaluators with expertise and conflicts of interest.
 * Every account shares NATIONAL_PASSWORD so benchmarks can sign in as anyone.
 */
export const NATIONAL_EMAIL_DOMAIN = 'nasional.simpul.test';
export const NATIONAL_PASSWORD = 'Simpul-Nasional-2026';

export interface AccountSpec {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly agencyIndex: number | null;
}

export interface EvaluatorSpec extends AccountSpec {
  readonly role: 'evaluator';
  /** Theme keys (KIPP categories) the evaluator is expert in. */
  readonly expertise: readonly string[];
  /** Home province: proposals from it are a conflict (detected automatically). */
  readonly homeProvince: string;
  /** Organisations the evaluator declared a conflict with (advised, worked for, family). */
  readonly declaredConflictAgencyIndexes: readonly number[];
}

export interface AccountPlan {
  readonly ministryAdmins: readonly AccountSpec[];
  readonly agencyAdmins: readonly AccountSpec[];
  readonly operators: readonly AccountSpec[];
  readonly panelists: readonly AccountSpec[];
  readonly evaluators: readonly EvaluatorSpec[];
}

export interface AccountCounts {
  /** UPP operators per regional government (others get one each). */
  readonly operatorsPerRegionalGovernment: number;
  readonly evaluators: number;
  readonly panelists: number;
}

const REGIONAL = new Set(['provinsi', 'kabupaten', 'kota']);

export function planAccounts(seed: number, agencies: readonly AgencySpec[], counts: AccountCounts): AccountPlan {
  const rng = rngFor(seed, 'accounts');
  const name = () => personName(rng);
  const ministry = agencies.find((a) => a.name.startsWith('Kementerian Pendayagunaan Aparatur Negara'))!;
  const ministryAdmins = [{ email: `sekretariat@${NATIONAL_EMAIL_DOMAIN}`, name: 'Sekretariat KIPP Nasional', role: 'ministry_admin' as const, agencyIndex: ministry.index }];
  const agencyAdmins = agencies.map((a) => ({ email: `admin.a${a.index}@${NATIONAL_EMAIL_DOMAIN}`, name: name(), role: 'agency_admin' as const, agencyIndex: a.index }));
  const operators: AccountSpec[] = [];
  for (const a of agencies) {
    const n = REGIONAL.has(a.type) ? counts.operatorsPerRegionalGovernment : 1;
    for (let k = 1; k <= n; k++) operators.push({ email: `operator${k}.a${a.index}@${NATIONAL_EMAIL_DOMAIN}`, name: name(), role: 'agency_operator', agencyIndex: a.index });
  }
  const panelists = Array.from({ length: counts.panelists }, (_, i) => ({
    email: `panel${i + 1}@${NATIONAL_EMAIL_DOMAIN}`,
    name: `${rng.pick(['Prof. Dr.', 'Dr.'])} ${name()}`,
    role: 'panelist' as const,
    agencyIndex: null,
  }));
  return { ministryAdmins, agencyAdmins, operators, panelists, evaluators: planEvaluators(seed, agencies, counts.evaluators) };
}

function planEvaluators(seed: number, agencies: readonly AgencySpec[], count: number): EvaluatorSpec[] {
  const rng = rngFor(seed, 'evaluators');
  const universities = agencies.filter((a) => a.type === 'perguruan_tinggi');
  const central = agencies.filter((a) => a.type === 'lembaga' || a.type === 'kementerian');
  const themeKeys = THEMES.map((t) => t.key);
  return Array.from({ length: count }, (_, i) => {
    // Tim Evaluasi: mostly academics, some from central bodies such as LAN.
    const affiliation = rng.chance(0.85) ? rng.pick(universities) : rng.pick(central);
    const declared = rng.between(0, 3);
    return {
      email: `evaluator${i + 1}@${NATIONAL_EMAIL_DOMAIN}`,
      name: `${rng.pick(ACADEMIC_TITLES)} ${personName(rng)}`.trim(),
      role: 'evaluator' as const,
      agencyIndex: affiliation.index,
      expertise: rng.sample(themeKeys, rng.between(2, 3)),
      homeProvince: (affiliation.regionCode ?? '31').slice(0, 2),
      declaredConflictAgencyIndexes: Array.from({ length: declared }, () => rng.int(agencies.length)),
    };
  });
}

function personName(rng: Rng): string {
  return `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
}

export function allAccounts(plan: AccountPlan): AccountSpec[] {
  return [...plan.ministryAdmins, ...plan.agencyAdmins, ...plan.operators, ...plan.panelists, ...plan.evaluators];
}
