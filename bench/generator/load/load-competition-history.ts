import type { Kysely } from 'kysely';
import { readRegions } from '../../../src/server/seed/reference-data.js';
import type { AccountPlan } from '../accounts.js';
import type { AgencySpec } from '../agencies.js';
import { planCompetitions } from '../competitions.js';
import type { DatasetOptions } from '../dataset-options.js';
import type { InnovationUniverse } from '../innovations.js';
import { dropSecondaryIndexes, recreateIndexes } from './deferred-indexes.js';
import { loadCompetitions } from './load-competitions.js';
import { loadDeclaredConflicts, loadEvaluation } from './load-evaluation.js';
import type { InnovationDirectory } from './load-innovations.js';
import { loadProposals } from './load-proposals.js';

/**
 * KIPP 2014–2024 and the 2020 COVID-19 call, year by year: the calls, their proposals and
 * administrative checks, then (when the evaluation module's tables exist) each KIPP year's desk
 * evaluation and Top 99, whose Top 45 / Top 5 winners may not enter the general groups later.
 */
export interface HistoryRefs {
  readonly agencies: readonly AgencySpec[];
  readonly agencyIds: readonly string[];
  readonly plan: AccountPlan;
  readonly accountIds: ReadonlyMap<string, string>;
  readonly directory: InnovationDirectory;
  readonly universe: InnovationUniverse;
  readonly withEvaluation: boolean;
}

const HISTORY_TABLES = ['proposals', 'proposal_answers', 'proposal_admin_checks', 'evaluation_assignments', 'evaluation_scores', 'evaluation_decisions', 'innovation_awards'];

export async function loadCompetitionHistory(db: Kysely<any>, options: DatasetOptions, refs: HistoryRefs): Promise<{ counts: Record<string, number>; skipped: string[] }> {
  const plans = planCompetitions(options.proposalScale).sort((a, b) => a.year - b.year || a.key.localeCompare(b.key));
  const competitions = await loadCompetitions(db, plans);
  const dropped = await dropSecondaryIndexes(db, HISTORY_TABLES);
  const id = (email: string | undefined) => (email ? (refs.accountIds.get(email) ?? null) : null);
  const operators = new Map<number, string[]>();
  for (const o of refs.plan.operators) operators.set(o.agencyIndex!, [...(operators.get(o.agencyIndex!) ?? []), o.email]);
  const evaluatorIds = refs.plan.evaluators.map((e) => id(e.email)!);
  const topWinners = new Set<number>();
  const threeT = new Set(
    readRegions()
      .filter((r) => r.is3t)
      .map((r) => r.code),
  );
  const counts: Record<string, number> = { competitions: competitions.length, proposals: 0, submittedProposals: 0, passedAdminCheck: 0, scores: 0, awards: 0 };
  const skipped: string[] = [];
  if (refs.withEvaluation) counts.declaredConflicts = await loadDeclaredConflicts(db, refs.plan.evaluators, evaluatorIds, refs.agencyIds);
  else skipped.push('evaluation rounds and scores (evaluation tables absent)');

  for (const competition of competitions) {
    const records = await loadProposals(
      db,
      competition,
      {
        universe: refs.universe,
        directory: refs.directory,
        agencies: refs.agencies,
        agencyIds: refs.agencyIds,
        operatorOf: (agency, n) => {
          const list = operators.get(agency);
          return list ? id(list[n % list.length]) : null;
        },
        adminOf: (agency) => id(refs.plan.agencyAdmins[agency]?.email),
        secretariatId: id(refs.plan.ministryAdmins[0]?.email),
        threeT,
        topWinners,
      },
      options.seed,
    );
    counts.proposals! += records.length;
    counts.submittedProposals! += Math.min(records.length, competition.plan.submitted);
    counts.passedAdminCheck! += records.filter((r) => r.passed).length;
    if (records.length < competition.plan.registered)
      skipped.push(`${competition.plan.key}: ${records.length} of ${competition.plan.registered} proposals (not enough eligible innovations at this size)`);
    if (!refs.withEvaluation || competition.plan.config.kind !== 'kipp') continue;
    const outcome = await loadEvaluation(
      db,
      competition,
      records,
      {
        evaluators: refs.plan.evaluators,
        evaluatorIds,
        agencies: refs.agencies,
        innovationIds: refs.directory.ids,
        panelistId: id(refs.plan.panelists[0]?.email),
      },
      options.seed,
    );
    counts.scores! += outcome.scores;
    counts.awards! += outcome.awards;
    for (const i of outcome.topWinners) topWinners.add(i);
    if (outcome.skipped) skipped.push(outcome.skipped);
  }
  await recreateIndexes(db, dropped);
  return { counts, skipped };
}
