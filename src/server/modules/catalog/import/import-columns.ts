import { BUDGET_SOURCES, INNOVATION_FORMS, INNOVATION_STATUSES } from '../../../../common/catalog.js';
import type { ProfileField } from '../profile-fields.js';

/**
 * The columns of the bulk-import template: Indonesian headers (what agency staff read), the API
 * field each fills, how the cell is read, and a line of guidance for the template's help sheet.
 */
export type CellKind = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'enum' | 'sdgs' | 'category';

export interface ImportColumn {
  header: string;
  field: ProfileField | 'categoryCode';
  kind: CellKind;
  required: boolean;
  values?: readonly string[];
  help: string;
  example: string;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { header: 'judul', field: 'title', kind: 'text', required: true, help: 'Judul inovasi, 5–200 karakter', example: 'Antrean Puskesmas Daring "Si Antre"' },
  {
    header: 'ringkasan',
    field: 'summary',
    kind: 'text',
    required: true,
    help: 'Ringkasan, 20–2000 karakter',
    example: 'Warga mengambil nomor antrean puskesmas dari ponsel sehingga tidak perlu menunggu sejak subuh.',
  },
  { header: 'unit', field: 'unitName', kind: 'text', required: false, help: 'Unit pelayanan pemilik inovasi', example: 'Dinas Kesehatan' },
  { header: 'kode_wilayah', field: 'regionCode', kind: 'text', required: true, help: 'Kode wilayah Kemendagri: provinsi (35) atau kabupaten/kota (35.78)', example: '35.78' },
  {
    header: 'masalah',
    field: 'problem',
    kind: 'text',
    required: false,
    help: 'Latar belakang dan masalah — wajib sebelum diajukan atau diterbitkan',
    example: 'Antrean pagi di puskesmas mencapai 3 jam.',
  },
  {
    header: 'kebaruan',
    field: 'approach',
    kind: 'text',
    required: false,
    help: 'Apa yang baru / pendekatan — wajib sebelum diajukan atau diterbitkan',
    example: 'Nomor antrean daring terhubung dengan SMS pengingat.',
  },
  {
    header: 'langkah_implementasi',
    field: 'implementationSteps',
    kind: 'text',
    required: false,
    help: 'Tahapan pelaksanaan — wajib sebelum diajukan atau diterbitkan',
    example: 'Uji coba di 3 puskesmas, lalu seluruh kota.',
  },
  {
    header: 'hasil',
    field: 'results',
    kind: 'text',
    required: false,
    help: 'Hasil dan dampak — wajib sebelum diajukan atau diterbitkan',
    example: 'Waktu tunggu turun menjadi 25 menit.',
  },
  { header: 'pemangku_kepentingan', field: 'stakeholders', kind: 'text', required: false, help: 'Pihak yang terlibat', example: 'Dinas Kesehatan, Diskominfo, kader kesehatan' },
  { header: 'sumber_daya', field: 'resources', kind: 'text', required: false, help: 'Sumber daya yang dipakai', example: 'Server Diskominfo, 2 pengembang' },
  { header: 'sumber_anggaran', field: 'budgetSource', kind: 'enum', values: BUDGET_SOURCES, required: false, help: `Salah satu: ${BUDGET_SOURCES.join(', ')}`, example: 'apbd' },
  { header: 'keberlanjutan', field: 'sustainability', kind: 'text', required: false, help: 'Cara inovasi dipertahankan', example: 'Diatur dalam Peraturan Wali Kota.' },
  {
    header: 'potensi_replikasi',
    field: 'replicationPotential',
    kind: 'text',
    required: false,
    help: 'Kemungkinan ditiru daerah lain',
    example: 'Dapat diterapkan di puskesmas mana pun.',
  },
  { header: 'penerima_manfaat', field: 'beneficiaries', kind: 'integer', required: false, help: 'Jumlah penerima manfaat (bilangan bulat)', example: '120000' },
  { header: 'penghematan_biaya_rp', field: 'costSavedIdr', kind: 'integer', required: false, help: 'Biaya yang dihemat per tahun (rupiah)', example: '250000000' },
  { header: 'penghematan_waktu_hari', field: 'timeSavedDays', kind: 'number', required: false, help: 'Waktu layanan yang dihemat (hari)', example: '0.5' },
  { header: 'situs', field: 'websiteUrl', kind: 'text', required: false, help: 'Alamat situs (http/https)', example: 'https://antre.example.go.id' },
  { header: 'video', field: 'videoUrl', kind: 'text', required: false, help: 'Alamat video (http/https)', example: '' },
  { header: 'tanggal_mulai', field: 'startDate', kind: 'date', required: true, help: 'Tanggal mulai, format YYYY-MM-DD', example: '2019-03-01' },
  { header: 'digital', field: 'digital', kind: 'boolean', required: false, help: 'ya / tidak', example: 'ya' },
  { header: 'bentuk', field: 'form', kind: 'enum', values: INNOVATION_FORMS, required: false, help: `Salah satu: ${INNOVATION_FORMS.join(', ')}`, example: 'public_service' },
  { header: 'kategori', field: 'categoryCode', kind: 'category', required: true, help: 'Kode kategori (lihat lembar Kategori)', example: 'kesehatan' },
  { header: 'sdgs', field: 'sdgs', kind: 'sdgs', required: true, help: 'Nomor TPB/SDGs 1–17, dipisah titik koma', example: '3;10' },
  { header: 'status', field: 'status', kind: 'enum', values: INNOVATION_STATUSES, required: false, help: 'running (berjalan) atau stopped (berhenti)', example: 'running' },
  { header: 'alasan_berhenti', field: 'stoppedReason', kind: 'text', required: false, help: 'Wajib bila status stopped', example: '' },
];

export const MAX_IMPORT_ROWS = 2000;
