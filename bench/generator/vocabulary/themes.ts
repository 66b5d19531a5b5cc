/**
 * The ten KIPP 2021 categories (DOMAIN.md) with the words public-service innovation write-ups
 * use for each. Lists run from the most to the least frequent, because they are drawn by a Zipf
 * law: "stunting" and "posyandu" fill health write-ups, "telemedisin" is rare. Words share stems
 * on purpose (layanan/pelayanan, sehat/kesehatan, izin/perizinan, penduduk/kependudukan,
 * sampah/persampahan), so the `indonesian` text search stemmer has real work to do.
 */
export interface Theme {
  /** Stable key (the catalog's category code is mapped from it). */
  readonly key: string;
  /** The category as KIPP names it. */
  readonly name: string;
  readonly nameEn: string;
  /** Share of innovations in this category (health and governance dominate KIPP). */
  readonly weight: number;
  /** SDGs this category usually links to, the first one most often. */
  readonly sdgs: readonly number[];
  /** What the service is about (noun phrases). */
  readonly objects: readonly string[];
  /** Who benefits. */
  readonly targets: readonly string[];
  /** What was wrong before (clauses that follow "Sebelum inovasi ini,"). */
  readonly problems: readonly string[];
  /** What the innovation does (verb phrases). */
  readonly actions: readonly string[];
  /** Measured outcome indicators ("cakupan imunisasi dasar lengkap"). */
  readonly indicators: readonly string[];
  /** The agency unit that typically owns it. */
  readonly units: readonly string[];
  /** Words that make up innovation names and acronyms. */
  readonly nameWords: readonly string[];
}

export const THEMES: readonly Theme[] = [
  {
    key: 'kesehatan',
    name: 'Kesehatan',
    nameEn: 'Health',
    weight: 22,
    sdgs: [3, 2, 5, 6],
    objects: ['pelayanan kesehatan ibu dan anak', 'pencegahan stunting', 'posyandu', 'pemeriksaan kehamilan', 'imunisasi dasar lengkap', 'gizi balita', 'rujukan pasien', 'layanan puskesmas', 'kesehatan jiwa', 'penanganan tuberkulosis', 'jamban sehat', 'ambulans desa', 'layanan kesehatan lansia', 'pemeriksaan penyakit tidak menular', 'telemedisin', 'donor darah', 'kesehatan reproduksi remaja', 'pengendalian demam berdarah'],
    targets: ['ibu hamil', 'balita', 'anak stunting', 'lansia', 'pasien rujukan', 'keluarga berisiko stunting', 'remaja putri', 'kader posyandu', 'penderita tuberkulosis', 'warga miskin', 'ibu menyusui', 'penyandang disabilitas'],
    problems: ['angka stunting di wilayah ini masih di atas rata-rata nasional', 'banyak ibu hamil tidak memeriksakan kehamilan secara rutin', 'cakupan imunisasi dasar lengkap rendah karena jarak ke puskesmas jauh', 'pasien rujukan harus menunggu berjam-jam tanpa kepastian tempat tidur', 'data balita di posyandu dicatat manual dan sering hilang', 'kader kesehatan kesulitan memantau tumbuh kembang anak', 'angka kematian ibu dan bayi masih tinggi', 'warga di pelosok sulit menjangkau layanan kesehatan', 'kasus demam berdarah meningkat setiap musim hujan', 'penderita tuberkulosis sering putus berobat'],
    actions: ['memantau tumbuh kembang balita secara daring', 'mendampingi ibu hamil berisiko tinggi', 'menjemput pasien dengan ambulans desa', 'mengintegrasikan data posyandu dan puskesmas', 'memberikan makanan tambahan bergizi', 'melatih kader posyandu', 'mengirim pengingat jadwal imunisasi melalui pesan singkat', 'menyediakan konsultasi dokter jarak jauh', 'membangun jamban sehat bersama warga', 'memeriksa kesehatan lansia dari rumah ke rumah'],
    indicators: ['prevalensi stunting', 'cakupan imunisasi dasar lengkap', 'kunjungan ibu hamil', 'angka kematian ibu', 'waktu tunggu rujukan', 'balita gizi buruk', 'kepatuhan minum obat', 'cakupan pemeriksaan lansia'],
    units: ['Dinas Kesehatan', 'Puskesmas', 'Rumah Sakit Umum Daerah', 'Dinas Pengendalian Penduduk dan Keluarga Berencana'],
    nameWords: ['Sehat', 'Gizi', 'Posyandu', 'Balita', 'Bunda', 'Stunting', 'Peduli', 'Siaga', 'Jemput', 'Ibu', 'Anak', 'Cegah', 'Bidan', 'Darurat', 'Lansia'],
  },
  {
    key: 'tata_kelola',
    name: 'Tata Kelola Pemerintahan',
    nameEn: 'Governance',
    weight: 18,
    sdgs: [16, 17, 10],
    objects: ['pelayanan perizinan', 'pelayanan administrasi kependudukan', 'penerbitan akta kelahiran', 'kartu keluarga', 'KTP elektronik', 'mal pelayanan publik', 'pengaduan masyarakat', 'perizinan berusaha', 'pengelolaan arsip', 'tanda tangan elektronik', 'pengelolaan keuangan daerah', 'pajak daerah', 'retribusi daerah', 'kinerja aparatur sipil negara', 'sistem pemerintahan berbasis elektronik', 'pengadaan barang dan jasa', 'layanan informasi publik', 'penyusunan anggaran'],
    targets: ['pemohon izin', 'warga', 'pelaku usaha', 'aparatur sipil negara', 'wajib pajak', 'penduduk', 'perangkat desa', 'masyarakat adat', 'pencari kerja'],
    problems: ['pengurusan izin memakan waktu hingga berminggu-minggu', 'warga harus datang berkali-kali ke kantor dinas untuk satu dokumen', 'berkas kependudukan menumpuk dan sering tercecer', 'pengaduan masyarakat tidak tercatat dan tidak ditindaklanjuti', 'pungutan di luar ketentuan masih terjadi pada layanan perizinan', 'data penduduk antarinstansi tidak sinkron', 'pelaporan kinerja pegawai dilakukan manual dan terlambat', 'penerimaan pajak daerah tidak mencapai target'],
    actions: ['menyatukan layanan perizinan dalam satu pintu', 'menerbitkan dokumen kependudukan secara daring', 'menjemput bola ke desa-desa terpencil', 'mengintegrasikan data kependudukan dengan layanan lain', 'memantau pengaduan secara waktu nyata', 'menerapkan tanda tangan elektronik', 'mendigitalkan arsip', 'mengirim dokumen langsung ke rumah pemohon', 'membuka layanan pada akhir pekan', 'menyederhanakan persyaratan izin'],
    indicators: ['waktu penyelesaian izin', 'indeks kepuasan masyarakat', 'jumlah dokumen kependudukan terbit', 'pengaduan yang ditindaklanjuti', 'penerimaan pajak daerah', 'jumlah kunjungan ke kantor layanan'],
    units: ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'Dinas Kependudukan dan Pencatatan Sipil', 'Badan Pendapatan Daerah', 'Bagian Organisasi Sekretariat Daerah', 'Dinas Komunikasi dan Informatika', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Kecamatan'],
    nameWords: ['Izin', 'Cepat', 'Satu', 'Pintu', 'Layanan', 'Data', 'Dokumen', 'Tertib', 'Adminduk', 'Digital', 'Terpadu', 'Online', 'Jemput', 'Bola', 'Mudah', 'Pajak', 'Lapor'],
  },
  {
    key: 'pendidikan',
    name: 'Pendidikan',
    nameEn: 'Education',
    weight: 11,
    sdgs: [4, 5, 10],
    objects: ['pendidikan anak usia dini', 'literasi anak', 'pembelajaran jarak jauh', 'perpustakaan keliling', 'beasiswa pendidikan', 'penanganan anak putus sekolah', 'pendidikan inklusif', 'kompetensi guru', 'sekolah ramah anak', 'pendidikan vokasi', 'taman baca masyarakat', 'numerasi siswa'],
    targets: ['siswa', 'anak putus sekolah', 'guru', 'anak usia dini', 'peserta didik berkebutuhan khusus', 'orang tua murid', 'mahasiswa kurang mampu', 'pemuda desa'],
    problems: ['angka putus sekolah di daerah terpencil masih tinggi', 'minat baca anak rendah karena buku sulit dijangkau', 'guru di sekolah terpencil jarang mendapat pelatihan', 'banyak anak usia dini belum terlayani PAUD', 'siswa dari keluarga miskin berhenti sekolah untuk bekerja', 'hasil asesmen literasi dan numerasi rendah'],
    actions: ['mengantar buku ke desa dengan perpustakaan keliling', 'mengembalikan anak putus sekolah ke bangku sekolah', 'melatih guru melalui komunitas belajar', 'menyediakan kelas daring bagi siswa di pelosok', 'memberikan beasiswa bagi siswa miskin berprestasi', 'membuka kelas inklusif', 'melibatkan orang tua dalam pembelajaran'],
    indicators: ['angka partisipasi sekolah', 'angka putus sekolah', 'skor literasi siswa', 'jumlah peminjam buku', 'guru yang terlatih'],
    units: ['Dinas Pendidikan', 'Dinas Perpustakaan dan Kearsipan', 'Sekolah Dasar Negeri', 'Dinas Pemuda dan Olahraga'],
    nameWords: ['Pintar', 'Cerdas', 'Baca', 'Sekolah', 'Guru', 'Belajar', 'Ilmu', 'Buku', 'Literasi', 'Kembali', 'Anak', 'Generasi'],
  },
  {
    key: 'ekonomi',
    name: 'Pertumbuhan Ekonomi dan Lapangan Kerja',
    nameEn: 'Economic growth and jobs',
    weight: 10,
    sdgs: [8, 9, 1, 12],
    objects: ['pemberdayaan usaha mikro kecil dan menengah', 'pemasaran produk UMKM', 'badan usaha milik desa', 'pasar rakyat', 'pelatihan kerja', 'pariwisata desa', 'akses permodalan', 'koperasi', 'ekonomi kreatif', 'penyaluran kredit usaha rakyat', 'informasi lowongan kerja'],
    targets: ['pelaku UMKM', 'pencari kerja', 'pengrajin', 'pedagang pasar', 'pemuda', 'kelompok sadar wisata', 'perempuan pengusaha', 'petani milenial'],
    problems: ['produk UMKM sulit menembus pasar di luar daerah', 'pelaku usaha kecil kesulitan mendapatkan modal', 'angka pengangguran terbuka meningkat', 'potensi wisata desa belum dikelola', 'pedagang pasar kehilangan pembeli'],
    actions: ['memasarkan produk UMKM melalui lokapasar', 'mendampingi pelaku usaha mengurus izin dan sertifikasi halal', 'mempertemukan pencari kerja dengan perusahaan', 'mengembangkan desa wisata', 'menyalurkan modal bergulir', 'melatih keterampilan kerja'],
    indicators: ['omzet UMKM', 'jumlah tenaga kerja terserap', 'kunjungan wisatawan', 'jumlah usaha baru', 'tingkat pengangguran terbuka'],
    units: ['Dinas Koperasi dan Usaha Mikro', 'Dinas Tenaga Kerja', 'Dinas Pariwisata', 'Dinas Perdagangan', 'Dinas Perindustrian'],
    nameWords: ['Usaha', 'Mandiri', 'Pasar', 'Kerja', 'Wisata', 'Modal', 'Produk', 'Maju', 'Sejahtera', 'Kreatif', 'Desa'],
  },
  {
    key: 'kemiskinan',
    name: 'Penanggulangan Kemiskinan',
    nameEn: 'Poverty reduction',
    weight: 9,
    sdgs: [1, 2, 10, 11],
    objects: ['bantuan sosial', 'data terpadu kesejahteraan sosial', 'rumah tidak layak huni', 'jaminan kesehatan warga miskin', 'perlindungan sosial', 'pengentasan kemiskinan ekstrem', 'bedah rumah'],
    targets: ['rumah tangga miskin', 'keluarga penerima manfaat', 'warga prasejahtera', 'lansia terlantar', 'anak yatim', 'penyandang disabilitas'],
    problems: ['bantuan sosial sering tidak tepat sasaran', 'data warga miskin tidak diperbarui bertahun-tahun', 'banyak keluarga miskin tinggal di rumah tidak layak huni', 'warga miskin tidak tahu cara mengakses bantuan'],
    actions: ['memutakhirkan data kemiskinan bersama desa', 'menyalurkan bantuan non-tunai', 'membedah rumah tidak layak huni secara gotong royong', 'memadukan program pengentasan kemiskinan lintas dinas', 'memverifikasi penerima bantuan dari rumah ke rumah'],
    indicators: ['persentase penduduk miskin', 'ketepatan sasaran bantuan', 'rumah tidak layak huni yang diperbaiki', 'keluarga yang keluar dari kemiskinan'],
    units: ['Dinas Sosial', 'Badan Perencanaan Pembangunan Daerah', 'Dinas Perumahan Rakyat dan Kawasan Permukiman'],
    nameWords: ['Peduli', 'Sejahtera', 'Rumah', 'Bantu', 'Berbagi', 'Tepat', 'Sasaran', 'Miskin', 'Gotong', 'Royong'],
  },
  {
    key: 'lingkungan',
    name: 'Lingkungan Hidup',
    nameEn: 'Environment',
    weight: 8,
    sdgs: [11, 12, 13, 6, 14, 15],
    objects: ['pengelolaan sampah', 'bank sampah', 'daur ulang sampah plastik', 'persampahan', 'air bersih', 'pengolahan limbah', 'penanaman mangrove', 'pencegahan banjir', 'energi terbarukan', 'ruang terbuka hijau', 'pengomposan sampah organik', 'sanitasi lingkungan'],
    targets: ['warga', 'rumah tangga', 'nelayan pesisir', 'sekolah', 'pedagang pasar', 'kelompok pemuda'],
    problems: ['sampah menumpuk di tempat pembuangan akhir yang hampir penuh', 'warga membuang sampah ke sungai', 'banjir melanda permukiman setiap musim hujan', 'air bersih sulit didapat pada musim kemarau', 'abrasi mengikis pantai', 'limbah rumah tangga mencemari sungai'],
    actions: ['menukar sampah dengan tabungan di bank sampah', 'memilah sampah dari rumah', 'mengolah sampah organik menjadi kompos', 'menanam mangrove bersama warga', 'membangun sumur resapan', 'menyalurkan air bersih ke rumah warga', 'mengolah sampah plastik menjadi bahan bakar'],
    indicators: ['volume sampah yang dikelola', 'sampah yang masuk ke tempat pembuangan akhir', 'jumlah nasabah bank sampah', 'cakupan air bersih', 'luas mangrove tertanam'],
    units: ['Dinas Lingkungan Hidup', 'Dinas Pekerjaan Umum', 'Perumda Air Minum'],
    nameWords: ['Sampah', 'Bersih', 'Hijau', 'Lestari', 'Bank', 'Kompos', 'Air', 'Mangrove', 'Olah', 'Pilah', 'Alam'],
  },
  {
    key: 'pemberdayaan',
    name: 'Pemberdayaan Masyarakat',
    nameEn: 'Community empowerment',
    weight: 8,
    sdgs: [11, 1, 5, 16],
    objects: ['pemberdayaan masyarakat desa', 'pengelolaan dana desa', 'partisipasi warga', 'kelompok swadaya masyarakat', 'musyawarah perencanaan pembangunan', 'relawan desa', 'pembangunan desa'],
    targets: ['warga desa', 'perangkat desa', 'kader PKK', 'karang taruna', 'kelompok perempuan', 'tokoh masyarakat'],
    problems: ['warga jarang dilibatkan dalam perencanaan pembangunan desa', 'penggunaan dana desa tidak transparan', 'potensi desa tidak tergali', 'kelompok masyarakat berjalan sendiri-sendiri'],
    actions: ['melibatkan warga dalam musyawarah desa', 'mempublikasikan penggunaan dana desa', 'membentuk relawan desa', 'melatih kader pemberdayaan', 'menggerakkan gotong royong warga'],
    indicators: ['partisipasi warga dalam musyawarah', 'indeks desa membangun', 'jumlah kelompok aktif', 'serapan dana desa'],
    units: ['Dinas Pemberdayaan Masyarakat dan Desa', 'Kecamatan', 'Pemerintah Desa'],
    nameWords: ['Desa', 'Warga', 'Berdaya', 'Gotong', 'Royong', 'Bersama', 'Bangun', 'Mandiri', 'Guyub', 'Rukun'],
  },
  {
    key: 'pangan',
    name: 'Ketahanan Pangan',
    nameEn: 'Food security',
    weight: 6,
    sdgs: [2, 12, 15],
    objects: ['ketahanan pangan', 'lumbung pangan desa', 'pertanian organik', 'irigasi', 'pemanfaatan pekarangan', 'perikanan budi daya', 'distribusi pupuk', 'cadangan pangan daerah'],
    targets: ['petani', 'nelayan', 'kelompok wanita tani', 'peternak', 'rumah tangga rawan pangan'],
    problems: ['petani sering kekurangan pupuk saat musim tanam', 'harga gabah anjlok ketika panen raya', 'hasil panen menurun karena irigasi rusak', 'rumah tangga rawan pangan meningkat'],
    actions: ['mendata kebutuhan pupuk petani secara daring', 'membangun lumbung pangan desa', 'menanam sayur di pekarangan rumah', 'memperbaiki jaringan irigasi bersama petani', 'membeli gabah petani dengan harga layak'],
    indicators: ['produktivitas padi', 'skor pola pangan harapan', 'harga gabah di tingkat petani', 'luas lahan terairi'],
    units: ['Dinas Pertanian', 'Dinas Ketahanan Pangan', 'Dinas Kelautan dan Perikanan'],
    nameWords: ['Tani', 'Pangan', 'Panen', 'Lumbung', 'Subur', 'Pekarangan', 'Padi', 'Ikan', 'Makmur'],
  },
  {
    key: 'gender',
    name: 'Pelayanan Publik Responsif Gender',
    nameEn: 'Gender-responsive public services',
    weight: 5,
    sdgs: [5, 10, 16],
    objects: ['perlindungan perempuan dan anak', 'penanganan kekerasan terhadap perempuan', 'layanan ramah anak', 'pengarusutamaan gender', 'layanan ramah disabilitas', 'pencegahan perkawinan anak', 'ruang laktasi'],
    targets: ['perempuan korban kekerasan', 'anak', 'penyandang disabilitas', 'ibu menyusui', 'remaja perempuan'],
    problems: ['korban kekerasan enggan melapor karena takut', 'angka perkawinan anak masih tinggi', 'kantor layanan belum ramah bagi penyandang disabilitas', 'perempuan jarang terlibat dalam pengambilan keputusan'],
    actions: ['membuka layanan pengaduan kekerasan dua puluh empat jam', 'mendampingi korban hingga pemulihan', 'menyediakan ruang laktasi dan ruang bermain anak', 'melatih petugas melayani penyandang disabilitas', 'mencegah perkawinan anak bersama tokoh agama'],
    indicators: ['kasus kekerasan yang tertangani', 'angka perkawinan anak', 'kantor layanan ramah disabilitas', 'keterwakilan perempuan'],
    units: ['Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'Dinas Sosial'],
    nameWords: ['Perempuan', 'Anak', 'Ramah', 'Lindungi', 'Setara', 'Aman', 'Peduli', 'Sahabat'],
  },
  {
    key: 'hukum',
    name: 'Penegakan Hukum',
    nameEn: 'Law enforcement',
    weight: 3,
    sdgs: [16, 10],
    objects: ['pelayanan hukum', 'bantuan hukum gratis', 'tilang elektronik', 'pembinaan warga binaan pemasyarakatan', 'pencegahan narkoba', 'pemberantasan pungutan liar', 'sidang keliling', 'mediasi sengketa'],
    targets: ['pencari keadilan', 'warga binaan', 'pengendara', 'masyarakat kurang mampu', 'pelajar'],
    problems: ['warga kurang mampu sulit mendapatkan bantuan hukum', 'antrean sidang menumpuk', 'pelanggaran lalu lintas tinggi', 'peredaran narkoba menyasar pelajar'],
    actions: ['menggelar sidang keliling ke kecamatan', 'memberikan konsultasi hukum gratis secara daring', 'menerapkan tilang elektronik', 'melatih keterampilan warga binaan', 'menyosialisasikan bahaya narkoba di sekolah'],
    indicators: ['perkara yang diselesaikan', 'waktu penyelesaian perkara', 'angka pelanggaran lalu lintas', 'warga binaan yang bekerja'],
    units: ['Satuan Polisi Pamong Praja', 'Bagian Hukum Sekretariat Daerah', 'Lembaga Pemasyarakatan'],
    nameWords: ['Hukum', 'Adil', 'Tertib', 'Aman', 'Sidang', 'Lapas', 'Bersih', 'Jujur'],
  },
];
