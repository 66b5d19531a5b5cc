import type { Kysely } from 'kysely';
import { formatWib } from '../../../common/competitions.js';
import type { Database } from '../../db/schema.js';
import type { ProposalRow } from '../../db/schema/proposals.js';
import type { OutgoingEmail } from '../../notifications/outbox.js';
import type { ReceiptView } from './schemas.js';

/** The receipt of a submission: shown on screen and sent by e-mail through the outbox. */
export async function receiptOf(
  db: Kysely<Database>,
  row: Pick<ProposalRow, 'id' | 'number' | 'title' | 'competition_id' | 'submitted_at' | 'submitted_by' | 'late_seconds' | 'content_hash'>,
  replayed: boolean,
): Promise<ReceiptView> {
  const [competition, submitter] = await Promise.all([
    db.selectFrom('competitions').select('name').where('id', '=', row.competition_id).executeTakeFirstOrThrow(),
    row.submitted_by ? db.selectFrom('users').select('name').where('id', '=', row.submitted_by).executeTakeFirst() : Promise.resolve(undefined),
  ]);
  return {
    proposalId: row.id,
    number: row.number,
    title: row.title,
    competition: competition.name,
    submittedAt: new Date(row.submitted_at!).toISOString(),
    submittedBy: submitter?.name ?? null,
    lateSeconds: row.late_seconds,
    contentHash: row.content_hash!,
    hashAlgorithm: 'sha256',
    replayed,
  };
}

export function receiptEmail(
  to: { email: string; name: string },
  p: Pick<ProposalRow, 'id' | 'number' | 'title' | 'late_seconds' | 'content_hash'> & { submitted_at: Date },
  competitionName: string,
  submitterName: string,
  publicUrl: string,
): OutgoingEmail {
  const late = p.late_seconds ? `\nDiterima dalam masa tenggang, ${p.late_seconds} detik setelah batas waktu.` : '';
  return {
    to: to.email,
    subject: `Tanda terima proposal ${p.number} / Proposal receipt`,
    body: [
      `Halo ${to.name},`,
      '',
      `Proposal "${p.title}" telah dikirim ke ${competitionName} oleh ${submitterName}.`,
      `Nomor proposal : ${p.number}`,
      `Waktu kirim    : ${formatWib(p.submitted_at)} (${p.submitted_at.toISOString()})`,
      `Sidik isi (SHA-256): ${p.content_hash}${late}`,
      '',
      `Lihat tanda terima: ${publicUrl}/proposal/${p.id}`,
      '',
      `Your proposal ${p.number} was submitted at ${p.submitted_at.toISOString()}; the SHA-256 of its submitted content is ${p.content_hash}.`,
    ].join('\n'),
  };
}
