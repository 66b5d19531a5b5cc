import PDFDocument from 'pdfkit';
import type { Db } from '../../db/types.js';
import { latin1 } from '../../pdf/latin1.js';
import type { FileStorage } from '../../storage/index.js';
import type { RequestContext } from '../../http/request-context.js';
import { demoInnovationIds } from '../catalog/demo/lookup.js';
import { acceptCase } from '../replication/cases-service.js';
import { listHubs } from '../replication/hubs-service.js';
import { authUserByEmail } from '../users/contacts.js';
import { markInterest } from './interests-service.js';
import { addDocument } from './materials-service.js';
import { createEvent, recordAttendance, registerForEvent } from './service.js';

/**
 * Events demo (first run, through the services): a past national forum with showcased
 * innovations where two agencies marked "Saya tertarik mereplikasi" (both became replication
 * requests; Kota Makassar accepted one), with registrations, attendance and (when a data folder
 * is given) a PDF handout; and an upcoming online workshop of the Jawa Timur hub, created by the
 * hub coordinator (who manages it) with two registrations.
 */
const DAY = 86_400_000;

/** A one-page PDF for the forum's materials (a real file, stored like any upload). */
function handoutPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Bahan paparan Forum Pelayanan Publik Nasional', Creator: 'Simpul' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(18).text(latin1('Dari inovasi ke replikasi'));
  doc.moveDown().fontSize(11).text(latin1('Bahan paparan diskusi panel Forum Pelayanan Publik Nasional: langkah studi tiru, perjanjian kerja sama, dan pendampingan hub JIPP.'));
  doc.end();
  return done;
}

export async function seedDemoEvents(db: Db, options: { storage?: FileStorage | undefined } = {}): Promise<number> {
  const innovations = await demoInnovationIds(db);
  const users = await Promise.all(
    ['admin@simpul.test', 'hub.jatim@simpul.test', 'operator.surabaya@simpul.test', 'admin.kediri@simpul.test', 'admin.jember@simpul.test', 'admin.makassar@simpul.test'].map((e) =>
      authUserByEmail(db, e),
    ),
  );
  const [ministry, hubUser, operator, kediri, jember, makassar] = users;
  const dokter = innovations.get('Dokter Keliling ke Rumah Warga');
  const sampah = innovations.get('Bank Sampah Induk dengan Tabungan Digital');
  const pengaduan = innovations.get('Kanal Pengaduan Masyarakat Langsung ke Gubernur');
  if (!ministry || !hubUser || !operator || !kediri || !jember || !makassar || !dokter || !sampah || !pengaduan) return 0;
  const now = new Date();
  const as = (user: NonNullable<typeof ministry>): RequestContext => ({ db, actor: { userId: user.id, role: user.role, requestId: null }, user, now });
  const day = (offset: number, hourWib: number) =>
    new Date(Date.parse(`${new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10)}T00:00:00Z`) + (hourWib - 7) * 3_600_000).toISOString();

  const forum = await createEvent(as(ministry), {
    title: 'Forum Pelayanan Publik Nasional: Pameran Inovasi',
    kind: 'exhibition',
    mode: 'hybrid',
    location: 'Jakarta Convention Center, Jakarta',
    onlineUrl: 'https://simpul.example/siaran/forum-pelayanan-publik',
    description: 'Pameran inovasi pelayanan publik terbaik dan sesi berbagi pengalaman antardaerah.',
    startsAt: day(-30, 9),
    endsAt: day(-29, 16),
    timeZone: 'WIB',
    capacity: 500,
    agenda: [
      { time: '09.00', title: 'Pembukaan dan sambutan Menteri' },
      { time: '10.00', title: 'Pameran inovasi dan temu instansi' },
      { time: '14.00', title: 'Diskusi panel: dari inovasi ke replikasi' },
    ],
    showcased: [dokter, sampah, pengaduan],
    videos: [{ title: 'Rekaman diskusi panel', url: 'https://video.simpul.example/forum-pelayanan-publik' }],
  });
  // Registrations made before the forum took place (the services judge "over" on the request time), attendance marked after.
  const before = (user: NonNullable<typeof ministry>): RequestContext => ({ ...as(user), now: new Date(now.getTime() - 40 * DAY) });
  for (const u of [kediri, jember, operator]) await registerForEvent(before(u), forum.id);
  await recordAttendance(as(ministry), forum.id, { userIds: [kediri.id, jember.id], attended: true });
  if (options.storage) {
    await addDocument(as(ministry), options.storage, forum.id, 'Bahan paparan diskusi panel', {
      field: 'file',
      filename: 'bahan-paparan-forum.pdf',
      bytes: await handoutPdf(),
    });
  }
  const interest = await markInterest(as(kediri), forum.id, dokter);
  await markInterest(as(jember), forum.id, sampah);
  if (interest.caseId) await acceptCase(as(makassar), interest.caseId, 'Senang berbagi; silakan jadwalkan studi tiru.');

  const jatim = (await listHubs(as(ministry))).find((h) => h.province.code === '35');
  const workshop = await createEvent(as(hubUser), {
    title: 'Lokakarya Replikasi Inovasi Hub JIPP Jawa Timur',
    kind: 'workshop',
    mode: 'online',
    onlineUrl: 'https://simpul.example/ruang/lokakarya-jatim',
    description: 'Lokakarya menyusun rencana replikasi bersama pendamping perguruan tinggi.',
    startsAt: day(21, 9),
    endsAt: day(21, 12),
    timeZone: 'WIB',
    capacity: 40,
    agenda: [
      { time: '09.00', title: 'Memetakan masalah daerah' },
      { time: '10.30', title: 'Menyusun rencana replikasi' },
    ],
    hubId: jatim?.id,
    showcased: [sampah],
    videos: [],
  });
  for (const u of [kediri, jember]) await registerForEvent(as(u), workshop.id);
  return 2;
}
