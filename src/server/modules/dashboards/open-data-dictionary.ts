import type { Localized } from '../../../common/dashboards.js';
import type { ExportRow } from '../catalog/export/export-rows.js';

/** The data dictionary of the published catalog's open-data file (columns as the catalog export names them). */
export const CATALOG_COLUMN_DESCRIPTIONS: Record<keyof ExportRow, Localized> = {
  id: { id: 'Pengenal tetap inovasi (UUID)', en: 'Stable innovation identifier (UUID)' },
  title: { id: 'Judul inovasi', en: 'Innovation title' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  agency: { id: 'Instansi pemilik', en: 'Owning agency' },
  agencyType: { id: 'Jenis instansi (kementerian, lembaga, provinsi, kabupaten, kota, BUMN, BUMD …)', en: 'Agency type (ministry, agency, province, regency, city, SOE, ROE …)' },
  unitName: { id: 'Unit pelayanan publik', en: 'Public service unit' },
  province: { id: 'Nama provinsi', en: 'Province name' },
  region: { id: 'Nama wilayah (provinsi atau kabupaten/kota)', en: 'Region name (province or regency/city)' },
  regionCode: { id: 'Kode wilayah Kemendagri (35 atau 35.78)', en: 'Kemendagri region code (35 or 35.78)' },
  category: { id: 'Kategori inovasi', en: 'Innovation category' },
  sdgs: { id: 'Nomor SDG terkait, dipisah koma', en: 'Related SDG numbers, comma-separated' },
  startDate: { id: 'Tanggal mulai (YYYY-MM-DD)', en: 'Start date (YYYY-MM-DD)' },
  status: { id: 'running (berjalan) atau stopped (berhenti)', en: 'running or stopped' },
  stoppedReason: { id: 'Alasan berhenti, bila berhenti', en: 'Reason it stopped, when stopped' },
  statusConfirmedAt: { id: 'Tanggal status terakhir dikonfirmasi instansi', en: 'Date the agency last confirmed the status' },
  beneficiaries: { id: 'Jumlah penerima manfaat yang dilaporkan', en: 'Reported number of beneficiaries' },
  awards: { id: 'Penghargaan (tingkat dan tahun)', en: 'Awards (level and year)' },
  replications: { id: 'Jumlah replikasi tercatat', en: 'Recorded replications' },
  websiteUrl: { id: 'Situs web inovasi', en: 'Innovation website' },
  videoUrl: { id: 'Tautan video', en: 'Video link' },
  url: { id: 'Halaman inovasi di katalog', en: 'The innovation’s catalog page' },
};
