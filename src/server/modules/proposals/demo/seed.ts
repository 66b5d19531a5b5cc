import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../../../audit/audit-log.js';
import type { AuthUser } from '../../../auth/auth-user.js';
import type { Database } from '../../../db/schema.js';
import { demoEmailsWithRole } from '../../../seed/demo-accounts.js';
import { ensureDemoSeedUsers, findAuthUsers } from '../../../seed/demo-seed-users.js';
import { findAgency as findAgencyById, findAgencyId } from '../../agencies/service.js';
import { activeCategoryIds } from '../../catalog/categories-service.js';
import { publishedInnovationIdByTitle } from '../../catalog/demo/lookup.js';
import { createInnovation, getInnovation } from '../../catalog/innovation-service.js';
import { recordReplication } from '../../catalog/replications-service.js';
import type { CreateInnovationInput } from '../../catalog/schemas.js';
import { newestPublishedCompetitionId } from '../../competitions/read-model.js';
import { type CompetitionRecord, loadCompetitionConfig } from '../../competitions/service.js';
import { countProposalsOf } from '../read-model.js';
import { decide, decideBulk } from '../admin-check/service.js';
import type { ProposalsContext } from '../context.js';
import { createProposal, saveProposal } from '../service.js';
import { markReady, submitProposal } from '../workflow.js';
import { DEMO_CATALOG_ENTRIES, DEMO_SURABAYA_ENTRIES } from './catalog-entries.js';
import { CATALOG_CATEGORY_OF, type DemoAgencyRef, type DemoEntry } from './entry-types.js';
import { type FormSource, formAnswers } from './form-answers.js';
import { DEMO_NEW_INNOVATION_ENTRIES } from './new-innovation-entries.js';

/**
 * Entries for the open demo KIPP call, made through the same services the screens use (so every
 * answer is validated against the form, every step audited, receipts queued): each agency's
 * coordinator starts the proposal (from its catalog innovation or registering a new one), fills
 * the form and submits; the secretariat then passes most, fails two with a reason and leaves two
 * pending. The Surabaya demo accounts keep one proposal ready to submit and one draft.
 * Idempotent: a call that already has proposals is left alone.
 */
export interface DemoProposalsOptions {
  now?: Date;
  /** Base of the links in the receipt e-mails. */
  publicUrl?: string;
}

export interface DemoProposalsSummary {
  draft: number;
  ready: number;
  pending: number;
  passed: number;
  failed: number;
}

/** Submitted entries alternate between catalog-based and new ones, so the numbers mix agencies; Surabaya's own come last. */
export function demoEntries(): DemoEntry[] {
  const mixed: DemoEntry[] = [];
  const longest = Math.max(DEMO_CATALOG_ENTRIES.length, DEMO_NEW_INNOVATION_ENTRIES.length);
  for (let i = 0; i < longest; i++) {
    if (DEMO_CATALOG_ENTRIES[i]) mixed.push(DEMO_CATALOG_ENTRIES[i]!);
    if (DEMO_NEW_INNOVATION_ENTRIES[i]) mixed.push(DEMO_NEW_INNOVATION_ENTRIES[i]!);
  }
  return [...mixed, ...DEMO_SURABAYA_ENTRIES];
}

async function findOpenKippCall(db: Kysely<Database>): Promise<CompetitionRecord | undefined> {
  const callId = await newestPublishedCompetitionId(db, 'kipp');
  return callId ? loadCompetitionConfig(db, callId) : undefined;
}

async function findAgency(db: Kysely<Database>, ref: DemoAgencyRef) {
  const id = await findAgencyId(db, ref);
  const agency = id ? await findAgencyById(db, id) : undefined;
  return agency?.active ? { id: agency.id, name: agency.name } : undefined;
}

/** "Admin Lokal Kabupaten Banyuwangi" from "Pemerintah Kabupaten Banyuwangi". */
function coordinatorName(agencyName: string): string {
  return `Admin Lokal ${agencyName.replace(/^Pemerintah /, '')}`;
}

type Prepared = { entry: DemoEntry; agencyId: string; user: AuthUser };

async function prepareEntrants(db: Kysely<Database>): Promise<Prepared[]> {
  const entries = demoEntries();
  const agencies = await Promise.all(entries.map((e) => findAgency(db, e.agency)));
  const coordinators = await ensureDemoSeedUsers(
    db,
    entries.flatMap((e, i) => {
      const agency = agencies[i];
      return agency ? [{ email: e.coordinatorEmail, name: coordinatorName(agency.name), role: 'agency_admin' as const, agencyId: agency.id }] : [];
    }),
  );
  // Drafts and ready proposals are the operator's work, waiting for the coordinator.
  const operators = await findAuthUsers(db, demoEmailsWithRole('agency_operator'));
  return entries.flatMap((entry, i) => {
    const agency = agencies[i];
    if (!agency) return [];
    const drafting = entry.outcome.state === 'draft' || entry.outcome.state === 'ready';
    const user = drafting ? [...operators.values()].find((o) => o.agencyId === agency.id) : coordinators.get(entry.coordinatorEmail);
    return user && user.agencyId === agency.id ? [{ entry, agencyId: agency.id, user }] : [];
  });
}

/** The innovation the proposal is built on and the form's source text, or null when the catalog lacks it. */
async function innovationFor(ctx: ProposalsContext, p: Prepared, catalogCategories: Map<string, number>) {
  const { entry } = p;
  if ('innovation' in entry) {
    const { title, unitName, regionCode, budgetSource, beneficiaries, indicators, startDate, digital, form, sdgs, ...narrative } = entry.innovation;
    const categoryId = catalogCategories.get(CATALOG_CATEGORY_OF[entry.category]);
    if (!categoryId) return null;
    const source: FormSource = { narrative, indicators, sdgs, form, beneficiaries };
    return {
      input: {
        newInnovation: {
          title,
          unitName,
          regionCode,
          budgetSource,
          beneficiaries,
          indicators,
          startDate,
          digital,
          form,
          sdgs,
          categoryId,
          status: 'running' as const,
          ...narrative,
        },
      },
      source,
    };
  }
  const innovationId = await publishedInnovationIdByTitle(ctx.db, entry.catalogTitle);
  if (!innovationId) return null;
  const view = await getInnovation({ db: ctx.db, actor: ctx.actor, user: ctx.user }, innovationId);
  if (view.agency.id !== p.agencyId) return null;
  const source: FormSource = {
    narrative: {
      summary: view.summary,
      problem: view.problem,
      approach: view.approach,
      implementationSteps: view.implementationSteps,
      results: view.results,
      stakeholders: view.stakeholders,
      resources: view.resources,
      sustainability: view.sustainability,
      replicationPotential: view.replicationPotential,
      ...entry.narrative,
    },
    indicators: view.indicators,
    sdgs: view.sdgs,
    form: view.form,
    beneficiaries: view.beneficiaries,
  };
  return { input: { innovationId }, source };
}

/**
 * An entry of the "replikasi" group: its innovation is registered in the catalog and recorded as
 * a confirmed replication of the source (what a completed replication case records), so the
 * group's rule finds it.
 */
async function registerReplica(ctx: ProposalsContext, p: Prepared, sourceTitle: string, input: CreateInnovationInput): Promise<{ innovationId: string } | null> {
  const sourceId = await publishedInnovationIdByTitle(ctx.db, sourceTitle);
  if (!sourceId) return null;
  const created = await createInnovation({ db: ctx.db, actor: ctx.actor, user: ctx.user }, input);
  await ctx.db.transaction().execute((trx) =>
    recordReplication(trx, ctx.actor, {
      sourceInnovationId: sourceId,
      adopterAgencyId: p.agencyId,
      replicaInnovationId: created.innovation.id,
      regionCode: input.regionCode ?? null,
      startedOn: input.startDate,
    }),
  );
  return { innovationId: created.innovation.id };
}

/** Drafts, fills and (unless it stays with the operator) submits one entry; returns the proposal id. */
async function enter(ctx: ProposalsContext, record: CompetitionRecord, p: Prepared, catalogCategories: Map<string, number>): Promise<string | null> {
  const group = record.groups.find((g) => g.code === p.entry.group);
  const category = record.categories.find((c) => c.code === p.entry.category);
  const innovation = await innovationFor(ctx, p, catalogCategories);
  if (!group || !category || !innovation) return null;
  const fresh = 'newInnovation' in innovation.input ? innovation.input.newInnovation : undefined;
  const input = 'replicates' in p.entry && p.entry.replicates && fresh ? await registerReplica(ctx, p, p.entry.replicates, fresh) : innovation.input;
  if (!input) return null;
  const created = await createProposal(ctx, { competitionId: record.row.id, groupId: group.id, categoryId: category.id, ...input });
  const drafting = p.entry.outcome.state === 'draft';
  const answers = formAnswers(record.questions, innovation.source, drafting ? { narrativeOnly: 4 } : {});
  await saveProposal(ctx, created.id, { baseVersion: created.version, answers });
  if (p.entry.outcome.state === 'ready') await markReady(ctx, created.id);
  else if (!drafting) await submitProposal(ctx, created.id, null);
  return created.id;
}

export async function seedDemoProposals(db: Kysely<Database>, options: DemoProposalsOptions = {}): Promise<DemoProposalsSummary> {
  const summary: DemoProposalsSummary = { draft: 0, ready: 0, pending: 0, passed: 0, failed: 0 };
  const record = await findOpenKippCall(db);
  if (!record) return summary;
  if ((await countProposalsOf(db, record.row.id)) > 0) return summary;
  const secretariatEmail = demoEmailsWithRole('ministry_admin')[0]!;
  const secretariat = (await findAuthUsers(db, [secretariatEmail])).get(secretariatEmail);
  if (!secretariat) return summary;

  const now = options.now ?? new Date();
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  const catalogCategories = await activeCategoryIds(db);
  const entered: { id: string; entry: DemoEntry }[] = [];
  for (const p of await prepareEntrants(db)) {
    const id = await enter({ db, actor: SYSTEM_ACTOR, user: p.user, now, publicUrl }, record, p, catalogCategories);
    if (id) entered.push({ id, entry: p.entry });
  }

  // The secretariat's administrative check: the plain passes in one bulk decision, the rest one by one with their reasons.
  const checker: ProposalsContext = { db, actor: SYSTEM_ACTOR, user: secretariat, now, publicUrl };
  const allClear = { ageOk: true, complete: true, noNonsense: true, noDuplicate: true };
  const plainPasses = entered.filter((e) => e.entry.outcome.state === 'passed' && !e.entry.outcome.note).map((e) => e.id);
  if (plainPasses.length > 0) await decideBulk(checker, { decision: 'passed', proposalIds: plainPasses, checklist: allClear });
  for (const { id, entry } of entered) {
    const outcome = entry.outcome;
    if (outcome.state === 'passed' && outcome.note) await decide(checker, id, { decision: 'passed', reason: outcome.note, checklist: allClear });
    if (outcome.state === 'failed') await decide(checker, id, { decision: 'failed', reason: outcome.reason, checklist: outcome.checklist });
    summary[outcome.state]++;
  }
  return summary;
}
