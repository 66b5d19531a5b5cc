import type { Role } from '../../../common/roles.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Db } from '../../db/types.js';
import type { RequestContext } from '../../http/request-context.js';
import { addLinkEvidence } from './evidence-service.js';
import type { ReportView } from './report-view.js';
import { addInnovation, availableInnovations, setLevel } from './reports-service.js';

/** The demo reports' levels and evidence (links only: fast, no files), shared by this year's and last year's demo. */

const SPD: [string, number][] = [
  ['visi_misi', 3],
  ['apbd_tepat_waktu', 3],
  ['opini_bpk', 3],
  ['rencana_induk_inovasi', 2],
  ['ipm', 2],
];
const SID: [string, number][] = [
  ['regulasi', 2],
  ['anggaran', 2],
  ['alat_kerja', 3],
  ['kemanfaatan', 2],
  ['video', 1],
];

export function regionContext(db: Db, now: Date, agencyId: string, user: AuthUser | undefined, role: Role): RequestContext {
  const acting: AuthUser = user ?? { id: '00000000-0000-4000-8000-000000000000', email: 'demo@simpul.test', name: 'Demo', role, agencyId, agencyName: null };
  return { db, now, user: { ...acting, agencyId, role }, actor: { userId: user?.id ?? null, role, requestId: null } };
}

/** Fills a region's report: its innovations, the demo levels (`lower` steps down each, not below 1) and a link per row. */
export async function fill(ctx: RequestContext, year: number, links: string, lower = 0): Promise<ReportView> {
  for (const innovation of await availableInnovations(ctx, year)) await addInnovation(ctx, year, innovation.id);
  let view: ReportView | null = null;
  const at = (level: number) => Math.max(1, level - lower);
  for (const [indicatorCode, level] of SPD) view = await setLevel(ctx, year, { indicatorCode, innovationId: null, level: at(level) });
  for (const innovation of view!.innovations)
    for (const [indicatorCode, level] of SID) view = await setLevel(ctx, year, { indicatorCode, innovationId: innovation.id, level: at(level) });
  for (const row of view!.rows) {
    const video = row.indicatorCode === 'video';
    view = await addLinkEvidence(ctx, year, row.id, {
      evidenceType: video ? 'video_link' : 'tautan',
      url: `${links}/${row.indicatorCode}`,
      label: video ? 'Video inovasi (4 menit)' : 'Dokumen pendukung',
    });
  }
  return view!;
}
