import type { DemoCatalogEntry } from './entry-types.js';

/**
 * KIPP 2026 entries built on the published demo catalog innovations (catalog/demo/innovations.ts):
 * the first five answers come from the catalog profile, the last four from `narrative`, which says
 * more than the catalog's one-line fields (an evaluator needs who does what and how it lasts).
 * Written for the demo; no agency actually entered these.
 */
export const DEMO_CATALOG_ENTRIES: readonly DemoCatalogEntry[] = [
  {
    agency: { regionCode: '35.10', type: 'kabupaten' },
    coordinatorEmail: 'admin.banyuwangi@simpul.test',
    catalogTitle: 'Layanan Publik Desa Berbasis Jaringan Desa Cerdas',
    group: 'umum',
    category: 'tata_kelola',
    outcome: { state: 'passed' },
    narrative: {
      stakeholders:
        'Dinas Komunikasi, Informatika dan Persandian membangun dan merawat aplikasi; Dinas Kependudukan dan Pencatatan Sipil memverifikasi dokumen; pemerintah desa menyediakan loket dan operator; penyedia jaringan memasang serat optik hingga kantor desa.',
      resources:
        'Dua operator terlatih di setiap kantor desa, jaringan serat optik yang menjangkau seluruh desa, aplikasi layanan terpadu milik kabupaten, serta anggaran pemeliharaan dari APBD dan dana desa.',
      sustainability:
        'Layanan desa diatur dalam peraturan bupati, honor operator dianggarkan dalam APBDes setiap tahun, dan kinerja layanan dipantau lewat dasbor kabupaten yang dibahas dalam rapat evaluasi bulanan.',
      replicationPotential:
        'Beberapa kabupaten telah studi tiru dan mengadopsi pola loket desa; kuncinya jaringan sampai kantor desa dan kesediaan dinas melimpahkan sebagian kewenangan verifikasi kepada operator desa.',
    },
  },
  {
    agency: { regionCode: '73.71', type: 'kota' },
    coordinatorEmail: 'admin.makassar@simpul.test',
    catalogTitle: 'Dokter Keliling ke Rumah Warga',
    group: 'umum',
    category: 'kesehatan',
    outcome: { state: 'passed' },
    narrative: {
      stakeholders:
        'Dinas Kesehatan mengelola tim dan mobil layanan, puskesmas menugaskan dokter dan perawat, pusat panggilan 112 menerima permintaan warga, serta ketua RT/RW membantu mendata warga lanjut usia dan penyandang disabilitas.',
      resources: 'Mobil layanan berperalatan medis dasar di setiap kecamatan, tim dokter dan perawat bergiliran, pusat panggilan 24 jam, dan anggaran operasional dari APBD kota.',
      sustainability:
        'Program ditetapkan dengan peraturan wali kota dan menjadi bagian standar pelayanan puskesmas; biaya operasional masuk rencana kerja dinas kesehatan setiap tahun.',
      replicationPotential:
        'Dapat diterapkan kota lain yang memiliki pusat panggilan darurat; armada dapat dimulai dari satu mobil per kecamatan lalu ditambah sesuai jumlah permintaan.',
    },
  },
  {
    agency: { regionCode: '32.11', type: 'kabupaten' },
    coordinatorEmail: 'admin.sumedang@simpul.test',
    catalogTitle: 'Penanganan Stunting Terpadu Berbasis Data Desa',
    group: 'umum',
    category: 'kesehatan',
    outcome: { state: 'passed' },
    narrative: {
      stakeholders:
        'Bappeda mengoordinasikan data, Dinas Kesehatan dan puskesmas melakukan pengukuran, kader posyandu memasukkan data bulanan, pemerintah desa menyalurkan bantuan gizi, dan tim penggerak PKK mendampingi keluarga berisiko.',
      resources: 'Aplikasi pemantauan gizi berbasis desa, alat ukur antropometri standar di seluruh posyandu, pelatihan kader, serta alokasi dana desa untuk makanan tambahan.',
      sustainability:
        'Percepatan penurunan stunting diatur dalam peraturan bupati; setiap desa wajib menganggarkan intervensi gizi, dan angka stunting desa menjadi indikator kinerja camat.',
      replicationPotential:
        'Pola data by name by address dari posyandu sampai kabupaten dapat ditiru daerah lain; aplikasi dapat dibagikan tanpa biaya lisensi kepada pemerintah daerah yang memintanya.',
    },
  },
  {
    agency: { regionCode: '33', type: 'provinsi' },
    coordinatorEmail: 'admin.jateng@simpul.test',
    catalogTitle: 'Kanal Pengaduan Masyarakat Langsung ke Gubernur',
    group: 'umum',
    category: 'tata_kelola',
    outcome: { state: 'passed' },
    narrative: {
      stakeholders:
        'Biro Umum mengelola kanal, seluruh perangkat daerah provinsi menindaklanjuti aduan sesuai tugasnya, pemerintah kabupaten/kota menerima disposisi aduan di wilayahnya, dan masyarakat memantau status aduan secara terbuka.',
      resources: 'Tim admin pengaduan, akun media sosial resmi gubernur, aplikasi pelacakan disposisi, dan petugas penghubung di setiap perangkat daerah.',
      sustainability:
        'Batas waktu tindak lanjut diatur peraturan gubernur; kecepatan respons setiap perangkat daerah diumumkan bulanan dan menjadi bagian penilaian kinerja kepala dinas.',
      replicationPotential:
        'Kanal serupa dapat dibangun provinsi atau kabupaten lain dengan media sosial yang sudah dipakai warga; syarat utamanya komitmen pimpinan menindaklanjuti setiap aduan.',
    },
  },
  {
    agency: { regionCode: '33.74', type: 'kota' },
    coordinatorEmail: 'admin.semarang@simpul.test',
    catalogTitle: 'Bank Sampah Induk dengan Tabungan Digital',
    group: 'umum',
    category: 'lingkungan_hidup',
    outcome: { state: 'passed' },
    narrative: {
      stakeholders:
        'Dinas Lingkungan Hidup membina bank sampah, kelurahan menggerakkan warga, pengepul dan industri daur ulang membeli sampah terpilah, dan bank daerah mengelola tabungan digital nasabah.',
      resources: 'Gudang bank sampah induk, timbangan digital di setiap unit, aplikasi tabungan nasabah, serta pendamping lapangan dari dinas lingkungan hidup.',
      sustainability: 'Bank sampah induk berbadan hukum dan membiayai operasinya dari selisih harga jual; pembinaan unit bank sampah masuk program tahunan dinas lingkungan hidup.',
      replicationPotential: 'Model bank sampah induk dengan tabungan digital dapat diterapkan kota mana pun yang sudah memiliki bank sampah unit di tingkat RW.',
    },
  },
  {
    agency: { regionCode: '34.01', type: 'kabupaten' },
    coordinatorEmail: 'admin.kulonprogo@simpul.test',
    catalogTitle: 'Gerakan Belanja Produk Lokal untuk UMKM',
    group: 'umum',
    category: 'pertumbuhan_ekonomi',
    outcome: { state: 'passed' },
    narrative: {
      stakeholders:
        'Dinas Koperasi dan UKM membina pelaku usaha, toko modern mitra menyediakan rak produk lokal, aparatur sipil negara menjadi pembeli pertama, dan koperasi desa mengumpulkan produk dari perajin.',
      resources: 'Pendamping UMKM, rak khusus produk lokal di toko mitra, fasilitasi sertifikasi halal dan izin edar oleh dinas, serta promosi melalui kanal resmi kabupaten.',
      sustainability:
        'Kewajiban belanja produk lokal bagi perangkat daerah diatur peraturan bupati dan dipantau setiap triwulan; kemitraan dengan toko modern diperpanjang setiap tahun.',
      replicationPotential: 'Mudah ditiru kabupaten lain karena bertumpu pada kebijakan belanja pemerintah dan kemitraan dengan toko yang sudah ada, bukan pada anggaran besar.',
    },
  },
  {
    agency: { regionCode: '32.73', type: 'kota' },
    coordinatorEmail: 'admin.bandung@simpul.test',
    catalogTitle: 'Layanan Terpadu Pengaduan Kekerasan terhadap Perempuan dan Anak',
    group: 'umum',
    category: 'responsif_gender',
    outcome: { state: 'passed' },
    narrative: {
      stakeholders:
        'Dinas Pemberdayaan Perempuan dan Perlindungan Anak mengelola layanan, kepolisian dan kejaksaan menangani proses hukum, rumah sakit daerah memberi visum dan perawatan, serta lembaga bantuan hukum dan psikolog mendampingi korban.',
      resources: 'Hotline 24 jam, ruang konseling yang aman, tim psikolog dan paralegal, rumah aman sementara, dan aplikasi pencatatan kasus terpadu.',
      sustainability:
        'Layanan berada di bawah UPTD perlindungan perempuan dan anak yang dibentuk dengan peraturan wali kota, dengan anggaran tetap dan standar operasional layanan.',
      replicationPotential:
        'Alur rujukan satu pintu dapat diterapkan daerah yang sudah memiliki UPTD PPA; modul pelatihan petugasnya telah dipakai beberapa kabupaten di Jawa Barat.',
    },
  },
  {
    agency: { regionCode: '75', type: 'provinsi' },
    coordinatorEmail: 'admin.gorontalo@simpul.test',
    catalogTitle: 'Kembali Bersekolah untuk Anak Putus Sekolah',
    group: 'umum',
    category: 'pendidikan',
    outcome: { state: 'pending' },
    narrative: {
      stakeholders:
        'Dinas Pendidikan memetakan anak putus sekolah, sekolah menyiapkan kelas transisi, pemerintah desa mendata dan menjemput anak, serta Baznas membantu biaya perlengkapan sekolah.',
      resources: 'Data anak tidak sekolah dari desa dan sekolah, guru pendamping kelas transisi, beasiswa perlengkapan, dan kendaraan antar-jemput di desa terpencil.',
      sustainability: 'Program diatur peraturan gubernur dan menjadi indikator kinerja dinas pendidikan; pemerintah kabupaten/kota berbagi biaya melalui kesepakatan tahunan.',
      replicationPotential: 'Dapat diterapkan provinsi lain dengan angka putus sekolah tinggi; kuncinya data anak tidak sekolah dari desa yang diperbarui setiap semester.',
    },
  },
];

/**
 * The Surabaya demo accounts' own entries: one marked ready by the operator, waiting for the
 * coordinator (admin.surabaya@simpul.test) to submit; one still a draft the operator can finish.
 */
export const DEMO_SURABAYA_ENTRIES: readonly DemoCatalogEntry[] = [
  {
    agency: { regionCode: '35.78', type: 'kota' },
    coordinatorEmail: 'admin.surabaya@simpul.test',
    catalogTitle: 'Antrean Puskesmas Daring Terpadu',
    group: 'umum',
    category: 'kesehatan',
    outcome: { state: 'ready' },
    narrative: {
      stakeholders:
        'Dinas Kesehatan mengelola layanan, Dinas Komunikasi dan Informatika membangun sistem, puskesmas dan rumah sakit daerah mengatur kuota harian, dan kelurahan mendampingi warga yang memakai anjungan.',
      resources:
        'Server pemerintah kota, tim pengembang internal Dinas Komunikasi dan Informatika, anjungan antrean di kantor kelurahan, dan pelatihan petugas pendaftaran puskesmas.',
      sustainability: 'Ditetapkan dengan peraturan wali kota, masuk rencana kerja dinas kesehatan setiap tahun, dan dipantau melalui survei kepuasan pasien setiap semester.',
      replicationPotential: 'Sudah diadaptasi Kota Pontianak melalui WhatsApp; dapat diterapkan daerah lain yang sudah memakai rekam medis elektronik di puskesmas.',
    },
  },
  {
    agency: { regionCode: '35.78', type: 'kota' },
    coordinatorEmail: 'admin.surabaya@simpul.test',
    catalogTitle: 'Perizinan Usaha Terpadu Satu Pintu Daring',
    group: 'umum',
    category: 'tata_kelola',
    outcome: { state: 'draft' },
    narrative: {},
  },
];
