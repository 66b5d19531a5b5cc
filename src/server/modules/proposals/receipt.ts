import type { Kysely } from 'kysely';
import { formatWib } from '../../../common/competitions.js';
import type { NotificationParams } from '../../../common/notifications.js';
import type { Database } from '../../db/schema.js';
import type { ProposalRow } from '../../db/schema/proposals.js';
import { loadCompetitionConfig } from '../competitions/service.js';
import { userName } from '../users/service.js';
import type { ReceiptView } from './schemas.js';

/** The receipt of a submission: shown on screen and sent through the notifications module. */
export async function receiptOf(
  db: Kysely<Database>,
  row: Pick<ProposalRow, 'id' | 'number' | 'title' | 'competition_id' | 'submitted_at' | 'submitted_by' | 'late_seconds' | 'content_hash'>,
  replayed: boolean,
): Promise<ReceiptView> {
  const [competition, submitterName] = await Promise.all([loadCompetitionConfig(db, row.competition_id), row.submitted_by ? userName(db, row.submitted_by) : undefined]);
  if (!competition) throw new Error(`receiptOf: competition ${row.competition_id} of proposal ${row.id} is missing`);
  return {
    proposalId: row.id,
    number: row.number,
    title: row.title,
    competition: competition.row.name,
    submittedAt: new Date(row.submitted_at!).toISOString(),
    submittedBy: submitterName ?? null,
    lateSeconds: row.late_seconds,
    contentHash: row.content_hash!,
    hashAlgorithm: 'sha256',
    replayed,
  };
}

/** What the receipt notification needs (its text lives in the notifications module's templates). */
export function receiptParams(
  p: Pick<ProposalRow, 'id' | 'number' | 'title' | 'late_seconds' | 'content_hash'> & { submitted_at: Date },
  competitionName: string,
  submitterName: string,
  publicUrl: string,
): NotificationParams['proposal.receipt'] {
  return {
    number: p.number,
    title: p.title,
    competition: competitionName,
    submitter: submitterName,
    submittedAtWib: formatWib(p.submitted_at),
    submittedAtIso: p.submitted_at.toISOString(),
    contentHash: p.content_hash ?? '',
    lateSeconds: p.late_seconds,
    receiptUrl: `${publicUrl}/proposal/${p.id}`,
  };
}
