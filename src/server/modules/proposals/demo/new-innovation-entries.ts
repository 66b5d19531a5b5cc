import type { DemoNewEntry } from './entry-types.js';

/**
 * KIPP 2026 entries whose innovation is registered in the catalog on the way (a new draft record
 * of the entrant agency). Written for the demo; no agency actually entered these. Two are meant to
 * fail the administrative check, for the reasons the secretariat usually gives: answers pasted
 * twice, and a title and story that repeat another region's catalog innovation.
 */
export const DEMO_NEW_INNOVATION_ENTRIES: readonly DemoNewEntry[] = [
  {
    agency: { regionCode: '73.06', type: 'kabupaten' },
    coordinatorEmail: 'admin.gowa@simpul.test',
    group: 'umum',
    category: 'tata_kelola',
    outcome: { state: 'passed' },
    innovation: {
      title: 'Adminduk Tuntas di Kantor Desa',
      unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
      regionCode: '73.06',
      summary:
        'Warga mengurus KTP elektronik, kartu keluarga, dan akta kelahiran di kantor desa; operator desa memindai berkas, Dinas Dukcapil memverifikasi secara daring, dan dokumen dicetak di kecamatan lalu diantar ke desa.',
      problem:
        'Warga desa pegunungan menempuh perjalanan hingga tiga jam ke kantor Dukcapil di Sungguminasa; banyak anak tidak memiliki akta kelahiran dan warga menunda memperbarui kartu keluarga karena mahalnya ongkos perjalanan.',
      approach:
        'Penerimaan berkas dilimpahkan kepada operator desa yang terhubung langsung dengan sistem Dukcapil, sehingga verifikasi dilakukan dari jarak jauh dan warga cukup datang sekali ke kantor desa.',
      implementationSteps:
        'Pelatihan operator di seluruh desa dan kelurahan, penyediaan pemindai dan akses jaringan, uji coba di dua kecamatan pegunungan, lalu perluasan ke semua kecamatan dengan jadwal pengantaran dokumen setiap pekan.',
      results:
        'Cakupan akta kelahiran anak naik dari 71 persen menjadi 96 persen dalam dua tahun; waktu pengurusan kartu keluarga turun dari tujuh hari menjadi dua hari tanpa warga datang ke ibu kota kabupaten.',
      stakeholders:
        'Dinas Dukcapil memverifikasi dan mencetak dokumen, pemerintah desa menyediakan operator dan ruang layanan, camat mengawasi pengantaran dokumen, dan kader posyandu mengingatkan orang tua mengurus akta kelahiran bayi.',
      resources: 'Satu operator di setiap desa, pemindai dokumen, akses internet kantor desa, printer dokumen di kecamatan, serta honor operator dari dana desa.',
      budgetSource: 'apbd',
      sustainability: 'Pelimpahan kewenangan diatur peraturan bupati; honor operator dianggarkan dalam APBDes dan kinerja layanan desa dilaporkan setiap bulan kepada bupati.',
      replicationPotential:
        'Dapat ditiru kabupaten dengan wilayah pegunungan atau kepulauan yang luas; perangkat yang dibutuhkan sederhana dan sistem Dukcapil sudah tersedia secara nasional.',
      beneficiaries: 84000,
      indicators: [{ label: 'Cakupan akta kelahiran anak', unit: '%', before: 71, after: 96 }],
      startDate: '2021-03-01',
      digital: true,
      form: 'public_service',
      sdgs: [10, 16],
    },
  },
  {
    agency: { regionCode: '53.01', type: 'kabupaten' },
    coordinatorEmail: 'admin.kupang@simpul.test',
    group: 'khusus',
    category: 'ketahanan_pangan',
    outcome: { state: 'passed' },
    innovation: {
      title: 'Lumbung Benih Desa untuk Petani Lahan Kering',
      unitName: 'Dinas Pertanian Kabupaten Kupang',
      regionCode: '53.01',
      summary:
        'Setiap desa mengelola lumbung benih jagung dan sorgum tahan kering yang dipinjamkan kepada petani saat tanam dan dikembalikan setelah panen, disertai jadwal tanam dari prakiraan curah hujan.',
      problem:
        'Petani lahan kering sering kehabisan benih setelah gagal panen dan membeli benih mahal yang tidak cocok dengan musim hujan yang makin pendek, sehingga lahan dibiarkan kosong.',
      approach:
        'Lumbung benih dikelola kelompok tani dengan catatan pinjaman sederhana, benih lokal tahan kering yang dimurnikan bersama penyuluh, dan kalender tanam desa yang diperbarui setiap musim.',
      implementationSteps:
        'Pemilihan benih lokal unggul bersama petani, pelatihan pengelola lumbung, pembangunan gudang benih kedap udara di desa uji coba, lalu perluasan ke desa lain dengan benih hasil panen desa sebelumnya.',
      results: 'Lahan yang tidak ditanami pada musim hujan turun dari 35 persen menjadi 8 persen di desa peserta, dan petani tidak lagi membeli benih dari luar daerah.',
      stakeholders:
        'Dinas Pertanian dan penyuluh memurnikan benih, kelompok tani mengelola lumbung, pemerintah desa membangun gudang dari dana desa, dan gereja membantu mengingatkan petani mengembalikan pinjaman benih.',
      resources: 'Gudang benih kedap udara di setiap desa, benih sumber dari kebun percobaan, buku pinjaman benih, dan penyuluh pertanian lapangan.',
      budgetSource: 'apbdes',
      sustainability:
        'Lumbung membiayai dirinya dari tambahan benih yang dikembalikan petani; peraturan desa mengatur pengelolaannya, dan dinas menganggarkan pemurnian benih setiap tahun.',
      replicationPotential: 'Cocok untuk desa lahan kering di Nusa Tenggara dan Sulawesi; biayanya rendah karena memakai benih lokal dan gudang sederhana.',
      beneficiaries: 6200,
      indicators: [{ label: 'Hasil jagung', unit: 'ton/ha', before: 1.8, after: 2.7 }],
      startDate: '2021-10-01',
      digital: false,
      form: 'public_service',
      sdgs: [2, 13],
    },
  },
  {
    agency: { regionCode: '52.03', type: 'kabupaten' },
    coordinatorEmail: 'admin.lomboktimur@simpul.test',
    group: 'umum',
    category: 'kesehatan',
    outcome: { state: 'passed' },
    innovation: {
      title: 'Kader Posyandu Pelacak Stunting Berbasis Ponsel',
      unitName: 'Dinas Kesehatan Kabupaten Lombok Timur',
      regionCode: '52.03',
      summary:
        'Kader posyandu menimbang dan mengukur balita lalu mencatat hasilnya di ponsel; aplikasi langsung menandai anak berisiko stunting sehingga bidan desa dan puskesmas menindaklanjuti dalam pekan yang sama.',
      problem:
        'Data pertumbuhan balita dicatat di buku dan baru direkap puskesmas tiga bulan kemudian; anak yang berhenti tumbuh terlambat diketahui dan prevalensi stunting kabupaten bertahan di atas 30 persen.',
      approach:
        'Pencatatan langsung oleh kader dengan peringatan otomatis menurut standar pertumbuhan WHO, disertai daftar tindak lanjut yang dibagikan kepada bidan desa, ahli gizi, dan kepala desa.',
      implementationSteps:
        'Pelatihan kader secara bertahap, pengadaan alat ukur panjang badan standar, uji coba di empat puskesmas, rapat bulanan tindak lanjut di desa, lalu integrasi data dengan aplikasi gizi nasional.',
      results: 'Prevalensi stunting turun dari 33,4 persen menjadi 21,8 persen dalam tiga tahun; waktu dari pengukuran sampai kunjungan bidan turun dari 90 hari menjadi 7 hari.',
      stakeholders:
        'Kader posyandu mengukur dan mencatat, bidan desa dan ahli gizi puskesmas menindaklanjuti, pemerintah desa membiayai makanan tambahan, dan tokoh agama membantu penyuluhan gizi keluarga.',
      resources: 'Ponsel kader, alat ukur antropometri standar di setiap posyandu, aplikasi pencatatan yang tetap berjalan tanpa sinyal, dan insentif kader dari dana desa.',
      budgetSource: 'apbd',
      sustainability: 'Peraturan bupati mewajibkan desa menganggarkan insentif kader dan makanan tambahan; data posyandu menjadi dasar rembuk stunting kabupaten setiap tahun.',
      replicationPotential:
        'Dapat diterapkan daerah dengan jaringan posyandu aktif; aplikasi menyimpan data tanpa sinyal dan menyinkronkannya saat kader kembali ke wilayah berjaringan.',
      beneficiaries: 96000,
      indicators: [{ label: 'Prevalensi stunting balita', unit: '%', before: 33.4, after: 21.8 }],
      startDate: '2021-07-01',
      digital: true,
      form: 'public_service',
      sdgs: [2, 3],
    },
  },
  {
    agency: { name: 'Kementerian Kesehatan' },
    coordinatorEmail: 'admin.kemenkes@simpul.test',
    group: 'umum',
    category: 'kesehatan',
    outcome: { state: 'passed' },
    innovation: {
      title: 'Rujukan Pasien Terintegrasi Antarfasilitas Kesehatan',
      unitName: 'Direktorat Jenderal Pelayanan Kesehatan',
      regionCode: '31',
      summary:
        'Puskesmas dan rumah sakit melihat ketersediaan tempat tidur dan dokter spesialis secara langsung, lalu mengirim rujukan pasien secara daring sehingga pasien tidak lagi ditolak setibanya di rumah sakit.',
      problem:
        'Pasien rujukan sering dibawa ke rumah sakit yang ternyata penuh atau tidak memiliki dokter spesialis yang dibutuhkan, sehingga harus berpindah rumah sakit dan penanganannya terlambat.',
      approach:
        'Satu sistem rujukan nasional yang menampilkan kapasitas rumah sakit secara langsung dan mewajibkan rumah sakit tujuan menjawab permintaan rujukan dalam batas waktu tertentu.',
      implementationSteps:
        'Penyusunan standar data kapasitas, integrasi dengan sistem informasi rumah sakit, uji coba di tiga provinsi, pelatihan petugas puskesmas dan instalasi gawat darurat, lalu perluasan bertahap ke seluruh provinsi.',
      results:
        'Rujukan yang ditolak rumah sakit tujuan turun dari 18 persen menjadi 4 persen di provinsi uji coba; waktu mendapatkan kepastian rujukan turun dari tiga jam menjadi 25 menit.',
      stakeholders:
        'Kementerian Kesehatan menetapkan standar dan mengelola sistem, dinas kesehatan provinsi dan kabupaten/kota mengawasi, rumah sakit memperbarui kapasitas, dan BPJS Kesehatan memakai data rujukan untuk penjaminan.',
      resources: 'Platform rujukan nasional, tim dukungan teknis, integrasi dengan sistem informasi rumah sakit, dan pelatihan daring bagi petugas fasilitas kesehatan.',
      budgetSource: 'apbn',
      sustainability: 'Penggunaan sistem rujukan terintegrasi diwajibkan peraturan menteri kesehatan dan menjadi bagian dari akreditasi rumah sakit.',
      replicationPotential:
        'Standar data kapasitasnya terbuka sehingga provinsi yang memiliki sistem rujukan sendiri dapat terhubung; pola yang sama dapat dipakai untuk rujukan antarpulau di daerah kepulauan.',
      beneficiaries: 1200000,
      indicators: [{ label: 'Rujukan yang ditolak rumah sakit tujuan', unit: '%', before: 18, after: 4 }],
      startDate: '2022-01-10',
      digital: true,
      form: 'governance',
      sdgs: [3, 9],
    },
  },
  {
    agency: { regionCode: '61.71', type: 'kota' },
    coordinatorEmail: 'admin.pontianak@simpul.test',
    group: 'replikasi',
    replicates: 'Antrean Puskesmas Daring Terpadu',
    category: 'kesehatan',
    outcome: {
      state: 'passed',
      note: 'Lolos. Kemiripan dengan Antrean Puskesmas Daring Terpadu Kota Surabaya sudah diperiksa: proposal ini replikasi yang dinyatakan dan diajukan pada Kelompok Replikasi.',
    },
    innovation: {
      title: 'Antrean Puskesmas dari Rumah lewat WhatsApp',
      unitName: 'Dinas Kesehatan Kota Pontianak',
      regionCode: '61.71',
      summary:
        'Replikasi antrean puskesmas daring Kota Surabaya: warga Pontianak mendaftar antrean lewat WhatsApp dan menerima pesan saat gilirannya mendekat, sehingga ruang tunggu puskesmas tidak lagi penuh sejak pagi.',
      problem:
        'Pasien puskesmas datang sejak pukul enam pagi untuk mendapat nomor antrean; ruang tunggu sempit sehingga pasien lanjut usia dan ibu hamil menunggu berjam-jam di luar gedung.',
      approach:
        'Mengadaptasi sistem antrean daring Surabaya ke WhatsApp, kanal yang paling banyak dipakai warga Pontianak, dengan nomor antrean yang terhubung ke pendaftaran pasien di setiap puskesmas.',
      implementationSteps:
        'Kunjungan belajar ke Dinas Kesehatan Surabaya, penyesuaian alur untuk WhatsApp, uji coba di tiga puskesmas, pelatihan petugas pendaftaran, lalu perluasan ke seluruh puskesmas dalam delapan bulan.',
      results: 'Waktu tunggu rata-rata di puskesmas turun dari 150 menit menjadi 45 menit; enam dari sepuluh pasien kini mendaftar dari rumah.',
      stakeholders:
        'Dinas Kesehatan mengelola layanan, Dinas Komunikasi dan Informatika menyediakan server dan nomor resmi, puskesmas mengatur kuota harian, dan Dinas Kesehatan Kota Surabaya mendampingi selama masa adaptasi.',
      resources: 'Nomor WhatsApp resmi setiap puskesmas, server pemerintah kota, dua pengembang internal, dan anggaran pelatihan dari APBD.',
      budgetSource: 'apbd',
      sustainability: 'Antrean daring ditetapkan sebagai standar pelayanan puskesmas melalui keputusan kepala dinas, dan biaya layanan pesan masuk anggaran rutin dinas kesehatan.',
      replicationPotential:
        'Menunjukkan inovasi Surabaya dapat diadaptasi dengan biaya kecil; Pontianak kini menjadi rujukan kabupaten di Kalimantan Barat yang ingin menerapkan antrean serupa.',
      beneficiaries: 210000,
      indicators: [{ label: 'Waktu tunggu rata-rata', unit: 'menit', before: 150, after: 45 }],
      startDate: '2024-02-01',
      digital: true,
      form: 'public_service',
      sdgs: [3],
    },
  },
  {
    agency: { name: 'PT Pos Indonesia (Persero)' },
    coordinatorEmail: 'admin.posindonesia@simpul.test',
    group: 'umum',
    category: 'pengentasan_kemiskinan',
    outcome: { state: 'passed' },
    innovation: {
      title: 'Antar Bansos ke Rumah Lansia dan Penyandang Disabilitas',
      unitName: 'Direktorat Bisnis Jasa Keuangan',
      regionCode: '32',
      summary:
        'Petugas pos mengantar bantuan sosial tunai langsung ke rumah penerima lanjut usia, sakit menahun, dan penyandang disabilitas, dengan verifikasi wajah dan tanda terima elektronik yang dapat dipantau pemerintah daerah.',
      problem:
        'Penerima bantuan lanjut usia dan penyandang disabilitas harus antre berjam-jam di kantor pos atau balai desa; sebagian tidak mampu datang sehingga bantuan dikuasakan kepada orang lain tanpa kepastian diterima.',
      approach:
        'Penyaluran dari pintu ke pintu dengan aplikasi petugas yang mencocokkan wajah penerima dengan data kependudukan dan mengirim bukti serah terima ke dasbor pemerintah daerah saat itu juga.',
      implementationSteps:
        'Pemetaan penerima yang tidak dapat hadir bersama dinas sosial, pelatihan petugas antar, uji coba di dua provinsi, lalu perluasan nasional dengan jadwal antar yang diumumkan lewat pesan singkat.',
      results:
        'Lebih dari satu juta penerima rentan menerima bantuan di rumah; keluhan bantuan tidak sampai turun 70 persen dan penyaluran di wilayah uji coba selesai dalam lima hari, dari sebelumnya tiga pekan.',
      stakeholders:
        'Kementerian Sosial menetapkan penerima, dinas sosial dan pemerintah desa memvalidasi data, Dukcapil menyediakan verifikasi biometrik, dan petugas pos menyalurkan bantuan sampai ke tangan penerima.',
      resources: 'Petugas antar di kantor pos cabang, aplikasi verifikasi pada ponsel petugas, kendaraan roda dua, dan dasbor pemantauan untuk pemerintah daerah.',
      budgetSource: 'bumn_bumd',
      sustainability: 'Penyaluran ke rumah menjadi layanan tetap dalam kontrak penyaluran bantuan sosial dan dibiayai dari biaya layanan penyaluran yang disepakati setiap tahun.',
      replicationPotential:
        'Pola antar dengan verifikasi biometrik dapat dipakai untuk layanan lain bagi warga rentan, misalnya pengantaran obat program atau dokumen kependudukan.',
      beneficiaries: 1100000,
      indicators: [{ label: 'Waktu penyelesaian penyaluran', unit: 'hari', before: 21, after: 5 }],
      startDate: '2021-06-01',
      digital: true,
      form: 'public_service',
      sdgs: [1, 10],
    },
  },
  {
    agency: { regionCode: '14.71', type: 'kota' },
    coordinatorEmail: 'admin.pekanbaru@simpul.test',
    group: 'umum',
    category: 'pendidikan',
    outcome: {
      state: 'failed',
      reason:
        'Tidak lolos: jawaban pertanyaan 3 (kebaruan dan keunikan) dan 4 (langkah-langkah implementasi) sama persis, dan hasil tidak didukung data sebelum–sesudah, sehingga kebaruan dan tahapan pelaksanaan tidak dapat dinilai.',
      checklist: { ageOk: true, complete: false, noNonsense: false, noDuplicate: true },
    },
    innovation: {
      title: 'Sekolah Ramah Anak Berbasis Aplikasi',
      unitName: 'Dinas Pendidikan Kota Pekanbaru',
      regionCode: '14.71',
      summary: 'Aplikasi bagi siswa dan orang tua untuk melaporkan perundungan di sekolah secara rahasia dan memantau tindak lanjutnya oleh guru bimbingan konseling.',
      problem: 'Kasus perundungan di sekolah jarang dilaporkan karena siswa takut dan tidak tahu harus melapor ke mana.',
      // Pasted twice, as entrants sometimes do: the machine's "copied within" flag points at it.
      approach:
        'Aplikasi pelaporan perundungan dibuat oleh dinas pendidikan dan dipasang di sekolah-sekolah, kemudian siswa dan orang tua diajak menggunakan aplikasi untuk melaporkan kejadian perundungan kepada guru bimbingan konseling.',
      implementationSteps:
        'Aplikasi pelaporan perundungan dibuat oleh dinas pendidikan dan dipasang di sekolah-sekolah, kemudian siswa dan orang tua diajak menggunakan aplikasi untuk melaporkan kejadian perundungan kepada guru bimbingan konseling.',
      results: 'Aplikasi sudah dipasang di sekolah dan laporan yang masuk ditindaklanjuti oleh guru bimbingan konseling di sekolah masing-masing.',
      stakeholders: 'Dinas pendidikan, sekolah, guru bimbingan konseling, siswa, dan orang tua siswa di seluruh kota.',
      resources: 'Aplikasi pelaporan, guru bimbingan konseling, dan anggaran dinas pendidikan untuk sosialisasi ke sekolah.',
      budgetSource: 'apbd',
      sustainability: 'Aplikasi akan terus digunakan oleh sekolah dan dikembangkan oleh dinas pendidikan pada tahun-tahun berikutnya.',
      replicationPotential: 'Aplikasi dapat digunakan oleh sekolah di kota dan kabupaten lain yang membutuhkan layanan serupa.',
      beneficiaries: 45000,
      indicators: [],
      startDate: '2023-01-16',
      digital: true,
      form: 'public_service',
      sdgs: [4, 16],
    },
  },
  {
    agency: { name: 'Perumda Air Minum Surya Sembada Kota Surabaya' },
    coordinatorEmail: 'admin.pdam-surabaya@simpul.test',
    group: 'umum',
    category: 'lingkungan_hidup',
    outcome: { state: 'passed' },
    innovation: {
      title: 'Lapor Meter Mandiri dan Pengaduan Air 24 Jam',
      unitName: 'Divisi Pelayanan Pelanggan',
      regionCode: '35.78',
      summary:
        'Pelanggan memotret meter air dan mengirimkannya lewat aplikasi atau WhatsApp; tagihan dihitung dari foto itu, dan setiap aduan kebocoran atau air mati dilacak sampai selesai dengan batas waktu yang terlihat pelanggan.',
      problem:
        'Petugas baca meter tidak dapat masuk ke rumah yang terkunci sehingga tagihan ditaksir dan memicu keluhan; aduan kebocoran dicatat manual dan pelanggan sering tidak mendapat kabar tindak lanjut.',
      approach:
        'Pembacaan meter oleh pelanggan sendiri dengan pengenalan angka otomatis dari foto, digabung dengan pelacakan aduan yang memberi tahu pelanggan siapa petugasnya dan kapan perbaikan selesai.',
      implementationSteps:
        'Pengembangan fitur foto meter, uji coba pada lima ribu pelanggan, sosialisasi melalui lembar tagihan dan media sosial, pelatihan petugas gangguan, dan penetapan batas waktu perbaikan untuk setiap jenis aduan.',
      results:
        'Tagihan taksiran turun dari 9 persen menjadi 1,5 persen rekening; rata-rata waktu perbaikan kebocoran turun dari 36 jam menjadi 10 jam, dan kehilangan air turun empat poin persen.',
      stakeholders:
        'Divisi pelayanan pelanggan mengelola aplikasi, tim gangguan menindaklanjuti aduan, Pemerintah Kota Surabaya sebagai pemilik mengawasi kinerja, dan forum pelanggan memberi masukan setiap triwulan.',
      resources: 'Aplikasi pelanggan, mesin pengenal angka meter, pusat panggilan 24 jam, dan armada tim gangguan di setiap wilayah layanan.',
      budgetSource: 'bumn_bumd',
      sustainability: 'Dibiayai dari anggaran operasional perusahaan karena menghemat biaya baca meter; target waktu perbaikan menjadi indikator kinerja direksi setiap tahun.',
      replicationPotential:
        'Dapat diterapkan perusahaan air minum daerah lain; fitur foto meter telah dibagikan kepada beberapa perusahaan air minum di Jawa Timur melalui forum antarperusahaan.',
      beneficiaries: 560000,
      indicators: [{ label: 'Rata-rata waktu perbaikan kebocoran', unit: 'jam', before: 36, after: 10 }],
      startDate: '2020-09-01',
      digital: true,
      form: 'public_service',
      sdgs: [6, 11],
    },
  },
  {
    agency: { regionCode: '63.71', type: 'kota' },
    coordinatorEmail: 'admin.banjarmasin@simpul.test',
    group: 'umum',
    category: 'responsif_gender',
    outcome: {
      state: 'failed',
      reason:
        'Tidak lolos: judul dan uraian sama dengan inovasi Kota Bandung di katalog tanpa penjelasan adaptasi atau perbedaannya. Bila ini replikasi, ajukan pada Kelompok Replikasi dengan menyebut inovasi asalnya.',
      checklist: { ageOk: true, complete: true, noNonsense: true, noDuplicate: false },
    },
    innovation: {
      // The same title as Kota Bandung's catalog innovation: the "duplicate title" flag shows it.
      title: 'Layanan Terpadu Pengaduan Kekerasan terhadap Perempuan dan Anak',
      unitName: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
      regionCode: '63.71',
      summary:
        'Korban kekerasan terhadap perempuan dan anak melapor melalui satu pintu dan mendapat pendampingan hukum, psikologis, dan medis yang terkoordinasi dalam satu layanan terpadu.',
      problem: 'Korban kekerasan harus mendatangi beberapa instansi dan menceritakan kejadian berulang kali sehingga banyak yang berhenti melapor.',
      approach: 'Layanan satu pintu dengan hotline, ruang konseling, dan alur rujukan ke kepolisian, rumah sakit, dan lembaga bantuan hukum.',
      implementationSteps: 'Pembentukan tim layanan, penyusunan alur rujukan bersama instansi terkait, pembukaan hotline, dan sosialisasi kepada masyarakat.',
      results: 'Jumlah laporan yang ditangani meningkat dan korban mendapat pendampingan lebih cepat dari sebelumnya.',
      stakeholders: 'Dinas PPPA, kepolisian, rumah sakit daerah, lembaga bantuan hukum, dan psikolog mitra di Kota Banjarmasin.',
      resources: 'Hotline, ruang konseling, tim pendamping, dan anggaran dinas pemberdayaan perempuan dan perlindungan anak.',
      budgetSource: 'apbd',
      sustainability: 'Layanan akan dilanjutkan dengan anggaran dinas setiap tahun dan diperkuat dengan peraturan wali kota.',
      replicationPotential: 'Layanan dapat diterapkan oleh kota lain yang memiliki dinas pemberdayaan perempuan dan perlindungan anak.',
      beneficiaries: 900,
      indicators: [],
      startDate: '2022-03-08',
      digital: false,
      form: 'public_service',
      sdgs: [5, 16],
    },
  },
  {
    agency: { regionCode: '81.07', type: 'kabupaten' },
    coordinatorEmail: 'admin.aru@simpul.test',
    group: 'khusus',
    category: 'kesehatan',
    outcome: { state: 'pending' },
    innovation: {
      title: 'Puskesmas Terapung Antarpulau',
      unitName: 'Dinas Kesehatan Kabupaten Kepulauan Aru',
      regionCode: '81.07',
      summary:
        'Kapal puskesmas berlayar terjadwal ke desa-desa pulau kecil yang tidak memiliki tenaga kesehatan tetap, membawa dokter, bidan, obat, dan imunisasi, serta mengevakuasi pasien gawat darurat ke rumah sakit di Dobo.',
      problem:
        'Sebagian besar desa di Kepulauan Aru hanya dapat dijangkau dengan perahu; puluhan desa tidak memiliki tenaga kesehatan tetap sehingga cakupan imunisasi dan pemeriksaan ibu hamil rendah.',
      approach:
        'Puskesmas keliling laut dengan jadwal tetap yang diumumkan melalui radio komunitas, gereja, dan masjid, dilengkapi ruang periksa, penyimpanan vaksin bertenaga surya, dan peralatan evakuasi.',
      implementationSteps:
        'Pengadaan dan modifikasi kapal, penyusunan rute bulanan bersama kepala desa, rekrutmen tim kesehatan bergilir, kerja sama dengan TNI AL untuk evakuasi darurat, lalu penambahan rute pada musim gelombang tinggi.',
      results:
        'Cakupan imunisasi dasar lengkap naik dari 48 persen menjadi 81 persen di desa yang dilayani; pemeriksaan kehamilan minimal empat kali naik dari 39 persen menjadi 70 persen.',
      stakeholders:
        'Dinas Kesehatan mengelola kapal dan tim, kepala desa menyiapkan tempat layanan dan mendata warga, gereja dan masjid mengumumkan jadwal, dan TNI AL membantu evakuasi saat cuaca buruk.',
      resources:
        'Satu kapal puskesmas, tim dokter, bidan, perawat, dan petugas farmasi bergilir, lemari pendingin vaksin bertenaga surya, serta bahan bakar dari APBD dan dana alokasi khusus.',
      budgetSource: 'apbd',
      sustainability:
        'Operasional kapal masuk rencana strategis dinas kesehatan dan dibiayai dana alokasi khusus bidang kesehatan; desa menganggarkan posyandu yang menyambut kedatangan kapal.',
      replicationPotential: 'Cocok bagi kabupaten kepulauan di Maluku, Papua, dan Nusa Tenggara; rute dan jadwal dapat disesuaikan dengan musim gelombang setempat.',
      beneficiaries: 38000,
      indicators: [{ label: 'Cakupan imunisasi dasar lengkap', unit: '%', before: 48, after: 81 }],
      startDate: '2022-05-01',
      digital: false,
      form: 'public_service',
      sdgs: [3, 10],
    },
  },
];
