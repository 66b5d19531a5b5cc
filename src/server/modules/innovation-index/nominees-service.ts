import { CLUSTERS, type Cluster, type Predicate } from '../../../common/innovation-index.js';
import type { ClusterNominees, NominationView, NomineesView, NomineeView, SendNomineesInput, SendNomineesResult } from '../../../common/index-nominees.js';
import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { AWARD_CATEGORY_CODE, AWARD_CLUSTER_GROUPS, findAwardCall, openAwardCall } from '../competitions/award-call.js';
import { competitionSummary } from '../competitions/read-model.js';
import { listCompetitions } from '../competitions/service.js';
import { notify } from '../notifications/service.js';
import { enterNominations, type NominationEntry } from '../proposals/nominations.js';
import { activeUserIdsByRole } from '../users/contacts.js';
import { pickNominees } from './domain/nominees.js';
import {
  claimNominations,
  type NominationRow,
  selectAgencyNominations,
  selectNomination,
  selectNominations,
  selectReportAgencies,
  setNominationProposal,
} from './nominees-repository.js';
import { assertMayReadNomination, ownNominationAgency, RESULTS } from './policy.js';
import { type ModelRow, type ResultRow, selectModel, selectModels, selectResults } from './repository.js';
import { type RegionFlagsRow, selectRegionsWithFlags } from './results-repository.js';
import { clustersOf } from './results-service.js';

/**
 * Award nominees per cluster (issue #17 item 4): after a year's results are published the index
 * team picks the top N of each cluster (`domain/nominees.ts`: ties at the cut all included) and
 * sends them to a competition's panel round. Each nominee becomes a submitted, checked proposal of
 * the region's government agency through the proposals module (`enterNominations`), carrying the
 * verified report card; the evaluation module's panel round then runs on it unchanged. The send
 * claims every nominee in `index_nominations` (unique per year, cluster and region) in the same
 * transaction, so a resend or a concurrent send creates nothing twice; it is audited and tells
 * the regions' admins (`index.nominated`).
 */

const PREDICATE_TEXT: Record<Predicate, string> = {
  sangat_inovatif: 'Sangat Inovatif',
  inovatif: 'Inovatif',
  kurang_inovatif: 'Kurang Inovatif',
  tidak_dapat_dinilai: 'Tidak Dapat Dinilai',
};
const clusterGroup = (cluster: Cluster) => AWARD_CLUSTER_GROUPS.find((g) => g.code === cluster)!;

async function publishedModel(ctx: RequestContext, year: number): Promise<ModelRow & { resultsPublishedAt: Date }> {
  const model = await selectModel(ctx.db, { year });
  if (!model) throw errors.notFound(RESULTS);
  if (!model.resultsPublishedAt) {
    throw errors.conflict('INDEX_RESULTS_NOT_PUBLISHED', {
      id: `Hasil indeks ${year} belum diterbitkan; nominasi dipilih dari hasil yang sudah terbit.`,
      en: `The index ${year} results are not published yet; nominees are picked from published results.`,
    });
  }
  return model as ModelRow & { resultsPublishedAt: Date };
}

interface Picked {
  cluster: Cluster;
  n: number;
  tiedAtCut: boolean;
  items: (NomineeView & { result: ResultRow; participantType: RegionFlagsRow['cluster'] })[];
}

async function pickAll(ctx: RequestContext, model: ModelRow, n: number, only?: Cluster): Promise<Picked[]> {
  const [results, regions, nominations] = await Promise.all([selectResults(ctx.db, model.id), selectRegionsWithFlags(ctx.db), selectNominations(ctx.db, model.id, only)]);
  const regionOf = new Map<string, RegionFlagsRow>(regions.map((r) => [r.code, r]));
  const names = new Map<string, string>();
  for (const id of new Set(nominations.map((x) => x.competitionId))) names.set(id, (await competitionSummary(ctx.db, id))?.name ?? id);
  const sentOf = new Map(nominations.map((x) => [`${x.cluster}:${x.regionCode}`, x]));
  const picks = (only ? [only] : [...CLUSTERS]).map((cluster) => {
    const inCluster = results.filter((r) => {
      const region = regionOf.get(r.regionCode);
      return region !== undefined && clustersOf(region).includes(cluster);
    });
    const pick = pickNominees(inCluster, n);
    return { cluster, pick };
  });
  const agencies = await selectReportAgencies(ctx.db, model.id, [...new Set(picks.flatMap((p) => p.pick.nominees.map((x) => x.candidate.regionCode)))]);
  const sentView = (x: NominationRow | undefined) =>
    x
      ? {
          nominationId: x.id,
          competitionId: x.competitionId,
          competitionName: names.get(x.competitionId) ?? x.competitionId,
          proposalId: x.proposalId,
          proposalNumber: x.proposalNumber,
          nominatedAt: x.nominatedAt.toISOString(),
        }
      : null;
  return picks.map(({ cluster, pick }) => {
    const items = pick.nominees.map(({ candidate: r, rank, tied }) => ({
      regionCode: r.regionCode,
      regionName: regionOf.get(r.regionCode)?.name ?? r.regionCode,
      cluster,
      rank,
      verifiedIid: r.verifiedIid,
      predicate: r.predicate as Predicate,
      tied,
      agencyId: agencies.get(r.regionCode) ?? null,
      sent: sentView(sentOf.get(`${cluster}:${r.regionCode}`)),
      result: r,
      participantType: regionOf.get(r.regionCode)?.cluster ?? 'kabupaten',
    }));
    // Sent earlier with a larger N (or before a recomputation): still shown, as sent.
    const listed = new Set(items.map((i) => i.regionCode));
    for (const x of nominations.filter((x) => x.cluster === cluster && !listed.has(x.regionCode))) {
      const result = results.find((r) => r.regionCode === x.regionCode)!;
      items.push({
        regionCode: x.regionCode,
        regionName: x.regionName,
        cluster,
        rank: x.rank,
        verifiedIid: x.verifiedIid,
        predicate: x.predicate as Predicate,
        tied: x.tied,
        agencyId: x.agencyId,
        sent: sentView(x),
        result,
        participantType: regionOf.get(x.regionCode)?.cluster ?? 'kabupaten',
      });
    }
    return { cluster, n, tiedAtCut: pick.tiedAtCut, items };
  });
}

const publicItems = (p: Picked): ClusterNominees => ({
  cluster: p.cluster,
  n: p.n,
  tiedAtCut: p.tiedAtCut,
  items: p.items.map(({ result: _r, participantType: _p, ...item }) => item),
});

/** The nominees of every cluster (or one) for a published year, with what was already sent and the calls they may go to. */
export async function listNominees(ctx: RequestContext, year: number, query: { n: number; cluster?: Cluster | undefined }): Promise<NomineesView> {
  const model = await publishedModel(ctx, year);
  const picks = await pickAll(ctx, model, query.n, query.cluster);
  const calls = (await listCompetitions(ctx, { year })).filter((c) => c.kind === 'special' && c.status !== 'archived');
  return {
    year,
    publishedAt: model.resultsPublishedAt.toISOString(),
    awardCall: (await findAwardCall(ctx.db, year)) ?? null,
    competitions: calls.map((c) => ({ id: c.id, name: c.name, year: c.year, status: c.status })),
    clusters: picks.map(publicItems),
  };
}

function reportCardText(year: number, item: Picked['items'][number], publicUrl: string): string {
  const group = clusterGroup(item.cluster);
  const r = item.result;
  return [
    `Indeks Inovasi Daerah ${year} — ${item.regionName} (${item.regionCode})`,
    `Klaster / cluster: ${group.name} / ${group.nameEn}`,
    `Peringkat / rank: ${item.rank}${item.tied ? ' (seri / tied)' : ''}`,
    `IID terverifikasi / verified: ${item.verifiedIid.toFixed(2)} — ${PREDICATE_TEXT[item.predicate]}`,
    `SPD ${r.spd.toFixed(2)} · SID ${r.sid.toFixed(2)} · skor jumlah inovasi / count score ${r.countScore.toFixed(2)} · inovasi / innovations ${r.innovations}`,
    `Rapor / report card: ${publicUrl}/api/index/${year}/results/${item.regionCode}/card.pdf`,
  ].join('\n');
}

/** Sends one cluster's nominees to a competition (the year's award call by default), once each. */
export async function sendNominees(ctx: RequestContext, year: number, input: SendNomineesInput, options: { publicUrl: string }): Promise<SendNomineesResult> {
  const model = await publishedModel(ctx, year);
  let competition: { id: string; name: string };
  if (input.competitionId) {
    const summary = await competitionSummary(ctx.db, input.competitionId);
    if (!summary) throw errors.notFound({ id: 'Kompetisi', en: 'Competition' });
    competition = { id: summary.id, name: summary.name };
  } else {
    competition = await openAwardCall(ctx, year);
  }
  const [picked] = await pickAll(ctx, model, input.n, input.cluster);
  const toSend = picked!.items.filter((i) => !i.sent && i.agencyId);
  const admins = new Map<string, string[]>();
  for (const agencyId of new Set(toSend.map((i) => i.agencyId!))) admins.set(agencyId, await activeUserIdsByRole(ctx.db, ['agency_admin'], [agencyId]));
  const created = await ctx.db.transaction().execute(async (trx) => {
    const claimed = await claimNominations(
      trx,
      toSend.map((i) => ({
        modelId: model.id,
        cluster: i.cluster,
        regionCode: i.regionCode,
        agencyId: i.agencyId!,
        competitionId: competition.id,
        rank: i.rank,
        verifiedIid: i.verifiedIid,
        predicate: i.predicate,
        tied: i.tied,
        nominatedBy: ctx.actor.userId,
        nominatedAt: ctx.now,
      })),
    );
    const entering = toSend.filter((i) => claimed.has(i.regionCode));
    const group = clusterGroup(input.cluster);
    const entries: NominationEntry[] = entering.map((i) => ({
      agencyId: i.agencyId!,
      participantType: i.participantType,
      ownerId: admins.get(i.agencyId!)?.[0] ?? ctx.user!.id,
      groupCode: group.code,
      categoryCode: AWARD_CATEGORY_CODE,
      title: `${i.regionName} — nominasi ${group.name} IID ${year}`,
      answers: { 1: reportCardText(year, i, options.publicUrl) },
      source: { indexYear: year, cluster: i.cluster, rank: i.rank, verifiedIid: i.verifiedIid },
    }));
    const proposals = await enterNominations(trx, ctx.actor, competition.id, entries, ctx.now);
    for (const [k, i] of entering.entries()) {
      await setNominationProposal(trx, claimed.get(i.regionCode)!, proposals[k]!);
      const recipients = (admins.get(i.agencyId!) ?? []).map((userId) => ({ userId }));
      if (recipients.length > 0) {
        await notify(trx, {
          recipients,
          kind: 'index.nominated',
          params: { year, region: i.regionName, cluster: `${group.name} / ${group.nameEn}`, rank: i.rank, competition: competition.name },
          link: `/proposal/${proposals[k]!.id}`,
          publicUrl: options.publicUrl,
        });
      }
    }
    await appendAudit(trx, ctx.actor, {
      action: 'index.nominees.send',
      entityType: 'index_model',
      entityId: model.id,
      after: {
        year,
        cluster: input.cluster,
        n: input.n,
        competitionId: competition.id,
        sent: entering.map((i) => i.regionCode),
        alreadySent: picked!.items.length - entering.length,
      },
    });
    return entering.length;
  });
  const [after] = await pickAll(ctx, model, input.n, input.cluster);
  return { competition, created, alreadySent: after!.items.length - created, cluster: publicItems(after!) };
}

async function nominationView(ctx: RequestContext, row: NominationRow): Promise<NominationView> {
  const model = (await selectModels(ctx.db)).find((m) => m.id === row.modelId)!;
  const summary = await competitionSummary(ctx.db, row.competitionId);
  return {
    id: row.id,
    year: model.year,
    cluster: row.cluster,
    regionCode: row.regionCode,
    regionName: row.regionName,
    rank: row.rank,
    verifiedIid: row.verifiedIid,
    predicate: row.predicate as Predicate,
    tied: row.tied,
    competitionId: row.competitionId,
    competitionName: summary?.name ?? row.competitionId,
    proposalId: row.proposalId,
    proposalNumber: row.proposalNumber,
    nominatedAt: row.nominatedAt.toISOString(),
  };
}

/** One nomination: the index staff, or the nominated region's own staff (404 for anyone else). */
export async function getNomination(ctx: RequestContext, id: string): Promise<NominationView> {
  const row = await selectNomination(ctx.db, id);
  assertMayReadNomination(ctx.user, row);
  return nominationView(ctx, row);
}

/** The caller's own region's nominations (a regional government's staff), newest first. */
export async function ownNominations(ctx: RequestContext): Promise<NominationView[]> {
  const agencyId = ownNominationAgency(ctx.user);
  if (!agencyId) return [];
  const rows = await selectAgencyNominations(ctx.db, agencyId);
  return Promise.all(rows.map((r) => nominationView(ctx, r)));
}
