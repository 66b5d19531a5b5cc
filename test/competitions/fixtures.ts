import type { Agent } from '../helpers/agent.js';

/** A complete, publishable call configuration; `overrides` replace top-level fields. */
export function competitionBody(overrides: Record<string, unknown> = {}, now = Date.now()) {
  const day = 86_400_000;
  return {
    kind: 'kipp',
    name: `KIPP Uji ${Math.random().toString(36).slice(2, 8)}`,
    year: 2026,
    theme: 'Inovasi untuk pemulihan',
    participantTypes: ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'],
    sdgRequired: true,
    graceMinutes: 0,
    groups: [
      { code: 'umum', name: 'Umum', minInnovationAgeMonths: 12, excludedAwardLevels: ['top_5', 'top_45'], maxProposalsPerAgency: 2 },
      { code: 'replikasi', name: 'Replikasi', minInnovationAgeMonths: 6, maxProposalsPerAgency: 1 },
    ],
    categories: [
      { code: 'kesehatan', name: 'Kesehatan' },
      { code: 'pendidikan', name: 'Pendidikan' },
    ],
    questions: [
      { title: 'Ringkasan inovasi', answerType: 'long_text', wordLimit: 50, required: true },
      { title: 'Latar belakang dan masalah', answerType: 'long_text', wordLimit: 300, required: true },
      { title: 'Jumlah penerima manfaat', answerType: 'number', required: false },
      { title: 'Bentuk inovasi', answerType: 'choice', options: ['Pelayanan publik', 'Tata kelola'], required: true },
      { title: 'Keterkaitan SDGs', answerType: 'sdg_list', required: true },
      { title: 'Video profil', answerType: 'video_link', required: false },
      { title: 'Dokumen pendukung', answerType: 'file', required: false },
    ],
    stages: [
      { kind: 'registration', name: 'Pendaftaran dan penyusunan proposal', startsAt: new Date(now - 10 * day).toISOString(), endsAt: new Date(now + 30 * day).toISOString() },
      { kind: 'administrative_check', name: 'Seleksi administrasi', startsAt: new Date(now + 31 * day).toISOString(), endsAt: new Date(now + 45 * day).toISOString() },
    ],
    ...overrides,
  };
}

/** Creates and publishes a competition through the API; returns its view. */
export async function publishedCompetition(admin: Agent, overrides: Record<string, unknown> = {}) {
  const created = await admin.post('/api/competitions', competitionBody(overrides));
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
  const id = created.json().id as string;
  const published = await admin.post(`/api/competitions/${id}/status`, { to: 'published' });
  if (published.statusCode !== 200) throw new Error(`publish failed: ${published.body}`);
  return published.json();
}
