import type { Role } from '../../common/roles.js';

/** Shown by `npm start` and in the README; the same password for every demo account. */
export const DEMO_PASSWORD = 'Simpul-Demo-2026';

export interface DemoAccount {
  role: Role;
  email: string;
  name: string;
  /** Agency name, or null for accounts without one. */
  agency: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'ministry_admin', email: 'admin@simpul.test', name: 'Sekretariat KIPP', agency: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi' },
  { role: 'agency_admin', email: 'admin.surabaya@simpul.test', name: 'Admin Lokal Kota Surabaya', agency: 'Pemerintah Kota Surabaya' },
  { role: 'agency_operator', email: 'operator.surabaya@simpul.test', name: 'Operator UPP Kota Surabaya', agency: 'Pemerintah Kota Surabaya' },
  { role: 'evaluator', email: 'evaluator@simpul.test', name: 'Dr. Ratna Evaluator', agency: 'Universitas Gadjah Mada' },
  { role: 'panelist', email: 'panel@simpul.test', name: 'Prof. Budi Panel Independen', agency: null },
  { role: 'hub_coordinator', email: 'hub.jatim@simpul.test', name: 'Koordinator Hub JIPP Jawa Timur', agency: 'Pemerintah Provinsi Jawa Timur' },
  { role: 'mentor', email: 'mentor@simpul.test', name: 'Pendamping Universitas Airlangga', agency: 'Universitas Airlangga' },
  { role: 'finance_viewer', email: 'kemenkeu@simpul.test', name: 'Analis Kementerian Keuangan', agency: 'Kementerian Keuangan' },
  { role: 'index_admin', email: 'indeks@simpul.test', name: 'Tim Indeks Inovasi Daerah BSKDN', agency: 'Kementerian Dalam Negeri' },
  { role: 'index_verifier', email: 'verifikator@simpul.test', name: 'Verifikator Indeks Inovasi Daerah', agency: 'Kementerian Dalam Negeri' },
  { role: 'citizen', email: 'warga@simpul.test', name: 'Warga Peduli', agency: null },
];

/** Organisations beyond the regional governments loaded from reference data. */
export const DEMO_AGENCIES: readonly {
  name: string;
  type: 'kementerian' | 'lembaga' | 'bumn' | 'bumd' | 'perguruan_tinggi' | 'swasta' | 'komunitas';
  regionCode: string | null;
}[] = [
  { name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', type: 'kementerian', regionCode: '31' },
  { name: 'Kementerian Keuangan', type: 'kementerian', regionCode: '31' },
  { name: 'Kementerian Dalam Negeri', type: 'kementerian', regionCode: '31' },
  { name: 'Kementerian Kesehatan', type: 'kementerian', regionCode: '31' },
  { name: 'Badan Pusat Statistik', type: 'lembaga', regionCode: '31' },
  { name: 'Lembaga Administrasi Negara', type: 'lembaga', regionCode: '31' },
  { name: 'PT Pos Indonesia (Persero)', type: 'bumn', regionCode: '32' },
  { name: 'Perumda Air Minum Surya Sembada Kota Surabaya', type: 'bumd', regionCode: '35.78' },
  { name: 'Universitas Gadjah Mada', type: 'perguruan_tinggi', regionCode: '34' },
  { name: 'Universitas Airlangga', type: 'perguruan_tinggi', regionCode: '35.78' },
  { name: 'Yayasan Inovasi Warga Nusantara (demo)', type: 'swasta', regionCode: '33' },
  { name: 'Komunitas Relawan Sehat Makassar (demo)', type: 'komunitas', regionCode: '73.71' },
];

/**
 * Demo seeders pick demo people by role with these (data selection, not authorization: the
 * role-checks architecture test keeps role comparisons out of module code).
 */
export function demoEmailsWithRole(role: Role): string[] {
  return DEMO_ACCOUNTS.filter((a) => a.role === role).map((a) => a.email);
}

/** The people among `people` who hold `role` (a demo account may have been changed since). */
export function withRole<T extends { role: string }>(people: Iterable<T | undefined>, role: Role): T[] {
  return [...people].filter((p): p is T => p !== undefined && p.role === role);
}
