import { appendAudit, SYSTEM_ACTOR } from '../../../audit/audit-log.js';
import type { Db } from '../../../db/types.js';
import { findAgencyId } from '../../agencies/service.js';
import { authUserByEmail } from '../../users/contacts.js';
import { type HistoricalAward, recordHistoricalAwards } from '../awards-service.js';
import { categoryIdsByCode } from '../categories-repository.js';
import { anyInnovationExists } from '../figures-repository.js';
import { analyzeInnovations } from '../historical-repository.js';
import { diffSnapshots } from '../profile-fields.js';
import { insertInnovation, insertVersion, listRecordsByIds } from '../repository.js';
import { snapshotOf } from '../view.js';
import { demoAwardsOf } from './awards.js';
import { seedDemoImportMapping } from './import-mapping.js';
import { DEMO_INNOVATIONS } from './innovations.js';

/**
 * The catalog's demo (one place: this folder): a dozen published innovations with their first
 * version, awards and audit entry (innovations.ts, awards.ts), through the repositories in one
 * transaction; the ministry's saved import mapping through the historical-import service
 * (import-mapping.ts). Idempotent: nothing happens when any innovation exists already.
 */
export { DEMO_INNOVATIONS, seedDemoImportMapping };

/** Loads the demo innovations once (nothing happens when any innovation exists already). */
export async function seedDemoInnovations(db: Db): Promise<number> {
  if (await anyInnovationExists(db)) return 0;
  const categories = await categoryIdsByCode(db, { includeInactive: true });
  const surabayaOperator = await authUserByEmail(db, 'operator.surabaya@simpul.test');
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    const awards: HistoricalAward[] = [];
    for (const demo of DEMO_INNOVATIONS) {
      const agencyId = await findAgencyId(trx, demo.agency);
      const categoryId = categories.get(demo.category);
      if (!agencyId || !categoryId) continue;
      const author = surabayaOperator?.agencyId === agencyId ? surabayaOperator.id : null;
      const id = await insertInnovation(trx, {
        agency_id: agencyId,
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
      });
      ids.push(id);
      awards.push(...demoAwardsOf(demo.title, id));
    }
    for (const record of await listRecordsByIds(trx, ids)) {
      const snapshot = snapshotOf(record, []);
      await insertVersion(trx, { innovationId: record.id, version: 1, action: 'import', changedBy: null, changes: diffSnapshots(null, snapshot), snapshot });
    }
    await appendAudit(trx, SYSTEM_ACTOR, { action: 'innovation.import', entityType: 'innovation', entityId: null, after: { demo: true, count: ids.length, ids } });
    await recordHistoricalAwards(trx, SYSTEM_ACTOR, awards);
    await analyzeInnovations(trx);
    return ids.length;
  });
}
