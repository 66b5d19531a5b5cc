import type { LocalizedText } from './errors.js';

/**
 * What people call the fields the API names in code, so a validation summary reads "Judul wajib
 * diisi" rather than "'title' wajib diisi". Forms show the problem at the input itself (the
 * `fields` list keeps the API key for that); this is for the sentence above the form and for API
 * users. A key missing here is spelled out from its camelCase ("startsAt" → "starts at").
 */
const LABELS: Record<string, LocalizedText> = {
  title: { id: 'Judul', en: 'Title' },
  titleEn: { id: 'Judul (Inggris)', en: 'Title (English)' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  description: { id: 'Deskripsi', en: 'Description' },
  name: { id: 'Nama', en: 'Name' },
  nameId: { id: 'Nama (Indonesia)', en: 'Name (Indonesian)' },
  nameEn: { id: 'Nama (Inggris)', en: 'Name (English)' },
  email: { id: 'Email', en: 'Email' },
  personEmail: { id: 'Email', en: 'Email' },
  password: { id: 'Kata sandi', en: 'Password' },
  currentPassword: { id: 'Kata sandi saat ini', en: 'Current password' },
  newPassword: { id: 'Kata sandi baru', en: 'New password' },
  role: { id: 'Peran', en: 'Role' },
  agencyId: { id: 'Instansi', en: 'Agency' },
  agency: { id: 'Instansi', en: 'Agency' },
  agencyType: { id: 'Jenis instansi', en: 'Agency type' },
  type: { id: 'Jenis', en: 'Type' },
  kind: { id: 'Jenis', en: 'Kind' },
  unitName: { id: 'Unit pelaksana', en: 'Implementing unit' },
  regionCode: { id: 'Wilayah', en: 'Region' },
  provinceCode: { id: 'Provinsi', en: 'Province' },
  province: { id: 'Provinsi', en: 'Province' },
  regency: { id: 'Kabupaten/kota', en: 'Regency/city' },
  problem: { id: 'Masalah yang diatasi', en: 'Problem addressed' },
  approach: { id: 'Apa yang baru (kebaruan)', en: 'What is new' },
  implementationSteps: { id: 'Langkah pelaksanaan', en: 'Implementation steps' },
  results: { id: 'Hasil dan dampak', en: 'Results and impact' },
  stakeholders: { id: 'Pemangku kepentingan', en: 'Stakeholders' },
  resources: { id: 'Sumber daya', en: 'Resources' },
  budgetSource: { id: 'Sumber anggaran', en: 'Budget source' },
  sustainability: { id: 'Keberlanjutan', en: 'Sustainability' },
  replicationPotential: { id: 'Potensi replikasi', en: 'Replication potential' },
  beneficiaries: { id: 'Jumlah penerima manfaat', en: 'Beneficiaries' },
  startDate: { id: 'Tanggal mulai diterapkan', en: 'Start date' },
  digital: { id: 'Inovasi digital', en: 'Digital innovation' },
  form: { id: 'Bentuk inovasi', en: 'Form of innovation' },
  categoryId: { id: 'Kategori', en: 'Category' },
  category: { id: 'Kategori', en: 'Category' },
  sdgs: { id: 'Tujuan SDG', en: 'SDGs' },
  sdg: { id: 'Tujuan SDG', en: 'SDG' },
  videoUrl: { id: 'Tautan video', en: 'Video link' },
  websiteUrl: { id: 'Situs web', en: 'Website' },
  costSavedIdr: { id: 'Biaya yang dihemat (Rp)', en: 'Cost saved (IDR)' },
  timeSavedDays: { id: 'Waktu yang dihemat (hari)', en: 'Time saved (days)' },
  year: { id: 'Tahun', en: 'Year' },
  fiscalYear: { id: 'Tahun anggaran', en: 'Fiscal year' },
  resultsYear: { id: 'Tahun hasil', en: 'Results year' },
  date: { id: 'Tanggal', en: 'Date' },
  start: { id: 'Mulai', en: 'Start' },
  end: { id: 'Selesai', en: 'End' },
  startsAt: { id: 'Waktu mulai', en: 'Starts at' },
  endsAt: { id: 'Waktu selesai', en: 'Ends at' },
  periodStart: { id: 'Awal periode', en: 'Period start' },
  periodEnd: { id: 'Akhir periode', en: 'Period end' },
  dueOn: { id: 'Tenggat', en: 'Due date' },
  heldOn: { id: 'Tanggal pelaksanaan', en: 'Held on' },
  visitedOn: { id: 'Tanggal kunjungan', en: 'Visit date' },
  decreeNumber: { id: 'Nomor SK', en: 'Decree number' },
  decreeDate: { id: 'Tanggal SK', en: 'Decree date' },
  number: { id: 'Nomor', en: 'Number' },
  reason: { id: 'Alasan', en: 'Reason' },
  stoppedReason: { id: 'Alasan dihentikan', en: 'Reason for stopping' },
  rationale: { id: 'Alasan', en: 'Rationale' },
  comment: { id: 'Komentar', en: 'Comment' },
  overallComment: { id: 'Komentar umum', en: 'Overall comment' },
  note: { id: 'Catatan', en: 'Note' },
  notes: { id: 'Catatan', en: 'Notes' },
  message: { id: 'Pesan', en: 'Message' },
  context: { id: 'Konteks', en: 'Context' },
  leadName: { id: 'Penanggung jawab', en: 'Lead' },
  label: { id: 'Label', en: 'Label' },
  code: { id: 'Kode', en: 'Code' },
  weight: { id: 'Bobot', en: 'Weight' },
  weights: { id: 'Bobot', en: 'Weights' },
  criteria: { id: 'Kriteria', en: 'Criteria' },
  questions: { id: 'Pertanyaan', en: 'Questions' },
  answers: { id: 'Jawaban', en: 'Answers' },
  answer: { id: 'Jawaban', en: 'Answer' },
  answerType: { id: 'Jenis jawaban', en: 'Answer type' },
  value: { id: 'Nilai', en: 'Value' },
  values: { id: 'Nilai', en: 'Values' },
  score: { id: 'Nilai', en: 'Score' },
  min: { id: 'Minimum', en: 'Minimum' },
  max: { id: 'Maksimum', en: 'Maximum' },
  baseline: { id: 'Nilai awal', en: 'Baseline' },
  followUp: { id: 'Nilai tindak lanjut', en: 'Follow-up value' },
  unit: { id: 'Satuan', en: 'Unit' },
  targetCount: { id: 'Jumlah target', en: 'Target count' },
  maxProposals: { id: 'Jumlah proposal maksimum', en: 'Maximum proposals' },
  maxProposalsPerAgency: { id: 'Proposal maksimum per instansi', en: 'Maximum proposals per agency' },
  maxActiveCases: { id: 'Kasus aktif maksimum', en: 'Maximum active cases' },
  expertiseCategoryIds: { id: 'Keahlian', en: 'Expertise' },
  universityAgencyId: { id: 'Perguruan tinggi', en: 'University' },
  hubId: { id: 'Simpul (hub)', en: 'Hub' },
  mentorId: { id: 'Pendamping', en: 'Mentor' },
  innovationId: { id: 'Inovasi', en: 'Innovation' },
  sourceInnovationId: { id: 'Inovasi sumber', en: 'Source innovation' },
  competitionId: { id: 'Kompetisi', en: 'Competition' },
  proposalId: { id: 'Proposal', en: 'Proposal' },
  proposalIds: { id: 'Proposal', en: 'Proposals' },
  userId: { id: 'Akun', en: 'Account' },
  userIds: { id: 'Akun', en: 'Accounts' },
  evaluatorId: { id: 'Penilai', en: 'Evaluator' },
  panelistIds: { id: 'Panelis', en: 'Panelists' },
  timeZone: { id: 'Zona waktu', en: 'Time zone' },
  language: { id: 'Bahasa', en: 'Language' },
  status: { id: 'Status', en: 'Status' },
  state: { id: 'Status', en: 'State' },
  decision: { id: 'Keputusan', en: 'Decision' },
  outcome: { id: 'Hasil', en: 'Outcome' },
  q: { id: 'Kata kunci', en: 'Search words' },
  page: { id: 'Halaman', en: 'Page' },
  pageSize: { id: 'Jumlah per halaman', en: 'Page size' },
  sort: { id: 'Urutan', en: 'Sort order' },
  format: { id: 'Format', en: 'Format' },
  token: { id: 'Token', en: 'Token' },
  document: { id: 'Dokumen', en: 'Document' },
};

/** The label of the last named segment of a path; list positions become "(baris N)". */
export function fieldLabel(path: readonly (string | number)[]): LocalizedText {
  const named = path.filter((p): p is string => typeof p === 'string' && !/^\d+$/.test(p));
  const position = path.find((p) => typeof p === 'number' || /^\d+$/.test(String(p)));
  const key = named.at(-1);
  const base = key ? (LABELS[key] ?? spelledOut(key)) : { id: 'Data', en: 'Data' };
  if (position === undefined) return base;
  const row = Number(position) + 1;
  return { id: `${base.id} (baris ${row})`, en: `${base.en} (row ${row})` };
}

function spelledOut(key: string): LocalizedText {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return { id: text, en: text };
}
