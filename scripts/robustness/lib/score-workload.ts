import { CompiledQuery, sql } from 'kysely';
import { createLiveSessions, prepareSurge, type Query } from '../../../bench/scenarios/deadline-surge/setup.js';
import { compare, rows, type WriteWorkload } from './workload-check.js';

/**
 * Evaluators submitting score sheets while the server is killed: each write is one evaluator
 * submitting the sheet of one proposal assigned to them (the score row and its audit entry, one
 * transaction). The check proves every acknowledged sheet is stored once with the total the server
 * acknowledged, every in-flight sheet that committed is complete, and no audit entry exists for a
 * sheet that is not stored (nor the other way round).
 *
 * The world is made in SQL while the server is down: the deadline-surge entrants' proposals,
 * turned submitted and passed by the administrative check, an open round with two numeric
 * criteria, and evaluators with live sessions and published assignments (one evaluator per
 * proposal, so every write is a distinct sheet).
 */
interface SheetToScore {
  roundId: string;
  proposalId: string;
  evaluatorId: string;
  criterionIds: [string, string];
  sessionToken: string;
  csrfToken: string;
}

const WEIGHTS = [40, 60] as const;
const PROPOSALS_PER_EVALUATOR = 5;

async function prepareScoring(query: Query, count: number): Promise<{ roundId: string; sheets: SheetToScore[] }> {
  const surge = await prepareSurge(query, count);
  const competitionId = surge.competitionId;
  await query(
    `update proposals set status = 'submitted', submitted_at = now(), content_hash = repeat('a', 64),
       submitted_content = jsonb_build_object('number', number, 'title', title, 'answers', '[]'::jsonb)
     where competition_id = $1`,
    [competitionId],
  );
  await query(
    `insert into proposal_admin_checks (proposal_id, competition_id, status, decided_at)
     select id, competition_id, 'passed', now() from proposals where competition_id = $1`,
    [competitionId],
  );
  const [round] = await query<{ id: string }>(
    `insert into evaluation_rounds (competition_id, name, reviewer_role, reviewers_per_proposal, default_max_per_evaluator, blind, status)
     values ($1, 'Penilaian uji krash', 'evaluator', 1, 10000, false, 'open') returning id`,
    [competitionId],
  );
  const roundId = round!.id;
  const criteria = await query<{ id: string }>(
    `insert into evaluation_criteria (round_id, position, name, weight, scale_kind, scale_min, scale_max)
     values ($1, 1, 'Kebaruan', ${WEIGHTS[0]}, 'numeric', 1, 10), ($1, 2, 'Efektivitas', ${WEIGHTS[1]}, 'numeric', 1, 10)
     returning id`,
    [roundId],
  );
  const evaluatorCount = Math.max(1, Math.ceil(count / PROPOSALS_PER_EVALUATOR));
  const evaluators = await query<{ id: string }>(
    `insert into users (email, name, role)
     select 'penilai-krash-' || $1 || '-' || g || '@uji.test', 'Penilai Krash ' || g, 'evaluator' from generate_series(1, $2::int) g
     returning id`,
    [surge.runId, evaluatorCount],
  );
  const sessions = await createLiveSessions(
    query,
    evaluators.map((e) => e.id),
  );
  await query(`insert into evaluation_pool (round_id, user_id, max_proposals) select $1, id, 10000 from users where email like $2`, [roundId, `penilai-krash-${surge.runId}-%`]);
  const proposals = await query<{ id: string }>(`select id from proposals where competition_id = $1 order by number`, [competitionId]);
  const sheets = proposals.map((p, i) => {
    const session = sessions[i % sessions.length]!;
    return {
      roundId,
      proposalId: p.id,
      evaluatorId: session.userId,
      criterionIds: [criteria[0]!.id, criteria[1]!.id] as [string, string],
      sessionToken: session.sessionToken,
      csrfToken: session.csrfToken,
    };
  });
  await query(
    `insert into evaluation_assignments (round_id, proposal_id, evaluator_id, source, published)
     select $1, a.proposal_id::uuid, a.evaluator_id::uuid, 'manual', true from json_to_recordset($2::json) as a(proposal_id text, evaluator_id text)`,
    [roundId, JSON.stringify(sheets.map((s) => ({ proposal_id: s.proposalId, evaluator_id: s.evaluatorId })))],
  );
  return { roundId, sheets };
}

/** The values of write `seq` and the weighted total (0–100) the server must compute for them. */
export function sheetValues(seq: number): { values: [number, number]; total: number } {
  const values: [number, number] = [1 + (seq % 10), 1 + ((seq * 7) % 10)];
  // Each criterion's value normalised over its 1–10 scale, weighted; the same rule as domain/computeWeightedTotal.
  return { values, total: values.reduce((sum, v, i) => sum + ((v - 1) / 9) * WEIGHTS[i]!, 0) };
}

const queued = new Map<string, SheetToScore[]>();
const preparedRounds = new Map<string, string[]>();
const sheetKey = (s: { roundId: string; proposalId: string; evaluatorId: string }) => `${s.roundId}:${s.proposalId}:${s.evaluatorId}`;

export const scoreSubmission: WriteWorkload = {
  name: 'score sheet submission',
  async prepare(db, tag, count) {
    const query: Query = async (text, parameters) => (await db.executeQuery(CompiledQuery.raw(text, [...(parameters ?? [])]))).rows as never;
    const { roundId, sheets } = await prepareScoring(query, count);
    queued.set(tag, [...(queued.get(tag) ?? []), ...sheets]);
    preparedRounds.set(tag, [...(preparedRounds.get(tag) ?? []), roundId]);
  },
  async write(client, tag, seq) {
    const sheet = queued.get(tag)?.shift();
    if (!sheet) return null;
    const { values } = sheetValues(seq);
    const response = await client.request(
      'PUT',
      `/api/evaluation/rounds/${sheet.roundId}/proposals/${sheet.proposalId}/score`,
      {
        values: { [sheet.criterionIds[0]]: values[0], [sheet.criterionIds[1]]: values[1] },
        comments: {},
        overallComment: `Catatan penilai untuk lembar ${seq}.`,
        submit: true,
      },
      { as: sheet },
    );
    // The acknowledged total is what the check later expects to find stored.
    const total = response.json?.total;
    return response.status === 200 && typeof total === 'number' ? { key: sheetKey(sheet), id: total.toFixed(2) } : null;
  },
  async check(db, tag, acks) {
    const rounds = preparedRounds.get(tag) ?? [];
    if (rounds.length === 0) return { acknowledged: acks.length, verified: 0, committedUnacknowledged: 0, problems: acks.length > 0 ? ['no prepared rounds'] : [] };
    const found = await rows<{ key: string; status: string; total: string | null; values: Record<string, number>; comment: string; audits: string }>(
      db,
      sql`select s.round_id || ':' || s.proposal_id || ':' || s.evaluator_id as key, s.status, s.total::text as total,
            s.criterion_values as values, s.overall_comment as comment,
            (select count(*) from audit_log l where l.action = 'evaluation.score.submit' and l.entity_type = 'evaluation_score'
               and l.entity_id = s.round_id || ':' || s.proposal_id || ':' || s.evaluator_id)::text as audits
          from evaluation_scores s where s.round_id::text in (${sql.join(rounds)})`,
    );
    const orphanAudits = await rows<{ n: string }>(
      db,
      sql`select count(*)::text as n from audit_log l
          where l.entity_type = 'evaluation_score' and split_part(l.entity_id, ':', 1) in (${sql.join(rounds)})
            and not exists (select 1 from evaluation_scores s where s.round_id || ':' || s.proposal_id || ':' || s.evaluator_id = l.entity_id)`,
    );
    const result = compare(
      acks,
      found.map((f) => {
        // The sheet must be whole: submitted, its total the weighted sum of its own stored values, one audit entry.
        const seq = Number(/lembar (\d+)\./.exec(f.comment)?.[1]);
        const expected = Number.isInteger(seq) ? sheetValues(seq) : null;
        const stored = Object.values(f.values)
          .sort((a, b) => a - b)
          .join(',');
        const consistent = expected !== null && stored === [...expected.values].sort((a, b) => a - b).join(',') && Number(f.total).toFixed(2) === expected.total.toFixed(2);
        return {
          key: f.key,
          id: f.total === null ? 'null' : Number(f.total).toFixed(2),
          complete: f.status === 'submitted' && f.audits === '1' && consistent,
          why: `status ${f.status}, total ${f.total}, values ${stored}, ${f.audits} submit audits${consistent ? '' : ', values and total do not match the sent sheet'}`,
        };
      }),
    );
    if (orphanAudits[0]!.n !== '0') result.problems.push(`${orphanAudits[0]!.n} score audit entries for sheets that are not stored`);
    return result;
  },
};
