import type { AuthUser } from '../../auth/auth-user.js';
import type { Db } from '../../db/types.js';
import type { RequestContext } from '../../http/request-context.js';
import { authUserByEmail } from '../users/contacts.js';
import { queueCampaignReminders, REMINDER_DAYS_BEFORE } from './campaigns-reminders.js';
import { campaignRecords, createCampaign, confirmRecord, listCampaigns } from './campaigns-service.js';
import { todayWib } from './domain/maturity.js';
import { oaoiOfAgency, raiseAgencyTarget } from './oaoi-service.js';
import type { FileStorage } from '../../storage/index.js';
import { attachDocument } from './documents-service.js';
import { regulationPdf } from './regulation-pdf.js';
import { addFact } from './service.js';

/**
 * Demo data through the module's services, for the Surabaya accounts and the ministry: one
 * Surabaya innovation institutionalised (a Perwali and budget lines for three years, a Renstra
 * inclusion, a realised performance target); Surabaya's own OAOI target for this year raised
 * above what it runs (an agency below target); this year's update campaign open, with one of
 * Surabaya's records confirmed and the rest (and every other agency's) waiting. The campaign closes
 * in six days, so its first reminder goes out at once through the real path (`queueCampaignReminders`,
 * claimed once): every agency with records waiting is told how many. Skipped once any campaign exists.
 * With a storage, the Perwali carries a small PDF generated here (no binary in the repository).
 */
export async function seedDemoInstitutionalisation(db: Db, now = new Date(), options: { storage?: FileStorage; publicUrl?: string } = {}): Promise<void> {
  const [ministry, admin, operator] = await Promise.all([
    authUserByEmail(db, 'admin@simpul.test'),
    authUserByEmail(db, 'admin.surabaya@simpul.test'),
    authUserByEmail(db, 'operator.surabaya@simpul.test'),
  ]);
  if (!ministry || !admin || !operator || !admin.agencyId) return;
  const as = (user: AuthUser): RequestContext => ({ db, actor: { userId: user.id, role: user.role, requestId: null }, user, now });
  if ((await listCampaigns(as(ministry))).length > 0) return;
  const year = Number(todayWib(now).slice(0, 4));

  const campaign = await createCampaign(as(ministry), {
    year,
    title: `Pemutakhiran Data Inovasi ${year}`,
    message: 'Mohon setiap instansi mengonfirmasi status setiap inovasinya: masih berjalan, dikembangkan, atau berhenti (dengan alasan).',
    opensAt: new Date(now.getTime() - 21 * 86_400_000).toISOString(),
    // Inside the reminder window (REMINDER_DAYS_BEFORE), so the demo's reminder is the real one.
    closesAt: new Date(now.getTime() + (REMINDER_DAYS_BEFORE - 1) * 86_400_000).toISOString(),
    recordScope: 'running',
  });
  const records = await campaignRecords(as(operator), campaign.id, {});
  const [first] = records.items;
  if (first) {
    const ctx = as(operator);
    const regulation = { kind: 'perkada' as const, number: '12', issuedOn: `${year - 3}-03-14`, title: `Penyelenggaraan ${first.title}` };
    const record = await addFact(ctx, first.innovationId, { section: 'legal-bases', input: regulation });
    const basis = record.legalBases.find((b) => b.number === regulation.number);
    if (options.storage && basis) {
      const pdf = await regulationPdf({
        heading: 'Peraturan Wali Kota Surabaya',
        number: `${regulation.number} Tahun ${year - 3}`,
        issuedOn: regulation.issuedOn,
        title: regulation.title,
        body:
          `Pasal 1. Pemerintah Kota menyelenggarakan ${first.title} sebagai layanan tetap perangkat daerah. ` +
          'Pasal 2. Penyelenggaraan dibiayai dari Anggaran Pendapatan dan Belanja Daerah setiap tahun anggaran. ' +
          'Pasal 3. Perangkat daerah melaporkan capaian indikator kinerja layanan setiap tahun kepada Wali Kota.',
      });
      await attachDocument(ctx, options.storage, first.innovationId, 'legal-bases', basis.id, {
        field: 'file',
        filename: `Perwali ${regulation.number} ${year - 3}.pdf`,
        bytes: pdf,
      });
    }
    for (const fiscalYear of [year - 2, year - 1, year]) {
      await addFact(ctx, first.innovationId, {
        section: 'budget-lines',
        input: { fiscalYear, source: 'apbd', amount: 350_000_000 + (fiscalYear - year + 2) * 50_000_000, programme: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik' },
      });
    }
    await addFact(ctx, first.innovationId, { section: 'plans', input: { plan: 'renstra', year: year - 1, document: `Renstra Perangkat Daerah ${year - 1}–${year + 3}` } });
    await addFact(ctx, first.innovationId, {
      section: 'targets',
      input: { indicator: 'Warga terlayani', unit: 'orang', baseline: 12_000, year: year - 1, target: 20_000, realisation: 23_500 },
    });
    await confirmRecord(ctx, campaign.id, first.innovationId, { answer: 'developed', note: 'Layanan kini juga melalui aplikasi seluler.' });
  }

  const page = await oaoiOfAgency(as(admin), admin.agencyId, { year });
  const running = page.years.find((y) => y.year === year)?.realisation ?? 0;
  await raiseAgencyTarget(as(admin), admin.agencyId, { year, target: Math.max(running + 2, 3) });
  await queueCampaignReminders(db, now, { publicUrl: options.publicUrl });
}
