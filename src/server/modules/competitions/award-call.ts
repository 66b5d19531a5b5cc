import type { CompetitionKind } from '../../../common/competitions.js';
import type { DbOrTrx } from '../../db/types.js';
import { lockAwardCallYear, selectCompetitionByName } from './repository.js';
import type { CreateCompetitionInput } from './schemas.js';
import { type CompetitionsContext, createCompetitionInTransaction, moveCompetitionInTransaction } from './service.js';

/**
 * The "Innovative Government Award <year>" special call: the competition into which the regional
 * innovation index sends its award nominees per cluster (issue #17 item 4). Created from the
 * template below through `createCompetition` and published through `moveCompetition`, so it is
 * validated and audited like any call. Its registration stage is the nomination itself (already
 * over when the call is created: nobody registers by hand); the panel's presentations and field
 * validation follow. One group per index cluster, one category, one question carrying the
 * region's verified report card.
 */

const DAY = 86_400_000;

export const AWARD_CLUSTER_GROUPS = [
  { code: 'provinsi', name: 'Klaster Provinsi', nameEn: 'Provinces cluster' },
  { code: 'kabupaten', name: 'Klaster Kabupaten', nameEn: 'Regencies cluster' },
  { code: 'kota', name: 'Klaster Kota', nameEn: 'Cities cluster' },
  { code: 'perbatasan', name: 'Klaster Daerah Perbatasan', nameEn: 'Border regions cluster' },
  { code: 'tertinggal', name: 'Klaster Daerah Tertinggal', nameEn: 'Lagging regions cluster' },
] as const;

export const AWARD_CATEGORY_CODE = 'iga';

export function awardCallName(year: number): string {
  return `Innovative Government Award ${year}`;
}

export function innovativeGovernmentAward(year: number, now: Date): CreateCompetitionInput {
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  return {
    kind: 'special' satisfies CompetitionKind,
    name: awardCallName(year),
    year,
    theme: `Penghargaan pemerintah daerah terinovatif berdasarkan Indeks Inovasi Daerah ${year}`,
    description: 'Nominasi per klaster dari hasil terverifikasi Indeks Inovasi Daerah (Kementerian Dalam Negeri); tahap panel: presentasi/wawancara dan validasi lapangan.',
    participantTypes: ['provinsi', 'kabupaten', 'kota'],
    sdgRequired: false,
    graceMinutes: 0,
    groups: AWARD_CLUSTER_GROUPS.map((g) => ({
      ...g,
      description: '',
      minInnovationAgeMonths: 0,
      excludedAwardLevels: [],
      excludedAwardSinceYear: null,
      maxProposalsPerAgency: 1,
      participantTypes: g.code === 'provinsi' ? ['provinsi'] : g.code === 'kabupaten' ? ['kabupaten'] : g.code === 'kota' ? ['kota'] : ['provinsi', 'kabupaten', 'kota'],
      requiresReplication: false,
    })),
    categories: [{ code: AWARD_CATEGORY_CODE, name: 'Innovative Government Award', nameEn: 'Innovative Government Award', description: '' }],
    questions: [
      {
        title: 'Rapor Indeks Inovasi Daerah terverifikasi',
        titleEn: 'Verified regional innovation index report card',
        helpText: 'Diisi otomatis saat nominasi: skor, predikat, klaster, peringkat dan tautan rapor.',
        helpTextEn: 'Filled in on nomination: score, predicate, cluster, rank and the report card link.',
        required: true,
        wordLimit: null,
        answerType: 'long_text',
        options: [],
      },
    ],
    stages: [
      { kind: 'registration', name: 'Penetapan nominasi dari hasil indeks', nameEn: 'Nomination from the index results', startsAt: at(-1), endsAt: now.toISOString() },
      { kind: 'presentation', name: 'Presentasi dan wawancara', nameEn: 'Presentations and interviews', startsAt: at(7), endsAt: at(21) },
      { kind: 'field_verification', name: 'Validasi lapangan', nameEn: 'Field validation', startsAt: at(21), endsAt: at(42) },
      { kind: 'announcement', name: 'Penganugerahan', nameEn: 'Award ceremony', startsAt: at(49), endsAt: at(50) },
    ],
  };
}

/** The year's award call if it exists (by its name), else undefined. */
export async function findAwardCall(db: DbOrTrx, year: number): Promise<{ id: string; name: string } | undefined> {
  return selectCompetitionByName(db, awardCallName(year), year);
}

/**
 * The year's award call: found by name, or created from the template and published (both audited).
 * Two first sends of a year's nominees may arrive together and competitions have no unique name,
 * so the lookup and the creation run in one transaction behind an advisory lock on the year: the
 * second waits, then finds the first's call. A lock rather than a unique key: the call is an
 * ordinary competition, created and published by the competitions service, and a key claimed in
 * another table could only be written once the call exists — too late to stop a second one.
 */
export async function openAwardCall(ctx: CompetitionsContext, year: number): Promise<{ id: string; name: string }> {
  const existing = await findAwardCall(ctx.db, year);
  if (existing) return existing;
  return ctx.db.transaction().execute(async (trx) => {
    await lockAwardCallYear(trx, year);
    const found = await findAwardCall(trx, year);
    if (found) return found;
    const input = innovativeGovernmentAward(year, ctx.now);
    const id = await createCompetitionInTransaction(trx, ctx.actor, input);
    await moveCompetitionInTransaction(trx, ctx.actor, ctx.now, id, 'published');
    return { id, name: input.name };
  });
}
