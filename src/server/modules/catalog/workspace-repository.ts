import { sql } from 'kysely';
import { STATUS_CONFIRMATION_MONTHS, type WorkflowState } from '../../../common/catalog.js';
import { containsPattern } from '../../db/like-pattern.js';
import type { DbOrTrx } from '../../db/types.js';

/** The staff's lists of innovations (the workspace and the records whose status is overdue for confirmation). */

function staleCondition() {
  return sql<boolean>`(i.status = 'running' and i.status_confirmed_at < now() - make_interval(months => ${STATUS_CONFIRMATION_MONTHS}))`;
}

export interface WorkspaceFilter {
  agencyId: string | null;
  q?: string;
  state?: WorkflowState;
  limit: number;
  offset: number;
}

export async function listWorkspace(db: DbOrTrx, f: WorkspaceFilter) {
  let q = db.selectFrom('innovations as i').innerJoin('agencies as a', 'a.id', 'i.agency_id');
  if (f.agencyId) q = q.where('i.agency_id', '=', f.agencyId);
  if (f.state) q = q.where('i.workflow_state', '=', f.state);
  if (f.q) q = q.where('i.title', 'ilike', containsPattern(f.q));
  const [rows, count] = await Promise.all([
    q
      .select([
        'i.id',
        'i.title',
        'a.name as agency_name',
        'i.workflow_state',
        'i.status',
        'i.status_confirmed_at',
        'i.submitted_at',
        'i.updated_at',
        'i.version',
        staleCondition().as('stale'),
      ])
      .orderBy(f.state === 'submitted' ? 'i.submitted_at' : 'i.updated_at', f.state === 'submitted' ? 'asc' : 'desc')
      .orderBy('i.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Running innovations of an agency whose status was not confirmed for 12 months, oldest first. */
export async function listStaleRunning(db: DbOrTrx, agencyId: string | null, limit: number) {
  let q = db
    .selectFrom('innovations as i')
    .innerJoin('agencies as a', 'a.id', 'i.agency_id')
    .select([
      'i.id',
      'i.title',
      'a.name as agency_name',
      'i.workflow_state',
      'i.status',
      'i.status_confirmed_at',
      'i.submitted_at',
      'i.updated_at',
      'i.version',
      sql<boolean>`true`.as('stale'),
    ])
    .where(staleCondition())
    .where('i.workflow_state', 'in', ['published', 'unpublished']);
  if (agencyId) q = q.where('i.agency_id', '=', agencyId);
  return q.orderBy('i.status_confirmed_at').orderBy('i.id').limit(limit).execute();
}
