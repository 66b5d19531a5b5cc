import type { TitleCore } from './innovation-title.js';
import type { Rng } from './rng.js';
import {
  BENEFITS,
  FUNDING_SOURCES,
  type FundingSource,
  GENERIC_STEPS,
  LEGAL_BASES,
  MECHANISMS,
  NOVELTIES,
  NOVELTY_CLAUSES,
  OPENERS,
  STAKEHOLDERS,
  STEP_OPENERS,
} from './vocabulary/phrases.js';
import type { Theme } from './vocabulary/themes.js';
import { zipf } from './weighted.js';

/**
 * The narrative sections of an innovation profile (the numbered questions of a KIPP proposal),
 * assembled from templates. Slot fillers are drawn by Zipf laws, so a few phrases recur across
 * thousands of records and most appear rarely, as in real write-ups.
 */
export interface NarrativeSubject {
  readonly theme: Theme;
  readonly core: TitleCore;
  /** "Kabupaten Banyuwangi", "Provinsi Jawa Timur". */
  readonly placeName: string;
  readonly agencyName: string;
  readonly unitName: string;
  readonly startYear: number;
  /** "Bupati", "Wali Kota", "Gubernur", "Menteri", "Direksi", "Rektor", "Ketua". */
  readonly head: string;
  readonly funding: FundingSource;
  readonly digital: boolean;
}

export interface Narrative {
  readonly summary: string;
  readonly problem: string;
  readonly approach: string;
  readonly implementationSteps: string;
  readonly results: string;
  readonly stakeholders: string;
  readonly resources: string;
  readonly sustainability: string;
  readonly replicationPotential: string;
}

const pickers = new Map<Theme, ReturnType<typeof themePickers>>();
const themePickers = (t: Theme) => ({
  objects: zipf(t.objects),
  targets: zipf(t.targets),
  problems: zipf(t.problems, 0.8),
  actions: zipf(t.actions, 0.8),
  indicators: zipf(t.indicators),
});
const pickersFor = (t: Theme) => {
  let p = pickers.get(t);
  if (!p) {
    p = themePickers(t);
    pickers.set(t, p);
  }
  return p;
};

const mechanisms = zipf(MECHANISMS);
const benefits = zipf(BENEFITS);
const novelties = zipf(NOVELTIES);
const noveltyClauses = zipf(NOVELTY_CLAUSES, 0.8);
const stakeholders = zipf(STAKEHOLDERS, 0.7);
const steps = zipf(GENERIC_STEPS, 0.5);
const openers = zipf(OPENERS);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const listOf = (items: readonly string[]) => (items.length <= 2 ? items.join(' dan ') : `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`);

function distinct(rng: Rng, draw: () => string, count: number): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 4; tries++) out.add(draw());
  return [...out];
}

/** An optional last sentence; "berinovasi" appears here so the stemmer meets the verb form too. */
function closingLine(rng: Rng, s: NarrativeSubject, name: string): string {
  const x = rng.next();
  if (x < 0.35) return `Sejak ${s.startYear}, ${name} menjadi andalan pelayanan publik di ${s.placeName}.`;
  if (x < 0.6)
    return `${s.unitName || s.agencyName} terus berinovasi agar ${rng.pick(['warga terlayani lebih baik', 'pelayanan makin dekat dengan masyarakat', 'tidak ada warga yang tertinggal'])}.`;
  return '';
}

export function writeNarrative(rng: Rng, s: NarrativeSubject): Narrative {
  const p = pickersFor(s.theme);
  const object = p.objects.draw(rng);
  const target = p.targets.draw(rng);
  const action = p.actions.draw(rng);
  const name = s.core.acronym;
  const channel = s.digital ? mechanisms.draw(rng) : 'dengan pendekatan tatap muka dan jemput bola';

  const summary = [
    `${name} ${openers.draw(rng)} ${s.unitName || s.agencyName} di bidang ${object} bagi ${target} di ${s.placeName}.`,
    `Inovasi ini ${action} ${channel}, sehingga ${benefits.draw(rng)}.`,
    closingLine(rng, s, name),
  ]
    .filter(Boolean)
    .join(' ');

  const problemClauses = distinct(rng, () => p.problems.draw(rng), 2);
  const problem = [
    `Sebelum inovasi ini, ${problemClauses[0]}.`,
    problemClauses[1] ? `Selain itu, ${problemClauses[1]}.` : '',
    `Kondisi ini menghambat ${object} bagi ${target} di ${s.placeName}.`,
  ]
    .filter(Boolean)
    .join(' ');

  const approach = [
    `${novelties.draw(rng)} ${noveltyClauses.draw(rng)}.`,
    `Melalui ${name}, petugas ${p.actions.draw(rng)} ${mechanisms.draw(rng)}.`,
    rng.chance(0.4) ? `Pendekatan ini belum pernah diterapkan di ${s.placeName} sebelumnya.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const chosenSteps = distinct(rng, () => steps.draw(rng), rng.between(3, 5));
  const implementationSteps = chosenSteps
    .map((step, i) => `${STEP_OPENERS[Math.min(i, STEP_OPENERS.length - 2)]} ${step}.`)
    .map((line, i, all) => (i === all.length - 1 && all.length > 1 ? line.replace(/^\S+/, STEP_OPENERS[STEP_OPENERS.length - 1]!) : line))
    .join(' ');

  const indicator = p.indicators.draw(rng);
  const before = rng.between(10, 60);
  const after = Math.min(99, before + rng.between(5, 35));
  const days = rng.between(3, 30);
  const results = [
    `Sejak diterapkan pada ${s.startYear}, ${indicator} berubah dari ${before} persen menjadi ${after} persen.`,
    `Waktu pelayanan berkurang dari ${days} hari menjadi ${Math.max(1, Math.floor(days / rng.between(2, 6)))} hari.`,
    `${capitalise(benefits.draw(rng))}.`,
  ].join(' ');

  const stakeholderList = distinct(rng, () => stakeholders.draw(rng), rng.between(2, 4));
  const stakeholderText = `${name} melibatkan ${listOf(stakeholderList)}. Setiap pihak memiliki peran yang jelas, dari perencanaan hingga evaluasi.`;

  const staff = rng.between(3, 40);
  const budget = rng.between(25, 2_500);
  const resources = `Sumber daya inovasi berasal dari ${FUNDING_SOURCES[s.funding]} sebesar Rp${budget} juta per tahun, dengan ${staff} petugas ${s.digital ? 'dan perangkat teknologi informasi' : 'lapangan'}.`;

  const legal = rng.pick(LEGAL_BASES).replace('{head}', s.head);
  const sustainability = `Keberlanjutan ${name} dijamin melalui ${legal} Nomor ${rng.between(1, 120)} Tahun ${s.startYear + rng.between(0, 2)} tentang ${s.core.expansion}, dan anggarannya masuk dalam rencana kerja tahunan. ${rng.chance(0.5) ? 'Inovasi ini juga menjadi bagian dari target kinerja perangkat daerah.' : 'Pemantauan dan evaluasi dilakukan secara berkala.'}`;

  const replicationPotential = rng.chance(0.3)
    ? `${name} telah direplikasi oleh ${rng.between(1, 12)} daerah lain setelah studi tiru ke ${s.placeName}.`
    : `${name} mudah direplikasi karena ${rng.pick(['biayanya rendah', 'prosedurnya sederhana', 'aplikasinya dapat dibagikan', 'tidak memerlukan keahlian khusus'])} dan ${rng.pick(['didukung regulasi', 'melibatkan masyarakat', 'datanya terbuka'])}.`;

  return {
    summary,
    problem,
    approach,
    implementationSteps,
    results,
    stakeholders: stakeholderText,
    resources,
    sustainability,
    replicationPotential,
  };
}
