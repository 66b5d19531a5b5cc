/** Texts of the landing page, Bahasa Indonesia (merged into `i18n/id.ts` as `landing`). */
export const landingId = {
  heroTitle: 'Simpul jejaring inovasi pelayanan publik Indonesia',
  heroBody:
    'Simpul membantu Kementerian PANRB, kementerian, lembaga, pemerintah daerah, dan masyarakat menciptakan, mengembangkan, dan melembagakan inovasi pelayanan publik: dari Kompetisi Inovasi Pelayanan Publik (KIPP) hingga replikasi melalui Jaringan Inovasi Pelayanan Publik (JIPP).',
  exploreCatalog: 'Jelajahi katalog inovasi',
  seeEvents: 'Acara berbagi pengetahuan',
  goToDashboard: 'Buka dasbor',
  stagesTitle: 'Tiga tahap kebijakan inovasi',
  stages: {
    create: {
      title: 'Menciptakan',
      body: 'Satu instansi, satu inovasi: setiap instansi didorong memiliki setidaknya satu inovasi. KIPP yang diselenggarakan setiap tahun menjadi penggeraknya.',
    },
    develop: {
      title: 'Mengembangkan',
      body: 'Replikasi, perluasan, dan jejaring hub JIPP: instansi yang sudah maju berbagi pengetahuan dengan instansi yang baru memulai, dengan kementerian sebagai penghubung.',
    },
    institutionalise: {
      title: 'Melembagakan',
      body: 'Inovasi menjadi program yang berkelanjutan: memiliki dasar hukum, dianggarkan, dan masuk ke rencana serta target kinerja instansi.',
    },
  },
  programsTitle: 'Program',
  programs: {
    kipp: {
      title: 'KIPP: Kompetisi Inovasi Pelayanan Publik',
      body: 'Kompetisi tahunan sejak 2014. Unit pelayanan menyusun proposal, admin lokal meninjau dan mengajukannya, Tim Evaluasi menilai, lalu Tim Panel Independen memilih Top 99 dan para pemenang.',
    },
    jipp: {
      title: 'JIPP: Jaringan Inovasi Pelayanan Publik',
      body: 'Hub di provinsi yang ditetapkan kementerian membimbing replikasi, bertukar pengalaman dan pengetahuan, serta mempromosikan inovasi, didampingi perguruan tinggi.',
    },
    catalog: {
      title: 'Katalog inovasi',
      body: 'Basis data inovasi terkurasi dari KIPP dan sumber lain, lengkap dengan status berjalan atau berhenti, terbuka untuk dipelajari dan direplikasi.',
    },
  },
  stageLabel: 'Tahap {{number}}',
  status: {
    title: 'Status layanan',
    checking: 'Memeriksa server…',
    ok: 'Server berjalan (versi {{version}}).',
    unavailable: 'Server sedang tidak dapat dihubungi.',
  },
};
