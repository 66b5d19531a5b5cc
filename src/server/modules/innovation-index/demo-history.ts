import type { AgencyType } from '../../../common/agency-types.js';
import type { Db } from '../../db/types.js';
import type { RequestContext } from '../../http/request-context.js';
import { findAgencyId } from '../agencies/service.js';
import { fill, regionContext } from './demo-reports.js';
import { createModel, publishModel, setWindow } from './models-service.js';
import { markReady, reviewReport } from './reports-service.js';
import { publishResults } from './results-service.js';
import { decide, finishVerification } from './verification-service.js';

/** The demo's 2025 reporters: a province, regencies (Kupang borders Timor-Leste) and cities, at different levels. */
const REPORTERS: { regionCode: string; type: AgencyType; lower: number; rejectOne: boolean }[] = [
  { regionCode: '33', type: 'provinsi', lower: 0, rejectOne: false },
  { regionCode: '75', type: 'provinsi', lower: 1, rejectOne: false },
  { regionCode: '35.10', type: 'kabupaten', lower: 0, rejectOne: false },
  { regionCode: '53.01', type: 'kabupaten', lower: 1, rejectOne: true },
  { regionCode: '35.78', type: 'kota', lower: 0, rejectOne: false },
  { regionCode: '73.71', type: 'kota', lower: 1, rejectOne: true },
];

const at = (iso: string) => new Date(`${iso}T03:00:00Z`);

/**
 * The 2025 index as it happened, through the module's services with the clock of each step: the
 * model (a copy of 2026's), the window (May–August 2025, set after it closed so nobody is told
 * today), six regions' reports sent in July, verified in September (one rejection each for two of
 * them, not answered: the row counts as rejected) and the results published in November.
 */
export async function seedDemoIndexHistory(db: Db, admin: RequestContext, verifier: RequestContext): Promise<void> {
  await createModel(admin, { year: 2025, copyFromYear: 2026 });
  await publishModel(admin, 2025);
  await setWindow(admin, 2025, { opensAt: at('2025-05-01'), closesAt: at('2025-08-31') });
  const sentOn = at('2025-07-15');
  const verifiedOn = { ...verifier, now: at('2025-09-15') };
  for (const r of REPORTERS) {
    const agencyId = await findAgencyId(db, { regionCode: r.regionCode, type: r.type });
    if (!agencyId) continue;
    const staff = regionContext(db, sentOn, agencyId, undefined, 'agency_admin');
    await fill(staff, 2025, `https://jdih.example.go.id/${r.regionCode}/2025`, r.lower);
    await markReady(staff, 2025);
    const sent = await reviewReport(staff, 2025, 'send');
    for (const [i, row] of sent.rows.entries()) {
      const reject = r.rejectOne && i === sent.rows.length - 1;
      await decide(verifiedOn, sent.id, row.id, reject ? { decision: 'reject', reason: 'Video tidak dapat diputar pada tautan yang diberikan.' } : { decision: 'accept' });
    }
    await finishVerification(verifiedOn, sent.id);
  }
  await publishResults({ ...admin, now: at('2025-11-20') }, 2025);
}
