import { sql } from 'kysely';
import type { CampaignAnswer } from '../../../common/institutionalisation.js';
import type { DbOrTrx, Trx } from '../../db/types.js';

/** Queries on update_campaigns, update_campaign_records and update_campaign_reminders (migration 0200). */

const campaignColumns = ['id', 'year', 'title', 'message', 'opens_at', 'closes_at', 'record_scope', 'created_at'] as const;

export async function selectCampaigns(db: DbOrTrx) {
  return db.selectFrom('update_campaigns').select(campaignColumns).orderBy('year', 'desc').execute();
}

export async function selectCampaign(db: DbOrTrx, id: string) {
  return db.selectFrom('update_campaigns').select(campaignColumns).where('id', '=', id).executeTakeFirst();
}

export async function selectCampaignByYear(db: DbOrTrx, year: number) {
  return db.selectFrom('update_campaigns').select(campaignColumns).where('year', '=', year).executeTakeFirst();
}

/** Campaigns open at `now`, newest first. */
export async function selectOpenCampaigns(db: DbOrTrx, now: Date) {
  return db.selectFrom('update_campaigns').select(campaignColumns).where('opens_at', '<=', now).where('closes_at', '>', now).orderBy('year', 'desc').execute();
}

export async function insertCampaign(
  trx: Trx,
  v: { year: number; title: string; message: string; opensAt: Date; closesAt: Date; recordScope: 'running' | 'all'; createdBy: string | null },
) {
  return trx
    .insertInto('update_campaigns')
    .values({ year: v.year, title: v.title, message: v.message, opens_at: v.opensAt, closes_at: v.closesAt, record_scope: v.recordScope, created_by: v.createdBy })
    .returning(campaignColumns)
    .executeTakeFirstOrThrow();
}

/** The records a campaign asks about, fixed at creation (one insert from arrays, fast at 100,000). */
export async function insertCampaignRecords(
  trx: Trx,
  campaignId: string,
  rows: readonly { id: string; agencyId: string; provinceCode: string | null; title: string }[],
): Promise<number> {
  if (!rows.length) return 0;
  const result = await sql`
    insert into update_campaign_records (campaign_id, innovation_id, agency_id, province_code, title)
    select ${campaignId}::uuid, r.id, r.agency_id, r.province_code, r.title
    from unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.agencyId)}::uuid[], ${rows.map((r) => r.provinceCode)}::text[], ${rows.map((r) => r.title)}::text[])
      as r(id, agency_id, province_code, title)`.execute(trx);
  return Number(result.numAffectedRows ?? rows.length);
}

export async function lockCampaignRecord(trx: Trx, campaignId: string, innovationId: string) {
  return trx
    .selectFrom('update_campaign_records')
    .select(['campaign_id', 'innovation_id', 'agency_id', 'answer', 'note', 'confirmed_at'])
    .where('campaign_id', '=', campaignId)
    .where('innovation_id', '=', innovationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function answerCampaignRecord(trx: Trx, campaignId: string, innovationId: string, v: { answer: CampaignAnswer; note: string | null; at: Date; by: string | null }) {
  await trx
    .updateTable('update_campaign_records')
    .set({ answer: v.answer, note: v.note, confirmed_at: v.at, confirmed_by: v.by })
    .where('campaign_id', '=', campaignId)
    .where('innovation_id', '=', innovationId)
    .execute();
}

/** One agency's records in a campaign, unanswered first. */
export async function selectAgencyRecords(db: DbOrTrx, campaignId: string, agencyId: string) {
  return db
    .selectFrom('update_campaign_records')
    .select(['innovation_id', 'title', 'answer', 'note', 'confirmed_at'])
    .where('campaign_id', '=', campaignId)
    .where('agency_id', '=', agencyId)
    .orderBy(sql`answer is not null`)
    .orderBy('title')
    .execute();
}

/**
 * Answer counts of a campaign: overall, or grouped per agency or per province. Read from
 * update_campaign_tally (one row per campaign, agency and province, kept by triggers in the
 * transaction of every write, migration 0200 of 2026-12-03), never from the records themselves.
 */
export async function selectProgress(db: DbOrTrx, campaignId: string, by: 'total' | 'agency' | 'province', filter: { agencyId?: string; provinceCode?: string } = {}) {
  let q = db
    .selectFrom('update_campaign_tally as t')
    .where('t.campaign_id', '=', campaignId)
    .select([
      sql<string>`coalesce(sum(t.asked), 0)::text`.as('asked'),
      sql<string>`coalesce(sum(t.continuing), 0)::text`.as('continuing'),
      sql<string>`coalesce(sum(t.developed), 0)::text`.as('developed'),
      sql<string>`coalesce(sum(t.stopped), 0)::text`.as('stopped'),
      sql<string>`coalesce(sum(t.asked - t.continuing - t.developed - t.stopped), 0)::text`.as('silent'),
    ]);
  if (filter.agencyId) q = q.where('t.agency_id', '=', filter.agencyId);
  if (filter.provinceCode) q = q.where('t.province_code', '=', filter.provinceCode);
  if (by === 'agency')
    return q
      .select(['t.agency_id as key'])
      .groupBy('t.agency_id')
      .having(sql`sum(t.asked)`, '>', 0)
      .execute();
  if (by === 'province')
    return q
      .select(sql<string | null>`nullif(t.province_code, '')`.as('key'))
      .groupBy('t.province_code')
      .having(sql`sum(t.asked)`, '>', 0)
      .execute();
  return q.select(sql<string>`''`.as('key')).execute();
}

/** The same counts recounted from the records (tests prove the tally equals it). */
export async function recountProgress(db: DbOrTrx, campaignId: string) {
  return db
    .selectFrom('update_campaign_records')
    .where('campaign_id', '=', campaignId)
    .select([
      'agency_id',
      sql<string>`coalesce(province_code, '')`.as('province_code'),
      sql<number>`count(*)::int`.as('asked'),
      sql<number>`(count(*) filter (where answer = 'continuing'))::int`.as('continuing'),
      sql<number>`(count(*) filter (where answer = 'developed'))::int`.as('developed'),
      sql<number>`(count(*) filter (where answer = 'stopped'))::int`.as('stopped'),
    ])
    .groupBy(['agency_id', sql`coalesce(province_code, '')`])
    .execute();
}

/** The stored tally, non-empty rows (tests compare it with recountProgress). */
export async function selectTally(db: DbOrTrx, campaignId: string) {
  return db
    .selectFrom('update_campaign_tally')
    .select(['agency_id', 'province_code', 'asked', 'continuing', 'developed', 'stopped'])
    .where('campaign_id', '=', campaignId)
    .where('asked', '>', 0)
    .execute();
}

/** Agencies with unanswered records in a campaign and how many each. */
export async function selectAgenciesPending(db: DbOrTrx, campaignId: string) {
  return db
    .selectFrom('update_campaign_tally')
    .select(['agency_id', sql<string>`sum(asked - continuing - developed - stopped)::text`.as('pending')])
    .where('campaign_id', '=', campaignId)
    .groupBy('agency_id')
    .having(sql`sum(asked - continuing - developed - stopped)`, '>', 0)
    .execute();
}

/** Marks a reminder as sent; false when it already was (so each is sent once, even with several processes). */
export async function claimReminder(trx: Trx, campaignId: string, kind: 'before' | 'after', recipients: number): Promise<boolean> {
  const row = await trx
    .insertInto('update_campaign_reminders')
    .values({ campaign_id: campaignId, kind, recipients })
    .onConflict((oc) => oc.columns(['campaign_id', 'kind']).doNothing())
    .returning('campaign_id')
    .executeTakeFirst();
  return !!row;
}

/** Campaigns due a reminder at `now`: `before` within `daysBefore` of the close, `after` once closed (within 30 days). */
export async function selectCampaignsDueReminder(db: DbOrTrx, now: Date, daysBefore: number) {
  const soon = new Date(now.getTime() + daysBefore * 86_400_000);
  const rows = await db
    .selectFrom('update_campaigns as c')
    .select(['c.id', 'c.title', 'c.closes_at', sql<'before' | 'after'>`case when c.closes_at > ${now} then 'before' else 'after' end`.as('kind')])
    .where('c.opens_at', '<=', now)
    .where('c.closes_at', '>', new Date(now.getTime() - 30 * 86_400_000))
    .where('c.closes_at', '<=', soon)
    .execute();
  const sent = rows.length
    ? await db
        .selectFrom('update_campaign_reminders')
        .select(['campaign_id', 'kind'])
        .where(
          'campaign_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.filter((r) => !sent.some((s) => s.campaign_id === r.id && s.kind === r.kind));
}

/**
 * Innovations an ended campaign asked about and their agency never answered — neither there nor
 * in a later campaign — with the close of the first such campaign (the "since").
 */
export async function selectUnconfirmed(db: DbOrTrx, now: Date, innovationIds?: readonly string[]) {
  let q = db
    .selectFrom('update_campaign_records as r')
    .innerJoin('update_campaigns as c', 'c.id', 'r.campaign_id')
    .select(['r.innovation_id', sql<Date>`min(c.closes_at)`.as('since')])
    .where('r.answer', 'is', null)
    .where('c.closes_at', '<=', now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('update_campaign_records as r2')
            .innerJoin('update_campaigns as c2', 'c2.id', 'r2.campaign_id')
            .select(sql`1`.as('one'))
            .whereRef('r2.innovation_id', '=', 'r.innovation_id')
            .where('r2.answer', 'is not', null)
            .whereRef('c2.opens_at', '>=', 'c.opens_at'),
        ),
      ),
    )
    .groupBy('r.innovation_id');
  if (innovationIds) {
    if (!innovationIds.length) return [];
    q = q.where('r.innovation_id', 'in', [...innovationIds]);
  }
  return q.execute();
}
