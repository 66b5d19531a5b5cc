import { type LocalText, type ModelConfig, modelConfigSchema } from '../../../common/innovation-index.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { AppError, errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { findRegion } from '../regions/service.js';
import { seedModelConfig } from './domain/seed-models.js';
import { publishProblems, structuralProblems } from './domain/validate.js';
import { assertMayReadModel, MODEL, mayReadModel } from './policy.js';
import { notifyWindowOpened } from './window-notices.js';
import { insertModel, type ModelRow, selectModel, selectModels, updateModel, upsertBorderFlag } from './repository.js';

/**
 * The yearly model, edited by the index team (`index.manage`): a new year starts as a copy of an
 * earlier model (or of the seeded 2023/2026 models), drafts change freely (structural checks on
 * every save), publishing freezes the model and needs its weights to sum to the declared maximum.
 * The reporting window may be set on a draft or a published model; opening it tells the regions.
 */

function invalid(problems: LocalText[]): AppError {
  return errors.validation({ id: `Model tidak valid: ${problems.map((p) => p.id).join(' ')}`, en: `Invalid model: ${problems.map((p) => p.en).join(' ')}` }, { problems });
}

export function listModels(ctx: RequestContext): Promise<ModelRow[]> {
  return selectModels(ctx.db).then((rows) => rows.filter((m) => mayReadModel(ctx.user, m)));
}

export async function getModel(ctx: RequestContext, year: number): Promise<ModelRow> {
  const model = await selectModel(ctx.db, { year });
  assertMayReadModel(ctx.user, model);
  return model;
}

/** For other services: the model of a year, or 404. */
export async function requireModel(db: Db, year: number): Promise<ModelRow> {
  const model = await selectModel(db, { year });
  if (!model) throw errors.notFound(MODEL);
  return model;
}

/** A new year's draft: a copy of `copyFrom`'s model, or of the seeded model of 2023 or 2026. */
export async function createModel(ctx: RequestContext, input: { year: number; copyFromYear?: number }): Promise<ModelRow> {
  return ctx.db.transaction().execute(async (trx) => {
    if (await selectModel(trx, { year: input.year }))
      throw errors.conflict('INDEX_MODEL_EXISTS', { id: `Model tahun ${input.year} sudah ada.`, en: `A model for ${input.year} already exists.` });
    let config: ModelConfig;
    let copiedFrom: string | null = null;
    if (input.copyFromYear !== undefined) {
      const source = await selectModel(trx, { year: input.copyFromYear });
      if (!source) throw errors.notFound(MODEL);
      config = structuredClone(source.config);
      copiedFrom = source.id;
    } else if (input.year === 2023 || input.year === 2026) {
      config = seedModelConfig(input.year);
    } else {
      throw errors.validation({
        id: 'Tahun baru dimulai sebagai salinan model tahun lain (copyFromYear).',
        en: 'A new year starts as a copy of another year’s model (copyFromYear).',
      });
    }
    const model = await insertModel(trx, { year: input.year, config, copiedFrom, createdBy: ctx.actor.userId });
    await appendAudit(trx, ctx.actor, { action: 'index.model.create', entityType: 'index_model', entityId: model.id, after: { year: model.year, copiedFrom } });
    return model;
  });
}

export async function changeModel(ctx: RequestContext, year: number, rawConfig: unknown): Promise<ModelRow> {
  const parsed = modelConfigSchema.safeParse(rawConfig);
  if (!parsed.success) throw invalid(parsed.error.issues.slice(0, 5).map((i) => ({ id: `${i.path.join('.')}: ${i.message}`, en: `${i.path.join('.')}: ${i.message}` })));
  const problems = structuralProblems(parsed.data);
  if (problems.length > 0) throw invalid(problems);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await selectModel(trx, { year }, { forUpdate: true });
    if (!before) throw errors.notFound(MODEL);
    if (before.status === 'published')
      throw errors.conflict('INDEX_MODEL_FROZEN', {
        id: 'Model yang sudah diterbitkan dibekukan; mulai tahun baru sebagai salinan.',
        en: 'A published model is frozen; start a new year as a copy.',
      });
    const after = await updateModel(trx, before.id, { config: parsed.data });
    await appendAudit(trx, ctx.actor, {
      action: 'index.model.change',
      entityType: 'index_model',
      entityId: before.id,
      before: { config: before.config },
      after: { config: after.config },
    });
    return after;
  });
}

export async function publishModel(ctx: RequestContext, year: number): Promise<ModelRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await selectModel(trx, { year }, { forUpdate: true });
    if (!before) throw errors.notFound(MODEL);
    if (before.status === 'published') return before;
    const problems = publishProblems(before.config);
    if (problems.length > 0) throw invalid(problems);
    const after = await updateModel(trx, before.id, { status: 'published', publishedBy: ctx.actor.userId ?? undefined });
    await appendAudit(trx, ctx.actor, { action: 'index.model.publish', entityType: 'index_model', entityId: before.id, after: { year } });
    return after;
  });
}

/** Sets the reporting window; if it is open now, the admins of the regional governments not yet told are told. */
export async function setWindow(ctx: RequestContext, year: number, input: { opensAt: Date; closesAt: Date }, options: { publicUrl?: string } = {}): Promise<ModelRow> {
  if (input.opensAt >= input.closesAt)
    throw errors.validation({ id: 'Jendela pelaporan: tanggal buka harus sebelum tanggal tutup.', en: 'Reporting window: it must open before it closes.' });
  return ctx.db.transaction().execute(async (trx) => {
    const before = await selectModel(trx, { year }, { forUpdate: true });
    if (!before) throw errors.notFound(MODEL);
    const after = await updateModel(trx, before.id, { windowOpensAt: input.opensAt, windowClosesAt: input.closesAt });
    // Opening the window tells the regional governments' admins, once per region (claimed).
    if (windowOpen(after, ctx.now))
      await notifyWindowOpened(trx, { id: after.id, year: after.year, opensAt: input.opensAt, closesAt: input.closesAt }, { publicUrl: options.publicUrl });
    await appendAudit(trx, ctx.actor, {
      action: 'index.model.window',
      entityType: 'index_model',
      entityId: before.id,
      before: { opensAt: before.windowOpensAt, closesAt: before.windowClosesAt },
      after: { opensAt: after.windowOpensAt, closesAt: after.windowClosesAt },
    });
    return after;
  });
}

/** The ministry's border-region (perbatasan) flag, used by the border cluster's ranking. */
export async function setBorderFlag(ctx: RequestContext, regionCode: string, border: boolean): Promise<{ regionCode: string; border: boolean }> {
  if (!(await findRegion(ctx.db, regionCode))) throw errors.notFound({ id: 'Wilayah', en: 'Region' });
  return ctx.db.transaction().execute(async (trx) => {
    const before = await upsertBorderFlag(trx, regionCode, border, ctx.actor.userId);
    // Setting the flag it already has changes nothing, so nothing is audited.
    if ((before ?? false) !== border)
      await appendAudit(trx, ctx.actor, { action: 'index.region.border', entityType: 'region', entityId: regionCode, before: { border: before ?? false }, after: { border } });
    return { regionCode, border };
  });
}

/** Whether a model's reporting window is open at `now`. */
export function windowOpen(model: ModelRow, now: Date): boolean {
  return model.status === 'published' && !!model.windowOpensAt && !!model.windowClosesAt && model.windowOpensAt <= now && now < model.windowClosesAt;
}
