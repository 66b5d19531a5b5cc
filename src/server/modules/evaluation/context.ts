import type { Kysely } from 'kysely';
import { formatWib } from '../../../common/competitions.js';
import type { Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Database } from '../../db/schema.js';
import { AppError, errors } from '../../http/errors.js';

/** What every evaluation service call carries: the database, who acts (for the audit) and the clock. */
export interface EvaluationContext {
  db: Kysely<Database>;
  actor: Actor;
  user: AuthUser | null;
  now: Date;
}

/** The one alias, re-exported for the module's files that import it from here. */
export type { Db } from '../../db/types.js';

export const ROUND = { id: 'Tahap penilaian', en: 'Evaluation round' };
export const SELECTION = { id: 'Seleksi', en: 'Selection' };
export const PROPOSAL = { id: 'Usulan', en: 'Proposal' };

/** Refusals shared by several services; each names what is wrong in both languages. */
export const refusals = {
  roundNotInSetup: () =>
    errors.conflict('ROUND_NOT_IN_SETUP', {
      id: 'Konfigurasi tahap ini hanya dapat diubah saat tahap masih disiapkan (belum dibuka).',
      en: 'This round can only be configured while it is in setup (not yet opened).',
    }),
  /** The panel asks for results of a round it may not see yet (policy `canSeeResults`). */
  resultsNotVisible: () =>
    errors.conflict('RESULTS_NOT_VISIBLE', {
      id: 'Hasil tahap ini belum dapat dilihat oleh panel sebelum tahap ditutup.',
      en: 'The panel cannot see this round’s results before it is closed.',
    }),
  /** The round's competition stage has ended: no more score changes until the secretariat extends it. */
  deadlinePassed: (stage: { name: string; ends_at: Date | string }) =>
    errors.conflict('ROUND_DEADLINE_PASSED', {
      id: `Batas waktu tahap "${stage.name}" telah lewat (${formatWib(new Date(stage.ends_at))}); nilai tidak dapat diubah lagi. Sekretariat dapat memperpanjang tahap tersebut.`,
      en: `The deadline of the stage "${stage.name}" has passed (${formatWib(new Date(stage.ends_at))}); scores can no longer be changed. The secretariat can extend the stage.`,
    }),
  stageClosed: () =>
    errors.conflict('STAGE_CLOSED', {
      id: 'Tahap penilaian ini tidak sedang dibuka; nilai tidak dapat diubah.',
      en: 'This evaluation round is not open; scores cannot be changed.',
    }),
  notAssigned: () =>
    new AppError(404, 'NOT_ASSIGNED', {
      id: 'Usulan ini tidak ditugaskan kepada Anda (atau penugasan belum diumumkan).',
      en: 'This proposal is not assigned to you (or the assignment is not published yet).',
    }),
  conflicted: (reasons: string[]) =>
    errors.conflict(
      'CONFLICT_OF_INTEREST',
      {
        id: 'Penilai memiliki konflik kepentingan dengan usulan ini.',
        en: 'The evaluator has a conflict of interest with this proposal.',
      },
      { reasons },
    ),
  scoresLocked: () =>
    errors.conflict('SCORE_LOCKED', {
      id: 'Nilai yang sudah dikirim tidak dapat diubah lagi pada tahap ini.',
      en: 'A submitted score cannot be changed any more in this round.',
    }),
  workStarted: (count: number) =>
    errors.conflict(
      'ASSIGNMENT_HAS_SCORES',
      {
        id: `${count} penugasan sudah memiliki nilai dan tidak dapat dihapus atau dipindahkan.`,
        en: `${count} assignment(s) already have scores and cannot be removed or moved.`,
      },
      { count },
    ),
};
