import { type Kysely, sql } from 'kysely';
import type { AgencyType } from '../../../common/agency-types.js';
import type { BudgetSource, InnovationForm, InnovationStatus } from '../../../common/catalog.js';
import { appendAudit, SYSTEM_ACTOR } from '../../audit/audit-log.js';
import type { Database } from '../../db/schema.js';
import { diffSnapshots } from './profile-fields.js';
import { insertVersion, listRecordsByIds } from './repository.js';
import { snapshotOf } from './view.js';

/**
 * A dozen published demo innovations, so a fresh install shows a working catalog. They belong
 * to regional governments loaded from reference data (and two demo organisations); the stories
 * are typical of KIPP entries but written for the demo, and no award is claimed for any of them.
 */
interface DemoInnovation {
  agency: { regionCode: string; type: AgencyType } | { name: string };
  regionCode: string;
  title: string;
  summary: string;
  problem: string;
  approach: string;
  implementationSteps: string;
  results: string;
  stakeholders: string;
  resources: string;
  budgetSource: BudgetSource;
  sustainability: string;
  replicationPotential: string;
  beneficiaries: number;
  indicators: { label: string; unit: string; before: number; after: number }[];
  startDate: string;
  digital: boolean;
  form: InnovationForm;
  category: string;
  sdgs: number[];
  status: InnovationStatus;
  stoppedReason?: string;
  unitName: string;
}

export const DEMO_INNOVATIONS: readonly DemoInnovation[] = [
  {
    agency: { regionCode: '35.78', type: 'kota' },
    regionCode: '35.78',
    unitName: 'Dinas Kesehatan Kota Surabaya',
    title: 'Antrean Puskesmas Daring Terpadu',
    summary: 'Warga mengambil nomor antrean puskesmas dan rumah sakit daerah dari ponsel atau anjungan kelurahan, lalu datang mendekati giliran, sehingga tidak perlu mengantre sejak subuh.',
    problem: 'Pasien datang sejak pukul lima pagi untuk mendapat nomor antrean; ruang tunggu penuh dan waktu tunggu rata-rata mencapai tiga jam.',
    approach: 'Satu sistem antrean untuk seluruh puskesmas yang terhubung dengan rekam medis elektronik dan pesan pengingat, serta anjungan di kelurahan bagi warga tanpa ponsel.',
    implementationSteps: 'Uji coba di lima puskesmas, pelatihan petugas pendaftaran, perluasan ke seluruh puskesmas dalam satu tahun, lalu integrasi dengan rumah sakit daerah.',
    results: 'Waktu tunggu rata-rata turun dari 180 menit menjadi 35 menit; keluhan antrean di kanal pengaduan turun lebih dari separuh.',
    stakeholders: 'Dinas Kesehatan, Dinas Komunikasi dan Informatika, puskesmas, rumah sakit daerah, kelurahan',
    resources: 'Server pemerintah kota, tim pengembang internal, anjungan di kelurahan',
    budgetSource: 'apbd',
    sustainability: 'Ditetapkan dengan peraturan wali kota dan masuk rencana kerja dinas kesehatan setiap tahun.',
    replicationPotential: 'Dapat diterapkan daerah lain yang sudah memakai rekam medis elektronik di puskesmas.',
    beneficiaries: 450000,
    indicators: [{ label: 'Waktu tunggu rata-rata', unit: 'menit', before: 180, after: 35 }],
    startDate: '2015-06-01',
    digital: true,
    form: 'public_service',
    category: 'kesehatan',
    sdgs: [3, 10],
    status: 'running',
  },
  {
    agency: { regionCode: '35.78', type: 'kota' },
    regionCode: '35.78',
    unitName: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    title: 'Perizinan Usaha Terpadu Satu Pintu Daring',
    summary: 'Pelaku usaha mengajukan, memantau, dan menerima izin usaha secara daring dalam satu portal, dengan tanda tangan elektronik dan batas waktu layanan yang dipantau.',
    problem: 'Izin usaha harus diurus di beberapa dinas, berkas hilang, dan waktu penyelesaian tidak pasti hingga berminggu-minggu.',
    approach: 'Satu portal untuk semua izin, alur persetujuan antardinas di dalam sistem, dan dasbor batas waktu yang dilihat pimpinan setiap hari.',
    implementationSteps: 'Pemetaan seluruh jenis izin, penyederhanaan persyaratan, pembangunan portal, uji coba untuk izin usaha mikro, lalu perluasan ke semua izin.',
    results: 'Waktu penyelesaian izin usaha mikro turun dari 14 hari menjadi 3 hari; seluruh berkas dapat dilacak pemohon.',
    stakeholders: 'DPMPTSP, dinas teknis, asosiasi pelaku usaha',
    resources: 'Portal perizinan, tanda tangan elektronik, petugas verifikasi',
    budgetSource: 'apbd',
    sustainability: 'Menjadi satu-satunya kanal perizinan kota; dievaluasi setiap triwulan.',
    replicationPotential: 'Cocok untuk daerah yang sedang membangun mal pelayanan publik.',
    beneficiaries: 38000,
    indicators: [{ label: 'Waktu penyelesaian izin usaha mikro', unit: 'hari', before: 14, after: 3 }],
    startDate: '2017-02-01',
    digital: true,
    form: 'governance',
    category: 'tata_kelola',
    sdgs: [8, 16],
    status: 'running',
  },
  {
    agency: { regionCode: '35.10', type: 'kabupaten' },
    regionCode: '35.10',
    unitName: 'Dinas Komunikasi, Informatika dan Persandian',
    title: 'Layanan Publik Desa Berbasis Jaringan Desa Cerdas',
    summary: 'Kantor desa menjadi loket layanan kabupaten: warga mengurus dokumen kependudukan, surat keterangan, dan bantuan sosial di desa tanpa pergi ke kota kabupaten.',
    problem: 'Warga desa terpencil menempuh perjalanan jauh dan biaya besar untuk mengurus dokumen di ibu kota kabupaten.',
    approach: 'Jaringan internet desa dan aplikasi layanan terpadu yang menghubungkan kantor desa dengan dinas-dinas kabupaten.',
    implementationSteps: 'Pemasangan jaringan di kantor desa, pelatihan perangkat desa, penambahan layanan secara bertahap.',
    results: 'Sebagian besar desa melayani dokumen kependudukan dari kantor desa; biaya perjalanan warga berkurang.',
    stakeholders: 'Pemerintah desa, dinas kependudukan, dinas sosial, penyedia jaringan',
    resources: 'Jaringan serat optik, aplikasi layanan, operator desa',
    budgetSource: 'apbd',
    sustainability: 'Operator desa dibiayai dana desa; aplikasi dikelola dinas kominfo.',
    replicationPotential: 'Dapat diterapkan kabupaten dengan wilayah luas dan desa yang tersebar.',
    beneficiaries: 160000,
    indicators: [{ label: 'Jenis layanan yang tersedia di desa', unit: 'layanan', before: 2, after: 30 }],
    startDate: '2016-08-17',
    digital: true,
    form: 'public_service',
    category: 'tata_kelola',
    sdgs: [9, 16],
    status: 'running',
  },
  {
    agency: { regionCode: '73.71', type: 'kota' },
    regionCode: '73.71',
    unitName: 'Dinas Kesehatan Kota Makassar',
    title: 'Dokter Keliling ke Rumah Warga',
    summary: 'Tim dokter dan perawat dengan mobil layanan mendatangi warga lanjut usia dan warga sakit yang tidak dapat ke puskesmas, dipanggil lewat pusat panggilan 24 jam.',
    problem: 'Warga lanjut usia dan penyandang disabilitas sulit menjangkau puskesmas sehingga penyakit kronis terlambat ditangani.',
    approach: 'Layanan kesehatan yang mendatangi rumah, dipanggil lewat telepon, dengan rekam medis yang terhubung ke puskesmas.',
    implementationSteps: 'Pembentukan tim per kecamatan, penyediaan mobil layanan, peluncuran nomor panggilan, sosialisasi lewat kader.',
    results: 'Kunjungan rumah rutin bagi warga lanjut usia dengan penyakit kronis; rujukan darurat lebih cepat.',
    stakeholders: 'Dinas Kesehatan, puskesmas, kader kesehatan, rumah sakit daerah',
    resources: 'Mobil layanan, tenaga dokter dan perawat, pusat panggilan',
    budgetSource: 'apbd',
    sustainability: 'Dianggarkan tahunan dan menjadi standar pelayanan puskesmas.',
    replicationPotential: 'Dapat ditiru kota dengan jumlah warga lanjut usia yang tinggi.',
    beneficiaries: 52000,
    indicators: [{ label: 'Waktu tanggap panggilan', unit: 'menit', before: 90, after: 30 }],
    startDate: '2014-10-01',
    digital: false,
    form: 'public_service',
    category: 'kesehatan',
    sdgs: [3],
    status: 'running',
  },
  {
    agency: { regionCode: '32.11', type: 'kabupaten' },
    regionCode: '32.11',
    unitName: 'Dinas Kesehatan Kabupaten Sumedang',
    title: 'Penanganan Stunting Terpadu Berbasis Data Desa',
    summary: 'Data tumbuh kembang balita dari posyandu dipetakan per desa setiap bulan, sehingga intervensi gizi, sanitasi, dan bantuan sosial diarahkan ke keluarga yang paling membutuhkan.',
    problem: 'Angka stunting tinggi dan bantuan dari berbagai dinas tidak tepat sasaran karena data balita tersebar dan tidak mutakhir.',
    approach: 'Satu basis data balita yang diisi kader posyandu lewat aplikasi dan dipakai bersama oleh dinas kesehatan, sosial, dan pekerjaan umum.',
    implementationSteps: 'Pelatihan kader, penimbangan serentak, pemetaan keluarga berisiko, rapat koordinasi bulanan lintas dinas.',
    results: 'Prevalensi stunting turun dalam tiga tahun dan bantuan gizi menjangkau keluarga berisiko lebih cepat.',
    stakeholders: 'Kader posyandu, puskesmas, dinas sosial, dinas pekerjaan umum, pemerintah desa',
    resources: 'Aplikasi pencatatan, alat ukur antropometri, dana desa',
    budgetSource: 'apbdes',
    sustainability: 'Diatur dalam peraturan bupati tentang percepatan penurunan stunting.',
    replicationPotential: 'Dapat diterapkan kabupaten yang memiliki posyandu aktif.',
    beneficiaries: 41000,
    indicators: [{ label: 'Prevalensi stunting', unit: '%', before: 32, after: 21 }],
    startDate: '2019-01-15',
    digital: true,
    form: 'public_service',
    category: 'kesehatan',
    sdgs: [2, 3],
    status: 'running',
  },
  {
    agency: { regionCode: '33', type: 'provinsi' },
    regionCode: '33',
    unitName: 'Biro Umum Sekretariat Daerah',
    title: 'Kanal Pengaduan Masyarakat Langsung ke Gubernur',
    summary: 'Warga menyampaikan pengaduan layanan publik lewat pesan singkat, media sosial, dan aplikasi; setiap aduan diteruskan ke dinas terkait dengan batas waktu tindak lanjut yang dipantau.',
    problem: 'Pengaduan masyarakat tidak tercatat, berpindah-pindah antarinstansi, dan jarang mendapat jawaban.',
    approach: 'Satu pusat pengaduan dengan nomor tiket, disposisi otomatis ke dinas, dan laporan terbuka tentang kecepatan tindak lanjut.',
    implementationSteps: 'Penunjukan penghubung di setiap dinas, standar waktu tindak lanjut, publikasi statistik bulanan.',
    results: 'Sebagian besar aduan ditindaklanjuti dalam lima hari kerja; dinas yang lambat terlihat dalam laporan bulanan.',
    stakeholders: 'Sekretariat daerah, seluruh perangkat daerah provinsi, pemerintah kabupaten/kota',
    resources: 'Aplikasi pengaduan, petugas pusat pengaduan',
    budgetSource: 'apbd',
    sustainability: 'Terhubung dengan sistem pengaduan nasional dan menjadi indikator kinerja perangkat daerah.',
    replicationPotential: 'Dapat diterapkan pemerintah provinsi mana pun.',
    beneficiaries: 250000,
    indicators: [{ label: 'Aduan yang ditindaklanjuti dalam 5 hari kerja', unit: '%', before: 20, after: 85 }],
    startDate: '2014-03-01',
    digital: true,
    form: 'governance',
    category: 'tata_kelola',
    sdgs: [16],
    status: 'running',
  },
  {
    agency: { regionCode: '33.74', type: 'kota' },
    regionCode: '33.74',
    unitName: 'Dinas Lingkungan Hidup Kota Semarang',
    title: 'Bank Sampah Induk dengan Tabungan Digital',
    summary: 'Warga menyetor sampah terpilah ke bank sampah kelurahan; nilainya tercatat di tabungan digital yang dapat dipakai membayar iuran, listrik, atau ditukar sembako.',
    problem: 'Volume sampah ke tempat pembuangan akhir terus naik sementara pemilahan di rumah tangga rendah.',
    approach: 'Bank sampah induk yang menampung setoran bank sampah unit dan pencatatan tabungan warga dalam aplikasi.',
    implementationSteps: 'Pembentukan bank sampah unit di kelurahan, pelatihan pengurus, kerja sama dengan pengepul dan mitra pembayaran.',
    results: 'Sampah yang dikelola bank sampah bertambah setiap tahun dan ribuan keluarga memiliki tabungan sampah.',
    stakeholders: 'Dinas Lingkungan Hidup, kelurahan, pengurus bank sampah, pengepul, mitra swasta',
    resources: 'Gudang bank sampah induk, timbangan, aplikasi tabungan',
    budgetSource: 'csr',
    sustainability: 'Bank sampah induk dikelola koperasi warga dengan pendampingan dinas.',
    replicationPotential: 'Dapat diterapkan di kota yang sudah memiliki bank sampah unit.',
    beneficiaries: 12000,
    indicators: [{ label: 'Sampah terkelola per bulan', unit: 'ton', before: 20, after: 95 }],
    startDate: '2018-04-22',
    digital: true,
    form: 'public_service',
    category: 'lingkungan',
    sdgs: [11, 12],
    status: 'running',
  },
  {
    agency: { regionCode: '34.01', type: 'kabupaten' },
    regionCode: '34.01',
    unitName: 'Dinas Perdagangan Kabupaten Kulon Progo',
    title: 'Gerakan Belanja Produk Lokal untuk UMKM',
    summary: 'Pemerintah daerah, sekolah, dan toko modern diwajibkan menyediakan serta membeli produk usaha kecil setempat, dari beras petani hingga air minum kemasan produksi daerah.',
    problem: 'Uang belanja warga dan pemerintah daerah mengalir ke produk dari luar daerah sementara usaha kecil setempat sulit mendapat pasar.',
    approach: 'Kebijakan pembelian produk lokal oleh instansi, kemitraan toko modern dengan koperasi, dan merek daerah bersama.',
    implementationSteps: 'Penetapan peraturan bupati, pendataan produk UMKM, kurasi kualitas, kemitraan dengan toko modern.',
    results: 'Penjualan produk UMKM setempat meningkat dan beras petani diserap untuk kebutuhan aparatur.',
    stakeholders: 'Dinas perdagangan, koperasi, UMKM, toko modern, sekolah',
    resources: 'Anggaran pembinaan UMKM, gerai koperasi',
    budgetSource: 'apbd',
    sustainability: 'Diatur dalam peraturan bupati dan menjadi bagian rencana pembangunan daerah.',
    replicationPotential: 'Dapat ditiru kabupaten dengan basis produk pertanian dan UMKM yang kuat.',
    beneficiaries: 5200,
    indicators: [{ label: 'UMKM yang produknya masuk toko modern', unit: 'usaha', before: 12, after: 140 }],
    startDate: '2013-07-01',
    digital: false,
    form: 'governance',
    category: 'ekonomi',
    sdgs: [8, 12],
    status: 'running',
  },
  {
    agency: { regionCode: '53.01', type: 'kabupaten' },
    regionCode: '53.01',
    unitName: 'Dinas Pertanian Kabupaten Kupang',
    title: 'Sekolah Lapang Iklim untuk Petani Lahan Kering',
    summary: 'Petani lahan kering belajar membaca prakiraan curah hujan dan menyesuaikan waktu tanam serta varietas, didampingi penyuluh dan stasiun cuaca sederhana di desa.',
    problem: 'Gagal panen berulang karena petani menanam mengikuti kebiasaan, padahal pola hujan makin tidak menentu.',
    approach: 'Sekolah lapang di kebun petani dengan alat penakar hujan desa dan informasi iklim yang diterjemahkan ke bahasa sehari-hari.',
    implementationSteps: 'Pelatihan penyuluh, pemasangan penakar hujan, sekolah lapang satu musim tanam, pertemuan evaluasi panen.',
    results: 'Petani peserta menggeser waktu tanam dan hasil panen jagung lebih stabil pada musim kering.',
    stakeholders: 'Dinas Pertanian, stasiun klimatologi, kelompok tani, pemerintah desa',
    resources: 'Penakar hujan, materi pelatihan, penyuluh pertanian',
    budgetSource: 'apbn',
    sustainability: 'Program berakhir ketika pendanaan pusat selesai; sebagian kelompok tani meneruskan secara mandiri.',
    replicationPotential: 'Relevan untuk daerah lahan kering di Nusa Tenggara.',
    beneficiaries: 2400,
    indicators: [{ label: 'Hasil jagung', unit: 'ton/ha', before: 1.8, after: 2.6 }],
    startDate: '2016-10-01',
    digital: false,
    form: 'public_service',
    category: 'pangan',
    sdgs: [2, 13],
    status: 'stopped',
    stoppedReason: 'Pendanaan program dari pusat berakhir pada 2021 dan belum dilanjutkan dengan anggaran daerah.',
  },
  {
    agency: { regionCode: '32.73', type: 'kota' },
    regionCode: '32.73',
    unitName: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
    title: 'Layanan Terpadu Pengaduan Kekerasan terhadap Perempuan dan Anak',
    summary: 'Korban kekerasan melapor lewat satu nomor atau datang ke satu tempat, lalu didampingi psikolog, pendamping hukum, dan layanan kesehatan tanpa harus bercerita berulang kali.',
    problem: 'Korban harus mendatangi banyak instansi dan mengulang ceritanya, sehingga banyak yang berhenti melapor.',
    approach: 'Satu pintu pengaduan dengan manajer kasus yang mengoordinasikan layanan kesehatan, psikologis, hukum, dan rumah aman.',
    implementationSteps: 'Penyusunan standar layanan, perjanjian kerja sama dengan rumah sakit dan lembaga bantuan hukum, pelatihan manajer kasus.',
    results: 'Lebih banyak kasus dilaporkan dan ditangani sampai tuntas; waktu menuju layanan pertama lebih singkat.',
    stakeholders: 'Dinas PPPA, kepolisian, rumah sakit, lembaga bantuan hukum, psikolog',
    resources: 'Ruang layanan, manajer kasus, rumah aman',
    budgetSource: 'apbd',
    sustainability: 'Dikuatkan dengan peraturan daerah tentang perlindungan perempuan dan anak.',
    replicationPotential: 'Dapat diterapkan di kota dan kabupaten yang memiliki UPTD PPA.',
    beneficiaries: 1800,
    indicators: [{ label: 'Kasus yang ditangani sampai tuntas', unit: '%', before: 40, after: 78 }],
    startDate: '2018-11-25',
    digital: false,
    form: 'public_service',
    category: 'gender',
    sdgs: [5, 16],
    status: 'running',
  },
  {
    agency: { regionCode: '75', type: 'provinsi' },
    regionCode: '75',
    unitName: 'Dinas Pendidikan Provinsi Gorontalo',
    title: 'Kembali Bersekolah untuk Anak Putus Sekolah',
    summary: 'Anak putus sekolah didata dari rumah ke rumah dan dibantu kembali bersekolah lewat sekolah terbuka, beasiswa transportasi, dan pendamping belajar dari mahasiswa.',
    problem: 'Banyak anak usia sekolah di desa berhenti sekolah karena biaya transportasi dan harus membantu orang tua bekerja.',
    approach: 'Pendataan aktif bersama desa, jalur kembali bersekolah yang lentur, dan pendamping belajar sebaya.',
    implementationSteps: 'Pendataan, verifikasi dengan sekolah, penyaluran bantuan transportasi, kelas pendampingan sore hari.',
    results: 'Ribuan anak kembali bersekolah dan angka partisipasi sekolah menengah naik.',
    stakeholders: 'Dinas Pendidikan, pemerintah desa, perguruan tinggi, sekolah',
    resources: 'Bantuan transportasi, relawan mahasiswa',
    budgetSource: 'apbd',
    sustainability: 'Masuk program prioritas daerah dan rencana strategis dinas pendidikan.',
    replicationPotential: 'Dapat diterapkan provinsi dengan angka putus sekolah tinggi di perdesaan.',
    beneficiaries: 3100,
    indicators: [{ label: 'Anak putus sekolah yang kembali bersekolah', unit: 'anak', before: 0, after: 3100 }],
    startDate: '2017-07-17',
    digital: false,
    form: 'public_service',
    category: 'pendidikan',
    sdgs: [4, 10],
    status: 'running',
  },
  {
    agency: { name: 'Komunitas Relawan Sehat Makassar (demo)' },
    regionCode: '73.71',
    unitName: '',
    title: 'Relawan Pengantar Obat untuk Pasien Tuberkulosis',
    summary: 'Relawan komunitas mengantar obat tuberkulosis ke rumah pasien dan memastikan obat diminum setiap hari selama masa pengobatan, bekerja sama dengan puskesmas.',
    problem: 'Pasien tuberkulosis berhenti minum obat di tengah pengobatan karena jarak dan biaya ke puskesmas.',
    approach: 'Pengawas minum obat dari komunitas yang dibekali pelatihan dan aplikasi pencatatan sederhana.',
    implementationSteps: 'Rekrutmen relawan, pelatihan oleh puskesmas, pembagian wilayah, laporan mingguan.',
    results: 'Lebih banyak pasien menuntaskan pengobatan di wilayah dampingan.',
    stakeholders: 'Komunitas relawan, puskesmas, dinas kesehatan',
    resources: 'Relawan, transportasi, aplikasi pencatatan',
    budgetSource: 'swadaya',
    sustainability: 'Relawan diperkuat dengan dukungan puskesmas dan donasi warga.',
    replicationPotential: 'Dapat ditiru komunitas di kota mana pun bersama puskesmas setempat.',
    beneficiaries: 420,
    indicators: [{ label: 'Pasien menuntaskan pengobatan', unit: '%', before: 70, after: 92 }],
    startDate: '2020-03-24',
    digital: false,
    form: 'other',
    category: 'kesehatan',
    sdgs: [3, 17],
    status: 'running',
  },
];

/** Loads the demo innovations once (nothing happens when any innovation exists already). */
export async function seedDemoInnovations(db: Kysely<Database>): Promise<number> {
  if (await db.selectFrom('innovations').select('id').limit(1).executeTakeFirst()) return 0;
  const categories = new Map((await db.selectFrom('innovation_categories').select(['id', 'code']).execute()).map((c) => [c.code, c.id]));
  const surabayaOperator = await db.selectFrom('users').select(['id', 'agency_id']).where('email', '=', 'operator.surabaya@simpul.test').executeTakeFirst();
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (const demo of DEMO_INNOVATIONS) {
      let q = trx.selectFrom('agencies').select('id');
      q = 'name' in demo.agency ? q.where('name', '=', demo.agency.name) : q.where('region_code', '=', demo.agency.regionCode).where('type', '=', demo.agency.type);
      const agency = await q.executeTakeFirst();
      const categoryId = categories.get(demo.category);
      if (!agency || !categoryId) continue;
      const author = surabayaOperator?.agency_id === agency.id ? surabayaOperator.id : null;
      const row = await trx
        .insertInto('innovations')
        .values({
          agency_id: agency.id,
          unit_name: demo.unitName,
          region_code: demo.regionCode,
          title: demo.title,
          summary: demo.summary,
          problem: demo.problem,
          approach: demo.approach,
          implementation_steps: demo.implementationSteps,
          results: demo.results,
          stakeholders: demo.stakeholders,
          resources: demo.resources,
          budget_source: demo.budgetSource,
          sustainability: demo.sustainability,
          replication_potential: demo.replicationPotential,
          beneficiaries: demo.beneficiaries,
          indicators: JSON.stringify(demo.indicators),
          start_date: demo.startDate,
          digital: demo.digital,
          form: demo.form,
          category_id: categoryId,
          sdgs: demo.sdgs,
          status: demo.status,
          stopped_reason: demo.stoppedReason ?? null,
          status_confirmed_at: now,
          workflow_state: 'published',
          submitted_at: now,
          published_at: now,
          created_by: author,
          updated_by: author,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    for (const record of await listRecordsByIds(trx, ids)) {
      const snapshot = snapshotOf(record, []);
      await insertVersion(trx, { innovationId: record.id, version: 1, action: 'import', changedBy: null, changes: diffSnapshots(null, snapshot), snapshot });
    }
    await appendAudit(trx, SYSTEM_ACTOR, { action: 'innovation.import', entityType: 'innovation', entityId: null, after: { demo: true, count: ids.length, ids } });
    await sql`analyze innovations`.execute(trx);
    return ids.length;
  });
}

/** For other modules' demo seeders: the ids of the demo innovations by title (those that were loaded). */
export async function demoInnovationIds(db: Kysely<Database>): Promise<Map<string, string>> {
  const titles = DEMO_INNOVATIONS.map((d) => d.title);
  const rows = await db.selectFrom('innovations').select(['id', 'title']).where('title', 'in', titles).where('published', '=', true).execute();
  return new Map(rows.map((r) => [r.title, r.id]));
}
