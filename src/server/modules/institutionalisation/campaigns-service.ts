import type { z } from 'zod';
import {
  type CampaignAgencyTally,
  type CampaignInput,
  type CampaignProgressQuery,
  campaignProgressQuery,
  type CampaignProgressView,
  type CampaignRecordsView,
  type CampaignTally,
  type CampaignView,
  type ConfirmInput,
} from '../../../common/institutionalisation.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { Db } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { confirmStatusInTransaction, publishedInnovationKeys } from '../catalog/innovation-service.js';
import {
  answerCampaignRecord,
  insertCampaign,
  insertCampaignRecords,
  lockCampaignRecord,
  selectAgencyRecords,
  selectCampaign,
  selectCampaignByYear,
  selectCampaigns,
  selectOpenCampaigns,
  selectProgress,
} from './campaigns-repository.js';
import { directory } from './directory-cache.js';
import { assertConfirmRecord, CAMPAIGN_RECORD, campaignRecordsAgency, ownAgencyOf } from './policy.js';

/**
 * The yearly update campaign (issue #16 item 3): the ministry opens a window over the published
 * records; each agency answers for each of its records — continuing (optional note on what is
 * new), developed, or stopped (reason required) — which also confirms the record's status in the
 * catalog, in the same transaction. Progress per agency and province is counted live.
 */
const CAMPAIGN = { id: 'Kampanye pemutakhiran', en: 'Update campaign' };
type CampaignRow = NonNullable<Awaited<ReturnType<typeof selectCampaign>>>;
type TallyRow = { asked: string; continuing: string; developed: string; stopped: string; silent: string };

const tallyOf = (r: TallyRow | undefined): CampaignTally => ({
  asked: Number(r?.asked ?? 0),
  continuing: Number(r?.continuing ?? 0),
  developed: Number(r?.developed ?? 0),
  stopped: Number(r?.stopped ?? 0),
  silent: Number(r?.silent ?? 0),
});

function phaseOf(c: CampaignRow, now: Date): CampaignView['phase'] {
  return now < c.opens_at ? 'upcoming' : now < c.closes_at ? 'open' : 'closed';
}

function viewOf(c: CampaignRow, t: CampaignTally, now: Date): CampaignView {
  return {
    id: c.id,
    year: c.year,
    title: c.title,
    message: c.message,
    opensAt: c.opens_at.toISOString(),
    closesAt: c.closes_at.toISOString(),
    recordScope: c.record_scope,
    phase: phaseOf(c, now),
    result: { ...t, updated: t.continuing + t.developed + t.stopped },
  };
}

async function campaignOr404(db: Db, id: string): Promise<CampaignRow> {
  const c = await selectCampaign(db, id);
  if (!c) throw errors.notFound(CAMPAIGN);
  return c;
}

/** The ministry sees every campaign's national result; an agency its own records' tally. */
export async function listCampaigns(ctx: RequestContext): Promise<CampaignView[]> {
  const agencyId = ownAgencyOf(ctx.user);
  const campaigns = await selectCampaigns(ctx.db);
  return Promise.all(campaigns.map(async (c) => viewOf(c, tallyOf((await selectProgress(ctx.db, c.id, 'total', agencyId ? { agencyId } : {}))[0]), ctx.now)));
}

export async function createCampaign(ctx: RequestContext, input: CampaignInput): Promise<CampaignView> {
  const opensAt = new Date(input.opensAt);
  const closesAt = new Date(input.closesAt);
  if (closesAt <= opensAt) {
    throw errors.badRequest(
      'CAMPAIGN_WINDOW_INVALID',
      { id: "Data tidak valid: 'closesAt' harus setelah 'opensAt'.", en: "Invalid data: 'closesAt' must be after 'opensAt'." },
      { fields: [{ field: 'closesAt' }] },
    );
  }
  if (await selectCampaignByYear(ctx.db, input.year)) {
    throw errors.conflict('CAMPAIGN_YEAR_EXISTS', { id: `Kampanye pemutakhiran ${input.year} sudah ada.`, en: `The ${input.year} update campaign already exists.` });
  }
  const records = await publishedInnovationKeys(ctx.db, input.recordScope);
  const campaign = await ctx.db.transaction().execute(async (trx) => {
    const c = await insertCampaign(trx, {
      year: input.year,
      title: input.title,
      message: input.message,
      opensAt,
      closesAt,
      recordScope: input.recordScope,
      createdBy: ctx.user?.id ?? null,
    });
    const asked = await insertCampaignRecords(trx, c.id, records);
    await appendAudit(trx, ctx.actor, { action: 'campaign.create', entityType: 'update_campaign', entityId: c.id, after: { ...input, records: asked } });
    return c;
  });
  return viewOf(campaign, { asked: records.length, continuing: 0, developed: 0, stopped: 0, silent: records.length }, ctx.now);
}

const collator = new Intl.Collator();
const byName = (a: CampaignAgencyTally, b: CampaignAgencyTally) => collator.compare(a.name, b.name);
const agencySorts: Record<CampaignProgressQueryParsed['sort'], (a: CampaignAgencyTally, b: CampaignAgencyTally) => number> = {
  /** The largest share still unanswered first (who to chase). */
  silent: (a, b) => b.silent / Math.max(1, b.asked) - a.silent / Math.max(1, a.asked) || byName(a, b),
  name: byName,
  asked: (a, b) => b.asked - a.asked || byName(a, b),
};
type CampaignProgressQueryParsed = z.output<typeof campaignProgressQuery>;

/**
 * Progress counted live from the tally: the campaign's total, every province, and every agency
 * with records (in the province, if one is asked), sorted as asked. Names come from the directory
 * kept in memory (directory-cache.ts).
 */
export async function campaignProgressAll(ctx: RequestContext, id: string, query: { province?: string | undefined; sort?: CampaignProgressQueryParsed['sort'] }) {
  const c = await campaignOr404(ctx.db, id);
  const filter = query.province ? { provinceCode: query.province } : {};
  const [total, byProvince, byAgency, dir] = await Promise.all([
    selectProgress(ctx.db, id, 'total', filter),
    selectProgress(ctx.db, id, 'province'),
    selectProgress(ctx.db, id, 'agency', filter),
    directory(ctx.db),
  ]);
  return {
    campaign: viewOf(c, tallyOf(total[0]), ctx.now),
    byProvince: byProvince
      .map((r) => ({ code: r.key ?? '', name: r.key ? (dir.provinceName.get(r.key) ?? r.key) : '—', ...tallyOf(r) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    byAgency: byAgency
      .map((r): CampaignAgencyTally => ({ id: r.key ?? '', name: dir.agencyName.get(r.key ?? '') ?? r.key ?? '', ...tallyOf(r) }))
      .sort(agencySorts[query.sort ?? 'silent']),
  };
}

/** Progress per province (whole) and ONE page of the agencies, filtered by name and by whether they still owe answers (ministry). */
export async function campaignProgress(ctx: RequestContext, id: string, input: CampaignProgressQuery): Promise<CampaignProgressView> {
  const query = campaignProgressQuery.parse(input);
  const all = await campaignProgressAll(ctx, id, query);
  const q = query.q?.trim().toLocaleLowerCase('id');
  const matching = all.byAgency.filter((a) => (!q || a.name.toLocaleLowerCase('id').includes(q)) && (!query.status || (query.status === 'silent' ? a.silent > 0 : a.silent === 0)));
  const offset = (query.page - 1) * query.pageSize;
  return {
    campaign: all.campaign,
    byProvince: all.byProvince,
    byAgency: matching.slice(offset, offset + query.pageSize),
    total: matching.length,
    agencyTotal: all.byAgency.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** An agency's own records in a campaign (the ministry reads any agency's with `agency`). */
export async function campaignRecords(ctx: RequestContext, id: string, query: { agency?: string | undefined }): Promise<CampaignRecordsView> {
  const c = await campaignOr404(ctx.db, id);
  const agencyId = campaignRecordsAgency(ctx.user, query.agency);
  if (!agencyId) throw errors.notFound(CAMPAIGN_RECORD);
  const [rows, total] = await Promise.all([selectAgencyRecords(ctx.db, id, agencyId), selectProgress(ctx.db, id, 'total', { agencyId })]);
  const tally = tallyOf(total[0]);
  return {
    campaign: viewOf(c, tally, ctx.now),
    tally,
    items: rows.map((r) => ({ innovationId: r.innovation_id, title: r.title, answer: r.answer, note: r.note, confirmedAt: r.confirmed_at?.toISOString() ?? null })),
  };
}

/**
 * Confirms one record: the answer, and the record's status in the catalog (stopped with the
 * reason, else running), audited, in one transaction. Another agency's record answers 404.
 * A campaign not yet open refuses (409); answering late, after the close, is accepted and
 * lifts the "unconfirmed" mark.
 */
export async function confirmRecord(ctx: RequestContext, id: string, innovationId: string, input: ConfirmInput): Promise<CampaignRecordsView> {
  const c = await campaignOr404(ctx.db, id);
  const note = input.note?.trim() ? input.note.trim() : null;
  await ctx.db.transaction().execute(async (trx) => {
    const record = await lockCampaignRecord(trx, id, innovationId);
    assertConfirmRecord(ctx.user, record?.agency_id);
    if (ctx.now < c.opens_at) {
      throw errors.conflict('CAMPAIGN_NOT_OPEN', { id: 'Kampanye pemutakhiran belum dibuka.', en: 'The update campaign is not open yet.' });
    }
    if (input.answer === 'stopped' && !note) {
      throw errors.badRequest(
        'STOP_REASON_REQUIRED',
        { id: "Data tidak valid: 'note' wajib diisi dengan alasan penghentian.", en: "Invalid data: 'note' must give the reason for stopping." },
        { fields: [{ field: 'note' }] },
      );
    }
    await confirmStatusInTransaction(trx, ctx.actor, ctx.user, innovationId, input.answer === 'stopped' ? { status: 'stopped', stoppedReason: note! } : { status: 'running' });
    await answerCampaignRecord(trx, id, innovationId, { answer: input.answer, note, at: ctx.now, by: ctx.user?.id ?? null });
    await appendAudit(trx, ctx.actor, {
      action: 'campaign.confirm',
      entityType: 'innovation',
      entityId: innovationId,
      before: { campaignId: id, answer: record!.answer, note: record!.note },
      after: { campaignId: id, answer: input.answer, note },
    });
  });
  return campaignRecords(ctx, id, {});
}

/** For the to-do list: the agency's unanswered records in open campaigns. */
export async function pendingForAgency(db: Db, agencyId: string, now: Date) {
  const open = await selectOpenCampaigns(db, now);
  return Promise.all(
    open.map(async (c) => ({ id: c.id, title: c.title, closesAt: c.closes_at, pending: tallyOf((await selectProgress(db, c.id, 'total', { agencyId }))[0]).silent })),
  );
}
