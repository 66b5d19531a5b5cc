/**
 * The judged records of the relevance bench (issue #13.5): realistic catalog entries written the
 * way agencies write them, each the record some judged queries must find. They are loaded next to
 * the data being searched (the demo data in the test, the national data set in `npm run bench`)
 * and compete with it, so a query that finds its record among 100,000 others is really ranked.
 * Titles are unique (prefix "Uji Relevansi:" is NOT used: the title is part of what is judged).
 */
export interface JudgedRecord {
  readonly key: string;
  readonly title: string;
  readonly summary: string;
  readonly problem?: string;
  readonly category: 'kesehatan' | 'tata_kelola' | 'lingkungan' | 'pendidikan' | 'ekonomi' | 'pemberdayaan' | 'kemiskinan' | 'pangan' | 'gender' | 'hukum';
  readonly startDate: string;
}

export const JUDGED_RECORDS: readonly JudgedRecord[] = [
  {
    key: 'katarak',
    title: 'Mata Sehat untuk Warga Pesisir',
    summary: 'Operasi katarak gratis bagi nelayan dan warga pesisir dengan rujukan langsung dari puskesmas ke rumah sakit mata.',
    category: 'kesehatan',
    startDate: '2019-04-01',
  },
  {
    key: 'stunting',
    title: 'Rumah Gizi Desa Cegah Stunting',
    summary: 'Kader menimbang balita setiap bulan dan menyalurkan makanan tambahan bagi keluarga berisiko stunting.',
    category: 'kesehatan',
    startDate: '2020-08-01',
  },
  {
    key: 'antrean',
    title: 'Nomor Antrean Rumah Sakit dari Ponsel',
    summary: 'Pasien mengambil nomor antrean poliklinik lewat pesan WhatsApp dan datang saat giliran hampir tiba.',
    category: 'kesehatan',
    startDate: '2021-02-01',
  },
  {
    key: 'izin',
    title: 'Izin Keramaian Selesai Sehari',
    summary: 'Permohonan izin keramaian dan izin reklame diajukan daring dan diterbitkan dalam satu hari kerja dengan tanda tangan elektronik.',
    category: 'tata_kelola',
    startDate: '2018-06-01',
  },
  {
    key: 'perizinan',
    title: 'Perizinan Bangunan Tanpa Tatap Muka',
    summary: 'Persetujuan bangunan gedung diproses dalam portal perizinan terpadu, pemohon memantau berkasnya setiap saat.',
    category: 'tata_kelola',
    startDate: '2022-03-01',
  },
  {
    key: 'tbc',
    title: 'Pendamping Minum Obat Pasien TBC',
    summary: 'Relawan memastikan penderita TBC menelan obat setiap hari selama enam bulan agar tidak putus berobat.',
    category: 'kesehatan',
    startDate: '2017-09-01',
  },
  {
    key: 'tuberkulosis',
    title: 'Skrining Tuberkulosis di Pesantren',
    summary: 'Petugas puskesmas memeriksa santri yang batuk lebih dari dua minggu dan mengobati yang positif tuberkulosis.',
    category: 'kesehatan',
    startDate: '2019-11-01',
  },
  {
    key: 'covid',
    title: 'Posko Isolasi Terpadu COVID-19 Kecamatan',
    summary: 'Warga positif COVID-19 tanpa gejala dirawat di gedung sekolah yang dialihfungsikan, dipantau dokter puskesmas setiap hari.',
    category: 'kesehatan',
    startDate: '2020-05-01',
  },
  {
    key: 'corona',
    title: 'Dapur Umum Warga Terdampak Corona',
    summary: 'Dapur umum kelurahan mengantar makanan siap saji ke keluarga yang menjalani karantina karena virus corona.',
    category: 'kemiskinan',
    startDate: '2020-04-01',
  },
  {
    key: 'pedulilindungi',
    title: 'Pendampingan Aplikasi PeduliLindungi di Pasar',
    summary: 'Petugas membantu pedagang dan pembeli lanjut usia memasang aplikasi PeduliLindungi dan memindai kode QR di pintu pasar.',
    category: 'tata_kelola',
    startDate: '2021-08-01',
  },
  {
    key: 'lansia',
    title: 'Posyandu Lansia Keliling',
    summary: 'Pemeriksaan tekanan darah dan gula darah bagi lansia dari rumah ke rumah setiap pekan.',
    category: 'kesehatan',
    startDate: '2018-01-15',
  },
  {
    key: 'lanjut-usia',
    title: 'Sekolah Lanjut Usia Bahagia',
    summary: 'Warga lanjut usia belajar senam, kerajinan, dan menjaga kesehatan bersama pendamping dari dinas sosial.',
    category: 'pemberdayaan',
    startDate: '2019-02-01',
  },
  {
    key: 'ibu-hamil',
    title: 'Kelas Ibu Hamil di Balai Desa',
    summary: 'Bidan desa mengajar ibu hamil tentang gizi, tanda bahaya kehamilan, dan persiapan persalinan; kesehatan bayi dipantau sejak dalam kandungan.',
    category: 'kesehatan',
    startDate: '2021-05-01',
  },
  {
    key: 'dukcapil',
    title: 'Akta Kelahiran Terbit di Rumah Sakit',
    summary: 'Dinas Kependudukan dan Pencatatan Sipil menerbitkan akta kelahiran dan kartu keluarga baru sebelum ibu dan bayi pulang.',
    category: 'tata_kelola',
    startDate: '2018-10-01',
  },
  {
    key: 'ektp',
    title: 'Perekaman e-KTP Jemput Bola',
    summary: 'Petugas merekam data KTP elektronik warga lanjut usia dan penyandang disabilitas di rumah mereka.',
    category: 'tata_kelola',
    startDate: '2016-07-01',
  },
  {
    key: 'umkm',
    title: 'Etalase Digital Produk UMKM',
    summary: 'Usaha mikro, kecil, dan menengah memasarkan produknya di lokapasar daerah dengan pembayaran nontunai.',
    category: 'ekonomi',
    startDate: '2022-01-10',
  },
  {
    key: 'ptsp',
    title: 'Gerai Pelayanan Terpadu Satu Pintu di Kecamatan',
    summary: 'Warga mengurus izin usaha mikro dan surat keterangan di kantor kecamatan tanpa ke kantor kabupaten.',
    category: 'tata_kelola',
    startDate: '2017-03-01',
  },
  {
    key: 'dbd',
    title: 'Jumantik Cilik Berantas Sarang Nyamuk',
    summary: 'Siswa sekolah dasar memeriksa jentik nyamuk di rumah masing-masing untuk mencegah demam berdarah.',
    category: 'kesehatan',
    startDate: '2016-02-01',
  },
  {
    key: 'banjir',
    title: 'Peringatan Dini Banjir Lewat Sirene Desa',
    summary: 'Sensor ketinggian air sungai menyalakan sirene dan mengirim pesan singkat ke warga bantaran saat banjir mengancam.',
    category: 'lingkungan',
    startDate: '2019-12-01',
  },
  {
    key: 'karhutla',
    title: 'Patroli Terpadu Cegah Kebakaran Hutan dan Lahan',
    summary: 'Masyarakat peduli api, polisi hutan, dan BPBD berpatroli di lahan gambut pada musim kemarau.',
    category: 'lingkungan',
    startDate: '2018-08-01',
  },
  {
    key: 'sampah',
    title: 'Sekolah Bebas Sampah Plastik',
    summary: 'Siswa membawa botol minum sendiri dan memilah sampah di kantin; hasil penjualan sampah membiayai taman sekolah.',
    category: 'lingkungan',
    startDate: '2020-01-20',
  },
  {
    key: 'perpustakaan',
    title: 'Perpustakaan Perahu Menyusuri Sungai',
    summary: 'Perahu bermuatan buku singgah di desa-desa tepi sungai sehingga anak-anak dapat meminjam buku setiap pekan.',
    category: 'pendidikan',
    startDate: '2017-05-01',
  },
  {
    key: 'putus-sekolah',
    title: 'Gerakan Kembali ke Sekolah',
    summary: 'Anak tidak sekolah didata oleh perangkat desa lalu didampingi masuk sekolah terbuka atau kejar paket.',
    category: 'pendidikan',
    startDate: '2019-07-01',
  },
  {
    key: 'bansos',
    title: 'Bantuan Sosial Tepat Sasaran Berbasis Data Desa',
    summary: 'Musyawarah desa memperbarui data keluarga miskin setiap triwulan agar bantuan sosial diterima keluarga yang berhak.',
    category: 'kemiskinan',
    startDate: '2021-10-01',
  },
  {
    key: 'apotek',
    title: 'Apotek Desa Obat Murah',
    summary: 'Badan usaha milik desa membuka apotek yang menjual obat generik dengan harga terjangkau bagi warga.',
    category: 'kesehatan',
    startDate: '2020-11-01',
  },
  {
    key: 'paud',
    title: 'PAUD Terapung untuk Anak Nelayan',
    summary: 'Kelas pendidikan anak usia dini di atas rakit bagi anak-anak kampung nelayan yang jauh dari sekolah.',
    category: 'pendidikan',
    startDate: '2018-03-01',
  },
  {
    key: 'kdrt',
    title: 'Rumah Aman Korban Kekerasan dalam Rumah Tangga',
    summary: 'Perempuan dan anak korban kekerasan mendapat tempat tinggal sementara, pendampingan hukum, dan konseling.',
    category: 'gender',
    startDate: '2019-09-01',
  },
  {
    key: 'imunisasi',
    title: 'Pengingat Jadwal Imunisasi Anak',
    summary: 'Orang tua menerima pengingat jadwal imunisasi dasar lengkap anaknya lewat pesan singkat dari puskesmas.',
    category: 'kesehatan',
    startDate: '2021-03-01',
  },
  {
    key: 'air-bersih',
    title: 'Pipanisasi Air Bersih Dusun Perbukitan',
    summary: 'Warga bergotong royong memasang pipa dari mata air sehingga setiap rumah mendapat air bersih tanpa berjalan jauh.',
    category: 'lingkungan',
    startDate: '2017-10-01',
  },
  {
    key: 'pengaduan',
    title: 'Kanal Aduan Warga Satu Nomor',
    summary: 'Keluhan warga tentang jalan rusak, lampu mati, dan sampah diterima lewat satu nomor WhatsApp dan ditindaklanjuti dalam tiga hari.',
    category: 'tata_kelola',
    startDate: '2020-09-01',
  },
];
