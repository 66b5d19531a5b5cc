import { CLUSTERS } from '../../../common/innovation-index.js';
import type { Db } from '../../db/types.js';
import type { RequestContext } from '../../http/request-context.js';
import { autoAssign, publishRoundAssignments } from '../evaluation/assignment-service.js';
import { createRound, listCompetitionRounds, moveRound, setCriteria, setPool } from '../evaluation/rounds-service.js';
import { authUserByEmail } from '../users/contacts.js';
import { listNominees, sendNominees } from './nominees-service.js';
import { publishedResultYears } from './results-service.js';

/**
 * Demo award nominees: when the demo has a published index year, the index team (indeks@) sends
 * the top 3 of every cluster through `sendNominees`, and the secretariat (admin@) gives the award
 * call a panel round — presentations scored by the demo panelist (panel@), assignments published,
 * round open — so both sign in to a nominees' round with work to do. Idempotent: the sends claim
 * each nominee once, and a call that already has a round is left alone. Nothing happens while no
 * year's results are published (the demo's 2026 year is still in its reporting window).
 */
export async function seedDemoNominees(db: Db, options: { publicUrl: string }, now = new Date()): Promise<void> {
  const [newest] = await publishedResultYears(db);
  const admin = await authUserByEmail(db, 'indeks@simpul.test');
  const secretariat = await authUserByEmail(db, 'admin@simpul.test');
  const panelist = await authUserByEmail(db, 'panel@simpul.test');
  if (!newest || !admin || !secretariat || !panelist) return;
  const ctx: RequestContext = { db, now, user: admin, actor: { userId: admin.id, role: admin.role, requestId: null } };
  for (const cluster of CLUSTERS) await sendNominees(ctx, newest.year, { cluster, n: 3 }, options);
  const call = (await listNominees(ctx, newest.year, { n: 3, cluster: 'provinsi' })).awardCall;
  const sec: RequestContext = { db, now, user: secretariat, actor: { userId: secretariat.id, role: secretariat.role, requestId: null } };
  if (!call || (await listCompetitionRounds(sec, call.id)).length > 0) return;
  const round = await createRound(sec, {
    competitionId: call.id,
    name: 'Presentasi, wawancara dan validasi lapangan nominasi',
    reviewerRole: 'panelist',
    reviewersPerProposal: 1,
    defaultMaxPerEvaluator: 100,
    blind: false,
    showOthersAfterSubmit: false,
    scoresEditableAfterSubmit: true,
    aggregation: 'mean',
  });
  const numeric = { kind: 'numeric' as const, min: 1, max: 10 };
  await setCriteria(sec, round.id, [
    { name: 'Presentasi dan wawancara', description: 'Paparan kepala daerah tentang ekosistem inovasinya.', weight: 50, scale: numeric, required: true, includedInTotal: true },
    { name: 'Validasi lapangan', description: 'Kesesuaian rapor indeks dengan kondisi di lapangan.', weight: 50, scale: numeric, required: true, includedInTotal: true },
  ]);
  const withPool = await setPool(sec, round.id, [{ userId: panelist.id, expertiseCategoryIds: [] }]);
  if (withPool.counts.proposals === 0) return;
  await autoAssign(sec, round.id);
  await publishRoundAssignments(sec, round.id);
  await moveRound(sec, round.id, 'open');
}
