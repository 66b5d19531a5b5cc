import type { AgencyType } from '../../../common/agency-types.js';
import { addMonths, todayWib } from '../../../common/replication.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Db } from '../../db/types.js';
import type { FileStorage } from '../../storage/index.js';
import { ensureDemoSeedUsers } from '../../seed/demo-seed-users.js';
import { demoInnovationIds } from '../catalog/demo/lookup.js';
import { addLog, completeMilestone, setIndicators } from './cases-plan-service.js';
import { agreementPdf } from './agreement-pdf.js';
import { acceptCase, assignMentor, completeCase, declineCase, recordAgreement, requestReplication, startTransfer, stopCase } from './cases-service.js';
import type { NetworkContext } from './context.js';
import { addAgreementFile } from './files-service.js';
import { addActivity, addLogEntry, addMember, listHubs, setCoordinators } from './hubs-service.js';
import { appointMentor } from './mentors-service.js';
import { findAgencyId } from '../agencies/service.js';
import { authUserByEmail } from '../users/contacts.js';

/**
 * The replication network's demo, created through the services (so every step is audited and on
 * the case timeline as it would be in use): the Jawa Timur hub with its coordinator
 * (hub.jatim@simpul.test), members, work plan and log; two mentors (mentor@simpul.test at the
 * Jawa Timur hub); and cases in every state — a request waiting for Kota Surabaya, one waiting for
 * the hub to assign a mentor, one in progress with an overdue milestone and no log for 75 days,
 * two completed with before/after figures, one declined, one stopped. First run only.
 */

type Region = { regionCode: string; type: AgencyType };
const SURABAYA: Region = { regionCode: '35.78', type: 'kota' };
const BANYUWANGI: Region = { regionCode: '35.10', type: 'kabupaten' };
const MAKASSAR: Region = { regionCode: '73.71', type: 'kota' };
const SEMARANG: Region = { regionCode: '33.74', type: 'kota' };
const JATENG: Region = { regionCode: '33', type: 'provinsi' };

const STAFF: readonly (Region & { email: string; name: string })[] = [
  { ...BANYUWANGI, email: 'admin.banyuwangi@simpul.test', name: 'Admin Lokal Kabupaten Banyuwangi' },
  { ...MAKASSAR, email: 'admin.makassar@simpul.test', name: 'Admin Lokal Kota Makassar' },
  { ...SEMARANG, email: 'admin.semarang@simpul.test', name: 'Admin Lokal Kota Semarang' },
  { ...JATENG, email: 'admin.jateng@simpul.test', name: 'Admin Lokal Provinsi Jawa Tengah' },
  { regionCode: '35.73', type: 'kota', email: 'admin.malang@simpul.test', name: 'Admin Lokal Kota Malang' },
  { regionCode: '35.15', type: 'kabupaten', email: 'admin.sidoarjo@simpul.test', name: 'Admin Lokal Kabupaten Sidoarjo' },
  { regionCode: '35.71', type: 'kota', email: 'admin.kediri@simpul.test', name: 'Admin Lokal Kota Kediri' },
  { regionCode: '35.77', type: 'kota', email: 'admin.madiun@simpul.test', name: 'Admin Lokal Kota Madiun' },
  { regionCode: '35.79', type: 'kota', email: 'admin.batu@simpul.test', name: 'Admin Lokal Kota Batu' },
  { regionCode: '35.09', type: 'kabupaten', email: 'admin.jember@simpul.test', name: 'Admin Lokal Kabupaten Jember' },
];

const T = {
  antrean: 'Antrean Puskesmas Daring Terpadu',
  perizinan: 'Perizinan Usaha Terpadu Satu Pintu Daring',
  desa: 'Layanan Publik Desa Berbasis Jaringan Desa Cerdas',
  dokter: 'Dokter Keliling ke Rumah Warga',
  sampah: 'Bank Sampah Induk dengan Tabungan Digital',
  pengaduan: 'Kanal Pengaduan Masyarakat Langsung ke Gubernur',
};

const agencyId = (db: Db, r: Region | { name: string }) => findAgencyId(db, r);
const authUser = (db: Db, email: string) => authUserByEmail(db, email);

/**
 * `storage`: where the demo's agreement documents go (the deployment's file storage); each case
 * with a recorded agreement gets a small generated PDF through the users' upload path.
 */
export async function seedDemoReplication(db: Db, storage?: FileStorage, options: { publicUrl?: string } = {}): Promise<number> {
  const innovations = await demoInnovationIds(db);
  const staff = [];
  for (const s of STAFF) {
    const id = await agencyId(db, { regionCode: s.regionCode, type: s.type });
    if (id) staff.push({ email: s.email, name: s.name, role: 'agency_admin' as const, agencyId: id });
  }
  await ensureDemoSeedUsers(db, staff);
  const [ministry, hubUser, mentorUser, surabaya] = await Promise.all(
    ['admin@simpul.test', 'hub.jatim@simpul.test', 'mentor@simpul.test', 'admin.surabaya@simpul.test'].map((e) => authUser(db, e)),
  );
  const unair = await agencyId(db, { name: 'Universitas Airlangga' });
  const ugm = await agencyId(db, { name: 'Universitas Gadjah Mada' });
  if (!ministry || !hubUser || !mentorUser || !surabaya || !unair || !ugm || innovations.size === 0) return 0;
  const now = new Date();
  const as = (user: AuthUser): NetworkContext => ({ db, actor: { userId: user.id, role: user.role, requestId: null }, user, now, publicUrl: options.publicUrl });
  const admin = async (email: string) => (await authUser(db, email))!;

  const hubs = await listHubs(as(ministry));
  const jatim = hubs.find((h) => h.province.code === '35')!;
  const diy = hubs.find((h) => h.province.code === '34')!;
  await setCoordinators(as(ministry), jatim.id, [hubUser.id]);

  // A second mentor (no sign-in) at the Yogyakarta hub, and the demo mentor at Jawa Timur.
  await ensureDemoSeedUsers(db, [{ email: 'pendamping.ugm@simpul.test', name: 'Dr. Sri Pendamping UGM', role: 'mentor', agencyId: ugm }]);
  const ugmMentor = (await admin('pendamping.ugm@simpul.test'))!;
  const today = todayWib(now);
  const mentor = await appointMentor(as(ministry), {
    userId: mentorUser.id,
    universityAgencyId: unair,
    hubId: jatim.id,
    expertise: [],
    decreeNumber: 'KepmenPANRB B/112/2025 (demo)',
    decreeDate: '2025-03-10',
    maxActiveCases: 5,
  });
  await appointMentor(as(ministry), {
    userId: ugmMentor.id,
    universityAgencyId: ugm,
    hubId: diy.id,
    expertise: [],
    decreeNumber: 'KepmenPANRB B/113/2025 (demo)',
    decreeDate: '2025-03-10',
    maxActiveCases: 4,
  });

  // The hub's members, 2026 work plan and a few log entries.
  const hub = as(hubUser);
  for (const [id, kind] of [
    [await agencyId(db, SURABAYA), 'agency'],
    [await agencyId(db, BANYUWANGI), 'agency'],
    [await agencyId(db, { regionCode: '35.73', type: 'kota' }), 'agency'],
    [unair, 'university'],
  ] as const) {
    if (id) await addMember(hub, jatim.id, { agencyId: id, kind });
  }
  const year = Number(today.slice(0, 4));
  const plan = await addActivity(hub, jatim.id, { year, kind: 'mentoring', title: 'Pendampingan replikasi kabupaten/kota', targetCount: 6, targetUnit: 'kunjungan' });
  await addActivity(hub, jatim.id, { year, kind: 'exchange', title: 'Forum berbagi pengalaman inovasi Jawa Timur', targetCount: 2, targetUnit: 'forum' });
  await addActivity(hub, jatim.id, { year, kind: 'promotion', title: 'Pameran inovasi pelayanan publik', targetCount: 1, targetUnit: 'pameran' });
  const mentoringId = plan.activities[0]?.id ?? null;
  await addLogEntry(hub, jatim.id, {
    activityId: mentoringId,
    heldOn: addMonths(today, -2),
    kind: 'mentoring',
    participants: 18,
    notes: 'Kunjungan pendampingan ke Kabupaten Banyuwangi.',
  });
  await addLogEntry(hub, jatim.id, {
    activityId: null,
    heldOn: addMonths(today, -1),
    kind: 'exchange',
    participants: 64,
    notes: 'Forum berbagi pengalaman bersama 12 kabupaten/kota.',
  });

  let count = 0;
  const request = async (adopterEmail: string, title: string, problem: string) => {
    const sourceId = innovations.get(title);
    if (!sourceId) return null;
    count += 1;
    const c = await requestReplication(as(await admin(adopterEmail)), {
      sourceInnovationId: sourceId,
      problem,
      context: 'Pemerintah daerah di Jawa Timur dengan dukungan hub JIPP provinsi.',
      leadName: 'Kepala Bagian Organisasi',
    });
    return c.id;
  };
  const owner = {
    [T.antrean]: surabaya,
    [T.perizinan]: surabaya,
    [T.dokter]: await admin('admin.makassar@simpul.test'),
    [T.sampah]: await admin('admin.semarang@simpul.test'),
    [T.pengaduan]: await admin('admin.jateng@simpul.test'),
    [T.desa]: await admin('admin.banyuwangi@simpul.test'),
  };
  const accept = (title: string, id: string) => acceptCase(as(owner[title]!), id, 'Kami siap berbagi pengalaman dan dokumen.');
  // The agreement, and its document (a generated PDF) uploaded as the adopter would.
  const agree = async (adopterEmail: string, id: string, number: string, date: string) => {
    const adopter = as(await admin(adopterEmail));
    const view = await recordAgreement(adopter, id, { number, date, document: null });
    if (!storage) return;
    const bytes = await agreementPdf({
      number,
      date,
      sourceTitle: view.source.title,
      originName: view.origin.name,
      adopterName: view.adopter.name,
      hubName: view.hub?.name ?? null,
    });
    await addAgreementFile(adopter, storage, id, { field: 'file', filename: `${number.replaceAll('/', '-')}.pdf`, bytes });
  };
  const toProgress = async (adopterEmail: string, title: string, agreementDate: string) => {
    const id = await request(adopterEmail, title, 'Kami ingin menerapkan inovasi ini untuk masalah pelayanan yang serupa.');
    if (!id) return null;
    await accept(title, id);
    await assignMentor(hub, id, { mentorId: mentor.id, override: false });
    await agree(adopterEmail, id, `PKS/${count}/${agreementDate.slice(0, 4)}`, agreementDate);
    return startTransfer(as(await admin(adopterEmail)), id);
  };

  // 1. A new request waiting for Kota Surabaya (admin.surabaya@simpul.test decides).
  await request('admin.banyuwangi@simpul.test', T.antrean, 'Antrean pasien di puskesmas kami mengular sejak subuh.');
  // 2. Accepted, waiting for the hub to assign a mentor.
  const waiting = await request('admin.madiun@simpul.test', T.dokter, 'Warga lanjut usia sulit datang ke puskesmas.');
  if (waiting) await accept(T.dokter, waiting);
  // 3. In progress, the first milestone overdue and the last log 75 days ago (silent).
  const late = await toProgress('admin.banyuwangi@simpul.test', T.sampah, addMonths(today, -4));
  if (late) {
    const d75 = new Date(Date.parse(`${today}T00:00:00Z`) - 75 * 86_400_000).toISOString().slice(0, 10);
    await addLog(as(mentorUser), late.id, { heldOn: d75, mode: 'visit', notes: 'Kunjungan awal: pemetaan bank sampah unit di desa.' });
    await setIndicators(as(await admin('admin.banyuwangi@simpul.test')), late.id, { indicators: [{ name: 'Sampah terpilah', unit: 'ton/bulan', baseline: 12, followUp: null }] });
  }
  // 4. Two completed, with before/after figures.
  const done1 = await toProgress('admin.malang@simpul.test', T.antrean, addMonths(today, -13));
  if (done1) {
    for (const m of done1.milestones) await completeMilestone(as(mentorUser), done1.id, m.id);
    await addLog(as(mentorUser), done1.id, { heldOn: addMonths(today, -1), mode: 'online', notes: 'Evaluasi bersama dinas kesehatan dan puskesmas.' });
    await setIndicators(as(await admin('admin.malang@simpul.test')), done1.id, {
      indicators: [
        { name: 'Waktu tunggu rata-rata', unit: 'menit', baseline: 140, followUp: 40 },
        { name: 'Kepuasan pasien', unit: '%', baseline: 62, followUp: 88 },
      ],
    });
    await completeCase(as(await admin('admin.malang@simpul.test')), done1.id, { outcome: 'replicated', adopterInnovationId: null });
  }
  const done2 = await toProgress('admin.sidoarjo@simpul.test', T.desa, addMonths(today, -14));
  if (done2) {
    await addLog(as(mentorUser), done2.id, { heldOn: addMonths(today, -3), mode: 'study_visit', notes: 'Studi tiru ke desa cerdas di Banyuwangi.' });
    await setIndicators(as(await admin('admin.sidoarjo@simpul.test')), done2.id, {
      indicators: [{ name: 'Layanan desa daring', unit: 'jenis layanan', baseline: 2, followUp: 9 }],
    });
    await completeCase(as(await admin('admin.sidoarjo@simpul.test')), done2.id, { outcome: 'adapted', adopterInnovationId: null });
  }
  // 5. Agreed, plan not started yet.
  const agreed = await request('admin.jember@simpul.test', T.perizinan, 'Izin usaha mikro masih diurus tatap muka dan lama.');
  if (agreed) {
    await accept(T.perizinan, agreed);
    await assignMentor(hub, agreed, { mentorId: mentor.id, override: false });
    await agree('admin.jember@simpul.test', agreed, 'PKS/JBR/2026', addMonths(today, -1));
  }
  // 6. Declined with a reason, and 7. stopped with a reason.
  const declined = await request('admin.kediri@simpul.test', T.pengaduan, 'Pengaduan warga tersebar di banyak kanal.');
  if (declined) await declineCase(as(owner[T.pengaduan]!), declined, 'Sistem sedang dibangun ulang tahun ini; silakan ajukan lagi tahun depan.');
  const stopped = await request('admin.batu@simpul.test', T.sampah, 'Timbulan sampah di kawasan wisata meningkat.');
  if (stopped) {
    await accept(T.sampah, stopped);
    await stopCase(as(await admin('admin.batu@simpul.test')), stopped, 'Anggaran daerah dialihkan untuk penanganan bencana.');
  }
  return count;
}
