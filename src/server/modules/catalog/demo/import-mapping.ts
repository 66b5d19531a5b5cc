import { SYSTEM_ACTOR } from '../../../audit/audit-log.js';
import type { Db } from '../../../db/types.js';
import { saveSharedMapping } from '../historical-service.js';

/**
 * Demo: the ministry's import wizard offers a saved mapping for winners' lists written the usual
 * way (test/fixtures/historical-winners.csv is such a file). Saved through the service; idempotent
 * (saving the same name again only refreshes it).
 */
export async function seedDemoImportMapping(db: Db): Promise<void> {
  await saveSharedMapping(db, SYSTEM_ACTOR, 'Daftar pemenang KIPP (contoh)', {
    'Judul Inovasi': 'title',
    Instansi: 'agencyName',
    'Jenis Instansi': 'agencyType',
    Provinsi: 'province',
    'Kabupaten/Kota': 'regency',
    Tahun: 'year',
    Penghargaan: 'awardLabel',
    Klaster: 'cluster',
    Ringkasan: 'summary',
    'Tautan Sumber': 'sourceUrl',
  });
}
