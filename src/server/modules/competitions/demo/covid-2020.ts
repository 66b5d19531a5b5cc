import type { ParticipantType } from '../../../../common/competitions.js';
import type { CreateCompetitionInput } from '../schemas.js';
import { wib } from './kipp-2026.js';

const narrative = (title: string, helpText: string, wordLimit: number, required: boolean) => ({
  title,
  helpText,
  required,
  wordLimit,
  answerType: 'long_text' as const,
  options: [],
});

/**
 * The 2020 COVID-19 appreciation (KepmenPANRB 109/2020) as a special call: open to government,
 * private organisations and the public, three categories, seven participant clusters (modelled
 * as groups restricted by participant type), its own narrative and the 30 June 2020 deadline.
 */
export function covid2020(): CreateCompetitionInput {
  return {
    kind: 'special',
    name: 'Apresiasi Inovasi Penanganan Pandemi COVID-19',
    year: 2020,
    theme: 'Inovasi pelayanan publik dalam penanganan pandemi COVID-19',
    description:
      'Apresiasi khusus Kementerian PANRB (KepmenPANRB 109/2020) bagi K/L, pemerintah daerah, perguruan tinggi, organisasi swasta dan masyarakat. Top 21: tiga dari setiap klaster.',
    participantTypes: ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'perguruan_tinggi', 'swasta', 'komunitas', 'citizen'],
    sdgRequired: false,
    graceMinutes: 0,
    groups: (
      [
        { code: 'kl', name: 'Klaster Kementerian/Lembaga', participantTypes: ['kementerian', 'lembaga'] },
        { code: 'provinsi', name: 'Klaster Pemerintah Provinsi', participantTypes: ['provinsi'] },
        { code: 'kabupaten', name: 'Klaster Pemerintah Kabupaten', participantTypes: ['kabupaten'] },
        { code: 'kota', name: 'Klaster Pemerintah Kota', participantTypes: ['kota'] },
        { code: 'perguruan-tinggi', name: 'Klaster Perguruan Tinggi', participantTypes: ['perguruan_tinggi'] },
        { code: 'swasta', name: 'Klaster Organisasi Swasta', participantTypes: ['swasta'] },
        { code: 'masyarakat-sipil', name: 'Klaster Masyarakat Sipil', participantTypes: ['komunitas', 'citizen'] },
      ] satisfies { code: string; name: string; participantTypes: ParticipantType[] }[]
    ).map((g) => ({
      ...g,
      description: '',
      minInnovationAgeMonths: 0,
      excludedAwardLevels: [],
      excludedAwardSinceYear: null,
      maxProposalsPerAgency: 3,
      requiresReplication: false,
    })),
    categories: [
      { code: 'respon_cepat', name: 'Respon Cepat', description: 'Tanggap darurat pada masa awal pandemi.' },
      { code: 'pengetahuan_publik', name: 'Pengetahuan Publik', description: 'Pengetahuan dan perubahan perilaku masyarakat.' },
      { code: 'ketangguhan_massal', name: 'Ketangguhan Massal', description: 'Ketangguhan masyarakat yang berkelanjutan.' },
    ],
    questions: [
      narrative('Ringkasan inisiatif', 'Apa yang dilakukan, sejak kapan, dan untuk siapa.', 250, true),
      narrative('Pelayanan kesehatan', 'Bagaimana inisiatif memperkuat layanan kesehatan (tes, lacak, rawat).', 400, false),
      narrative('Keselamatan tenaga kesehatan', 'Perlindungan bagi tenaga kesehatan dan petugas layanan.', 400, false),
      narrative('Kesadaran dan perubahan perilaku masyarakat', 'Edukasi, komunikasi risiko, protokol kesehatan.', 400, false),
      narrative('Mobilisasi sumber daya', 'Gotong royong, relawan, kemitraan, pendanaan.', 400, false),
      narrative('Transparansi data', 'Keterbukaan data kasus dan bantuan kepada publik.', 400, false),
      narrative('Pengurangan dampak sosial dan ekonomi', 'Bantuan sosial, pemulihan ekonomi, layanan tetap berjalan.', 400, true),
      { title: 'Keterkaitan dengan SDGs', helpText: '', required: false, wordLimit: null, answerType: 'sdg_list', options: [] },
      { title: 'Tautan video', helpText: '', required: false, wordLimit: null, answerType: 'video_link', options: [] },
      { title: 'Dokumen pendukung', helpText: '', required: false, wordLimit: null, answerType: 'file', options: [] },
    ],
    stages: [
      { kind: 'registration', name: 'Pendaftaran dan pengiriman proposal', startsAt: wib('2020-05-11'), endsAt: wib('2020-06-30', '23:59:59') },
      { kind: 'administrative_check', name: 'Seleksi administrasi', startsAt: wib('2020-07-01'), endsAt: wib('2020-07-10', '23:59:59') },
      { kind: 'desk_evaluation', name: 'Evaluasi proposal', startsAt: wib('2020-07-11'), endsAt: wib('2020-08-07', '23:59:59') },
      { kind: 'announcement', name: 'Penetapan Top 21', startsAt: wib('2020-08-20'), endsAt: wib('2020-08-21', '23:59:59') },
    ],
  };
}
