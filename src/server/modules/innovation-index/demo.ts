import type { AgencyType } from '../../../common/agency-types.js';
import type { Db } from '../../db/types.js';
import type { RequestContext } from '../../http/request-context.js';
import { findAgencyId } from '../agencies/service.js';
import { authUserByEmail } from '../users/contacts.js';
import { createModel, publishModel, setWindow } from './models-service.js';
import { fill, regionContext } from './demo-reports.js';
import { markReady, reviewReport } from './reports-service.js';
import { selectModel } from './repository.js';
import { seedDemoIndexHistory } from './demo-history.js';
import { decide, finishVerification } from './verification-service.js';

/**
 * Demo data through the module's services: the 2026 model published with its reporting window
 * open (and the 2023 model as a draft for reference), and three regions in different states —
 * Kota Surabaya (the demo agency accounts) sent and verified with rejections to answer,
 * Kabupaten Banyuwangi sent and half verified (the verifier's queue), Kota Makassar a draft;
 * and last year's (2025) index published for six regions (demo-history.ts), so results, report
 * cards and the award nominees have a year to show.
 * Idempotent: skipped once the 2026 model exists. Evidence is links only (fast, no files).
 * Notifications come from the real paths: opening the window tells the regional governments'
 * admins, finishing Surabaya's verification tells its staff of the rejections.
 */

export async function seedDemoIndex(db: Db, options: { publicUrl?: string } = {}, now = new Date()): Promise<void> {
  const { publicUrl } = options;
  const admin = await authUserByEmail(db, 'indeks@simpul.test');
  const verifierUser = await authUserByEmail(db, 'verifikator@simpul.test');
  if (!admin || !verifierUser || (await selectModel(db, { year: 2026 }))) return;
  const adminCtx: RequestContext = { db, now, user: admin, actor: { userId: admin.id, role: admin.role, requestId: null } };
  await createModel(adminCtx, { year: 2023 });
  await createModel(adminCtx, { year: 2026 });
  await publishModel(adminCtx, 2026);
  await setWindow(adminCtx, 2026, { opensAt: new Date(now.getTime() - 14 * 86_400_000), closesAt: new Date(now.getTime() + 60 * 86_400_000) }, { publicUrl });
  const verifier: RequestContext = { db, now, user: verifierUser, actor: { userId: verifierUser.id, role: verifierUser.role, requestId: null } };

  const agency = (regionCode: string, type: AgencyType) => findAgencyId(db, { regionCode, type });
  const surabaya = await agency('35.78', 'kota');
  const banyuwangi = await agency('35.10', 'kabupaten');
  const makassar = await agency('73.71', 'kota');
  const surabayaOperator = await authUserByEmail(db, 'operator.surabaya@simpul.test');
  const surabayaAdmin = await authUserByEmail(db, 'admin.surabaya@simpul.test');

  if (surabaya) {
    const operator = regionContext(db, now, surabaya, surabayaOperator, 'agency_operator');
    await fill(operator, 2026, 'https://jdih.surabaya.go.id/demo');
    await markReady(operator, 2026);
    const sent = await reviewReport(regionContext(db, now, surabaya, surabayaAdmin, 'agency_admin'), 2026, 'send');
    for (const row of sent.rows) {
      if (row.indicatorCode === 'rencana_induk_inovasi' || row.indicatorCode === 'kemanfaatan') {
        await decide(verifier, sent.id, row.id, { decision: 'reject', reason: 'Dokumen yang ditautkan tidak memuat bukti untuk tingkat yang diklaim.' });
      } else if (row.indicatorCode === 'alat_kerja') {
        await decide(verifier, sent.id, row.id, { decision: 'correct', level: 2 });
      } else {
        await decide(verifier, sent.id, row.id, { decision: 'accept' });
      }
    }
    await finishVerification(verifier, sent.id, { publicUrl });
  }
  if (banyuwangi) {
    const staff = regionContext(db, now, banyuwangi, undefined, 'agency_admin');
    await fill(staff, 2026, 'https://jdih.banyuwangikab.go.id/demo');
    await markReady(staff, 2026);
    const sent = await reviewReport(staff, 2026, 'send');
    for (const row of sent.rows.slice(0, 4)) await decide(verifier, sent.id, row.id, { decision: 'accept' });
  }
  if (makassar) {
    const staff = regionContext(db, now, makassar, undefined, 'agency_operator');
    await fill(staff, 2026, 'https://jdih.makassarkota.go.id/demo');
  }
  // Last year's index, reported, verified and published, so the results page, the report cards and the award nominees have a year to show.
  await seedDemoIndexHistory(db, adminCtx, verifier);
}
