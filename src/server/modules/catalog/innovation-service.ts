import type { Kysely, Transaction } from 'kysely';
import { type Actor, type AuditEvent, appendAudit } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { findDuplicates } from './duplicates.js';
import { assertApprover, assertOwnAgency, assertVisible, authoringStaff, canDelete, canSeeInternals } from './policy.js';
import { diffSnapshots, type FieldChange, type ProfileSnapshot, toColumns } from './profile-fields.js';
import {
  deleteInnovationRow,
  findInnovationRecord,
  insertInnovation,
  insertVersion,
  type InnovationRecord,
  listAwards,
  listReplications,
  listVersions,
  lockInnovation,
  selectPublishedKeys,
  updateInnovationRow,
} from './repository.js';
import { documentNames, listDocuments } from './documents-repository.js';
import { checkComplete, checkProfileRules } from './rules.js';
import type { CreateInnovationInput, InnovationView, UpdateInnovationInput } from './schemas.js';
import { snapshotOf, toInnovationView } from './view.js';
import { type Transition, transitionTarget, assertEditable } from './workflow.js';

export interface CatalogContext {
  db: Kysely<Database>;
  actor: Actor;
  user: AuthUser | null;
}

const INNOVATION = { id: 'Inovasi', en: 'Innovation' };

export async function loadView(db: Kysely<Database> | Transaction<Database>, record: InnovationRecord, user: AuthUser | null): Promise<InnovationView> {
  const [awards, replications, documents] = await Promise.all([listAwards(db, record.id), listReplications(db, record.id), listDocuments(db, record.id)]);
  return toInnovationView(record, { awards, replications, documents }, user);
}

export async function getInnovation(ctx: CatalogContext, id: string): Promise<InnovationView> {
  const record = await findInnovationRecord(ctx.db, id);
  assertVisible(ctx.user, record && facts(record));
  return loadView(ctx.db, record!, ctx.user);
}

function facts(record: InnovationRecord) {
  return { agencyId: record.agencyId, workflowState: record.workflowState, publishedAt: record.publishedAt };
}

/**
 * Writes the version row (snapshot + field diff) and the audit entry of a change, in the
 * transaction that made it. Returns the record as it now is.
 */
export async function recordChange(
  trx: Transaction<Database>,
  actor: Actor,
  id: string,
  action: string,
  before: InnovationRecord | null,
  beforeDocuments: string[] | null,
  extra: Record<string, unknown> = {},
): Promise<InnovationRecord> {
  const after = (await findInnovationRecord(trx, id))!;
  const change = changeOf(actor, action, { before, beforeDocuments, after, afterDocuments: await documentNames(trx, id) }, extra);
  await insertVersion(trx, change.version);
  await appendAudit(trx, actor, change.audit);
  return after;
}

/**
 * The version row and the audit entry of one change, computed (no query): `recordChange` writes
 * one; bulk writers (the historical import) write many with one statement each.
 */
export function changeOf(
  actor: Actor,
  action: string,
  states: { before: InnovationRecord | null; beforeDocuments: string[] | null; after: InnovationRecord; afterDocuments: string[] },
  extra: Record<string, unknown> = {},
): { version: { innovationId: string; version: number; action: string; changedBy: string | null; changes: FieldChange[]; snapshot: ProfileSnapshot }; audit: AuditEvent } {
  const { before, after } = states;
  const afterSnapshot = snapshotOf(after, states.afterDocuments);
  const changes = diffSnapshots(before ? snapshotOf(before, states.beforeDocuments ?? []) : null, afterSnapshot);
  return {
    version: { innovationId: after.id, version: after.version, action, changedBy: actor.userId, changes, snapshot: afterSnapshot },
    audit: {
      action: `innovation.${action}`,
      entityType: 'innovation',
      entityId: after.id,
      before: before ? Object.fromEntries(changes.map((c) => [c.field, c.before])) : null,
      after: { ...Object.fromEntries(changes.map((c) => [c.field, c.after])), ...extra },
    },
  };
}

async function insertDraft(trx: Transaction<Database>, actor: Actor, owner: { agencyId: string; userId: string | null }, input: CreateInnovationInput): Promise<string> {
  const newId = await insertInnovation(trx, {
    ...toColumns(input),
    agency_id: owner.agencyId,
    created_by: owner.userId,
    updated_by: owner.userId,
    status_confirmed_at: new Date(),
  });
  await recordChange(trx, actor, newId, 'create', null, null);
  return newId;
}

/**
 * createInnovation for another module's transaction (the replication module creates the adopter's
 * draft when a case completes): the same profile rules, version row and audit entry, committed or
 * rolled back with the caller's decision. The caller has decided who owns the draft.
 */
export async function createInnovationInTransaction(
  trx: Transaction<Database>,
  actor: Actor,
  owner: { agencyId: string; userId: string | null },
  input: CreateInnovationInput,
): Promise<string> {
  if (!trx.isTransaction) throw new Error("createInnovationInTransaction needs the caller's transaction");
  await checkProfileRules(trx, input);
  return insertDraft(trx, actor, owner, input);
}

/** A new draft for the caller's own agency, with the similar records already in the catalog. */
export async function createInnovation(ctx: CatalogContext, input: CreateInnovationInput) {
  const { user, agencyId } = authoringStaff(ctx.user);
  await checkProfileRules(ctx.db, input);
  const id = await ctx.db.transaction().execute((trx) => insertDraft(trx, ctx.actor, { agencyId, userId: user.id }, input));
  const record = (await findInnovationRecord(ctx.db, id))!;
  const duplicates = await findDuplicates(ctx.db, user, { title: input.title, summary: input.summary, excludeId: id });
  return { innovation: await loadView(ctx.db, record, ctx.user), duplicates };
}

export async function updateInnovation(ctx: CatalogContext, id: string, input: UpdateInnovationInput): Promise<InnovationView> {
  const { expectedVersion, ...profile } = input;
  if (Object.values(profile).every((v) => v === undefined)) {
    throw errors.validation({ id: 'Tidak ada isian yang diubah.', en: 'Nothing to change.' }, { fields: [{ field: '(body)' }] });
  }
  const user = ctx.user;
  const record = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockInnovation(trx, id);
    assertVisible(user, before && facts(before));
    assertOwnAgency(user, facts(before!));
    assertEditable(before!.workflowState);
    if (expectedVersion !== undefined && expectedVersion !== before!.version) {
      throw errors.conflict(
        'VERSION_CONFLICT',
        {
          id: `Inovasi ini sudah diubah orang lain (versi ${before!.version}, Anda mengedit versi ${expectedVersion}). Muat ulang lalu ulangi perubahan Anda.`,
          en: `Someone else changed this innovation (version ${before!.version}, you edited version ${expectedVersion}). Reload and redo your change.`,
        },
        { currentVersion: before!.version },
      );
    }
    await checkProfileRules(trx, profile, before!);
    const columns: Record<string, unknown> = { ...toColumns(profile), updated_by: user!.id };
    // Setting the status is a confirmation of it; a running innovation has no stop reason.
    if (profile.status !== undefined) columns.status_confirmed_at = new Date();
    if ((profile.status ?? before!.status) === 'running') columns.stopped_reason = null;
    const beforeDocs = await documentNames(trx, id);
    await updateInnovationRow(trx, id, columns);
    return recordChange(trx, ctx.actor, id, 'update', before!, beforeDocs);
  });
  return loadView(ctx.db, record, user);
}

/** Moves a record through the workflow (see workflow.ts), checking who may. */
export async function transitionInnovation(ctx: CatalogContext, id: string, transition: Transition, note?: string): Promise<InnovationView> {
  const user = ctx.user;
  const record = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockInnovation(trx, id);
    assertVisible(user, before && facts(before));
    if (transition === 'submit') assertOwnAgency(user, facts(before!));
    else assertApprover(user, facts(before!));
    const to = transitionTarget(transition, before!.workflowState);
    const now = new Date();
    const columns: Record<string, unknown> = { workflow_state: to, updated_by: user!.id };
    if (transition === 'submit') {
      checkComplete(before!);
      Object.assign(columns, { submitted_at: now, review_note: null });
    } else if (transition === 'approve') {
      Object.assign(columns, { published_at: now, published_by: user!.id, review_note: note ?? null });
    } else {
      Object.assign(columns, { review_note: note ?? null });
    }
    const docs = await documentNames(trx, id);
    await updateInnovationRow(trx, id, columns);
    return recordChange(trx, ctx.actor, id, transition, before!, docs, note ? { note } : {});
  });
  return loadView(ctx.db, record, user);
}

/** Records that someone checked the innovation's status (running, or stopped and why). */
export async function confirmStatus(ctx: CatalogContext, id: string, input: { status: 'running' | 'stopped'; stoppedReason?: string }): Promise<InnovationView> {
  const record = await ctx.db.transaction().execute((trx) => confirmStatusInTransaction(trx, ctx.actor, ctx.user, id, input));
  return loadView(ctx.db, record, ctx.user);
}

/**
 * The same inside a caller's transaction (the update campaign confirms a record and its status
 * together): own agency only (404 otherwise), versioned and audited like any change.
 */
export async function confirmStatusInTransaction(
  trx: Transaction<Database>,
  actor: Actor,
  user: AuthUser | null,
  id: string,
  input: { status: 'running' | 'stopped'; stoppedReason?: string },
): Promise<InnovationRecord> {
  const before = await lockInnovation(trx, id);
  assertVisible(user, before && facts(before));
  assertOwnAgency(user, facts(before!));
  assertEditable(before!.workflowState);
  await checkProfileRules(trx, { status: input.status, stoppedReason: input.stoppedReason ?? null });
  const docs = await documentNames(trx, id);
  await updateInnovationRow(trx, id, {
    status: input.status,
    stopped_reason: input.status === 'stopped' ? input.stoppedReason : null,
    status_confirmed_at: new Date(),
    updated_by: user!.id,
  });
  return recordChange(trx, actor, id, 'confirm_status', before!, docs, { confirmed: true });
}

export async function deleteInnovation(ctx: CatalogContext, id: string, removeFiles: (keys: string[]) => Promise<void>): Promise<void> {
  const user = ctx.user;
  const keys = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockInnovation(trx, id);
    assertVisible(user, before && facts(before));
    assertOwnAgency(user, facts(before!));
    if (!canDelete(user, facts(before!))) {
      throw errors.conflict('NOT_DELETABLE', {
        id: 'Hanya draf yang belum pernah terbit yang dapat dihapus.',
        en: 'Only a draft that was never published can be deleted.',
      });
    }
    const documents = await listDocuments(trx, id);
    await deleteInnovationRow(trx, id);
    await appendAudit(trx, ctx.actor, { action: 'innovation.delete', entityType: 'innovation', entityId: id, before: { title: before!.title, agencyId: before!.agencyId } });
    return documents.map((d) => d.storage_key);
  });
  // Bytes go only after the rows are gone for good; a failure here leaves an orphan file, never a dangling row.
  await removeFiles(keys);
}

export async function innovationHistory(ctx: CatalogContext, id: string) {
  const record = await findInnovationRecord(ctx.db, id);
  assertVisible(ctx.user, record && facts(record));
  if (!canSeeInternals(ctx.user, facts(record!))) throw errors.forbidden();
  const rows = await listVersions(ctx.db, id);
  return {
    items: rows.map((r) => ({
      version: r.version,
      action: r.action,
      changedAt: r.changed_at.toISOString(),
      changedBy: r.user_id ? { id: r.user_id, name: r.user_name ?? '' } : null,
      changes: r.changes as { field: string; before: unknown; after: unknown }[],
    })),
  };
}

export { INNOVATION };

/** The published records an update campaign asks about (`running`: only those still running). */
export function publishedInnovationKeys(db: Kysely<Database>, scope: 'running' | 'all') {
  return selectPublishedKeys(db, scope);
}
