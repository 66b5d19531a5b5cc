import type { AgencyType } from '../../../../common/agency-types.js';
import type { BudgetSource, InnovationForm } from '../../../../common/catalog.js';

/** Who enters: a regional government from the reference data, or a demo organisation by name. */
export type DemoAgencyRef = { regionCode: string; type: AgencyType } | { name: string };

/** KIPP 2026 category codes (competitions/demo/kipp-2026.ts). */
export type KippCategory =
  | 'pengentasan_kemiskinan'
  | 'pendidikan'
  | 'kesehatan'
  | 'ketahanan_pangan'
  | 'pertumbuhan_ekonomi'
  | 'pemberdayaan_masyarakat'
  | 'responsif_gender'
  | 'lingkungan_hidup'
  | 'tata_kelola'
  | 'penegakan_hukum';

/**
 * Where the entry stands once seeded. `draft` and `ready` belong to the Surabaya demo accounts so
 * a newcomer can finish and submit them; the others were submitted by their agency's coordinator
 * and then left pending, passed or failed by the secretariat.
 */
export type DemoOutcome =
  { state: 'draft' } | { state: 'ready' } | { state: 'pending' } | { state: 'passed'; note?: string } | { state: 'failed'; reason: string; checklist: AdminChecklist };

/** The secretariat's checklist (admin-check/schemas.ts): what held and what did not. */
export type AdminChecklist = {
  ageOk: boolean;
  complete: boolean;
  noNonsense: boolean;
  noDuplicate: boolean;
};

/** The narrative the form's numbered questions ask for, in the form's order. */
export interface DemoNarrative {
  summary: string;
  problem: string;
  approach: string;
  implementationSteps: string;
  results: string;
  stakeholders: string;
  resources: string;
  sustainability: string;
  replicationPotential: string;
}

/** A new innovation, registered in the catalog through the proposal (as the "Daftarkan inovasi baru" path does). */
export interface DemoNewInnovation extends DemoNarrative {
  title: string;
  unitName: string;
  regionCode: string;
  budgetSource: BudgetSource;
  beneficiaries: number;
  indicators: { label: string; unit: string; before: number; after: number }[];
  startDate: string;
  digital: boolean;
  form: InnovationForm;
  sdgs: number[];
}

interface DemoEntryBase {
  agency: DemoAgencyRef;
  /** The e-mail of the agency's coordinator (a seed user without a password unless it is a demo account). */
  coordinatorEmail: string;
  group: 'umum' | 'replikasi' | 'khusus';
  category: KippCategory;
  outcome: DemoOutcome;
}

/** An entry built on a published demo catalog innovation; `narrative` replaces the catalog's shorter texts. */
export interface DemoCatalogEntry extends DemoEntryBase {
  catalogTitle: string;
  narrative: Partial<DemoNarrative>;
}

export interface DemoNewEntry extends DemoEntryBase {
  innovation: DemoNewInnovation;
  /**
   * For the "replikasi" group: the published catalog title this innovation replicates. The demo
   * registers the innovation and records the replication as confirmed (as a completed
   * replication case would) before entering it.
   */
  replicates?: string;
}

export type DemoEntry = DemoCatalogEntry | DemoNewEntry;

/** The catalog's category for each KIPP category, for innovations registered on the way. */
export const CATALOG_CATEGORY_OF: Record<KippCategory, string> = {
  pengentasan_kemiskinan: 'kemiskinan',
  pendidikan: 'pendidikan',
  kesehatan: 'kesehatan',
  ketahanan_pangan: 'pangan',
  pertumbuhan_ekonomi: 'ekonomi',
  pemberdayaan_masyarakat: 'pemberdayaan',
  responsif_gender: 'gender',
  lingkungan_hidup: 'lingkungan',
  tata_kelola: 'tata_kelola',
  penegakan_hukum: 'hukum',
};
