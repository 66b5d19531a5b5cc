import { dayInZone } from '../../../common/competitions.js';
import type { DbOrTrx } from '../../db/types.js';
import { errors, type LocalizedText } from '../../http/errors.js';
import { findCategory } from './categories-repository.js';
import { regionLevel } from './repository.js';
import type { ProfileInput } from './schemas.js';

import { fieldError } from '../../http/validation-messages.js';

export { fieldError };

const EARLIEST_START = '1945-08-17';

/** Rules beyond the shape of the input: references exist, dates make sense, a stop has a reason. */
export async function checkProfileRules(db: DbOrTrx, input: ProfileInput, current?: { status: string; stoppedReason: string | null }): Promise<void> {
  if (input.regionCode !== undefined && !(await regionLevel(db, input.regionCode))) {
    throw fieldError('regionCode', { id: `kode wilayah ${input.regionCode} tidak dikenal`, en: `unknown region code ${input.regionCode}` });
  }
  if (input.categoryId !== undefined) {
    const category = await findCategory(db, input.categoryId);
    if (!category) throw fieldError('categoryId', { id: 'kategori tidak dikenal', en: 'unknown category' });
    if (!category.active) throw fieldError('categoryId', { id: 'kategori sudah tidak dipakai', en: 'the category is no longer in use' });
  }
  if (input.startDate !== undefined) {
    // "Today" where it is latest in Indonesia (WIT), so a date that is today for anyone in the
    // country is never refused as being in the future (the UTC day lags until 07.00 WIB).
    const today = dayInZone(new Date(), 'WIT');
    if (input.startDate > today) throw fieldError('startDate', { id: 'tidak boleh di masa depan', en: 'must not be in the future' });
    if (input.startDate < EARLIEST_START) throw fieldError('startDate', { id: `tidak boleh sebelum ${EARLIEST_START}`, en: `must not be before ${EARLIEST_START}` });
  }
  const status = input.status ?? current?.status ?? 'running';
  const reason = input.stoppedReason !== undefined ? input.stoppedReason : (current?.stoppedReason ?? null);
  if (status === 'stopped' && !reason) {
    throw fieldError('stoppedReason', { id: 'wajib diisi bila inovasi sudah berhenti', en: 'is required when the innovation has stopped' });
  }
}

/** The narrative a record needs before it can be submitted for publication, with the names the form and the import template use. */
const REQUIRED_FOR_SUBMISSION = ['problem', 'approach', 'implementationSteps', 'results'] as const;
export const NARRATIVE_NAMES: Record<(typeof REQUIRED_FOR_SUBMISSION)[number], LocalizedText & { column: string }> = {
  problem: { id: 'Masalah', en: 'Problem', column: 'masalah' },
  approach: { id: 'Kebaruan', en: 'Approach', column: 'kebaruan' },
  implementationSteps: { id: 'Langkah implementasi', en: 'Implementation steps', column: 'langkah_implementasi' },
  results: { id: 'Hasil', en: 'Results', column: 'hasil' },
};

/** The narrative sections still empty (none: the record may be submitted). */
export function missingNarrative(record: Record<(typeof REQUIRED_FOR_SUBMISSION)[number], string>): (typeof REQUIRED_FOR_SUBMISSION)[number][] {
  return REQUIRED_FOR_SUBMISSION.filter((field) => record[field].trim().length === 0);
}

/** Refuses an incomplete record, naming the sections as people read them (and, in the details, the fields and template columns). */
export function checkComplete(record: Record<(typeof REQUIRED_FOR_SUBMISSION)[number], string>): void {
  const missing = missingNarrative(record);
  if (missing.length > 0) {
    throw errors.validation(
      {
        id: `Lengkapi isian berikut sebelum mengajukan: ${missing.map((f) => `${NARRATIVE_NAMES[f].id} (kolom impor '${NARRATIVE_NAMES[f].column}')`).join(', ')}.`,
        en: `Complete these sections before submitting: ${missing.map((f) => `${NARRATIVE_NAMES[f].en} (import column '${NARRATIVE_NAMES[f].column}')`).join(', ')}.`,
      },
      { fields: missing.map((field) => ({ field, column: NARRATIVE_NAMES[field].column, message: { id: 'wajib diisi sebelum diajukan', en: 'is required before submitting' } })) },
    );
  }
}
