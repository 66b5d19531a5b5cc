import { GOVERNMENT_KINDS, type SuggestionList, type SuggestionsQuery } from '../../../common/matchmaking.js';
import type { Db } from '../../db/types.js';
import { errors } from '../../http/errors.js';
import type { RequestContext } from '../../http/request-context.js';
import { findAgency } from '../agencies/service.js';
import { categoriesFor } from '../catalog/categories-service.js';
import { problemCandidates, problemLexemes, suggestionFacts } from '../catalog/problem-match-service.js';
import { fieldError } from '../replication/context.js';
import { regionTraits } from '../regions/service.js';
import { matchViewer } from './context.js';
import { countWords, poolWords, weighWords } from './domain/problem-words.js';
import { type AdopterProfile, type GovernmentKind, isSuggestible, rankCandidates } from './domain/ranking.js';
import { mayActFor } from './policy.js';

/** How many records the rarer words bring in to be scored on every word of the problem. */
export const TEXT_POOL = 250;
/** How many of those, the closest to the problem, are ranked on their facts. */
export const CANDIDATE_POOL = 40;

/** Checks the problem text: not empty, at least two words. */
export function checkProblem(problem: string): void {
  if (countWords(problem) < 2) {
    throw fieldError('problem', { id: 'terlalu singkat: jelaskan masalahnya dalam beberapa kata', en: 'is too short: describe the problem in a few words' }, 'PROBLEM_TOO_SHORT');
  }
}

async function categoryIdOf(db: Db, code: string | undefined): Promise<number | undefined> {
  if (code === undefined) return undefined;
  const found = (await categoriesFor(db, false)).find((c) => c.code === code);
  if (!found) throw fieldError('category', { id: `tidak dikenal: '${code}'`, en: `is unknown: '${code}'` }, 'UNKNOWN_CATEGORY');
  return found.id;
}

/** The adopter's kind of government, 3T mark and province, overridden by what the caller states. */
async function adopterProfile(db: Db, agencyId: string | null, q: Pick<SuggestionsQuery, 'regionKind' | 'remote'>): Promise<AdopterProfile & { ownPlace: string }> {
  const agency = agencyId ? await findAgency(db, agencyId) : undefined;
  const region = agency?.regionCode ? await regionTraits(db, agency.regionCode) : undefined;
  const ownKind = agency && (GOVERNMENT_KINDS as readonly string[]).includes(agency.type) ? (agency.type as GovernmentKind) : null;
  return {
    ownPlace: agency ? `${agency.name} ${agency.regionName ?? ''}` : '',
    kind: q.regionKind ?? ownKind,
    remote: q.remote !== undefined ? q.remote === 'true' : (region?.is3t ?? null),
    provinceCode: agency?.provinceCode ?? null,
  };
}

/**
 * Problem-first suggestions: source innovations ranked by the relevance of their narratives to
 * the problem, proven results, proven transferability and fit, each with its reasons.
 */
export async function suggestSolutions(ctx: RequestContext, q: SuggestionsQuery): Promise<SuggestionList> {
  const viewer = await matchViewer(ctx);
  checkProblem(q.problem);
  const categoryId = await categoryIdOf(ctx.db, q.category);
  let adopterAgencyId = viewer.user.agencyId;
  if (q.adopterAgencyId && q.adopterAgencyId !== adopterAgencyId) {
    // Acting for another agency: the ministry, or a coordinator for its hubs' agencies; others see no such agency.
    if (!mayActFor(viewer, await findAgency(ctx.db, q.adopterAgencyId))) throw errors.notFound({ id: 'Instansi', en: 'Agency' });
    adopterAgencyId = q.adopterAgencyId;
  }
  const adopter = await adopterProfile(ctx.db, adopterAgencyId, q);
  const includeStopped = q.includeStopped === 'true';
  const words = weighWords(await problemLexemes(ctx.db, q.problem, adopter.ownPlace));
  const candidates = await problemCandidates(
    ctx.db,
    { pool: poolWords(words), rank: words },
    { includeStopped, categoryId, sdg: q.sdg, excludeAgencyId: adopterAgencyId ?? undefined },
    TEXT_POOL,
    CANDIDATE_POOL,
  );
  const facts = new Map(
    (
      await suggestionFacts(
        ctx.db,
        candidates.map((c) => c.id),
      )
    ).map((f) => [f.id, f]),
  );
  const inputs = candidates.flatMap((c) => {
    const f = facts.get(c.id);
    if (!f || !isSuggestible(f, { includeStopped })) return [];
    return [
      {
        id: c.id,
        textScore: c.score,
        agencyType: f.agency_type,
        provinceCode: f.province_code,
        provinceName: f.province_name,
        regionIs3t: f.region_is_3t,
        yearStarted: f.year_started,
        status: f.status,
        statusConfirmedAt: f.status_confirmed_at,
        awards: f.awards,
        replications: f.replications,
      },
    ];
  });
  const matchedBy = new Map(candidates.map((c) => [c.id, c.words]));
  const ranked = rankCandidates(inputs, adopter, ctx.now).slice(0, q.limit);
  return {
    adopterAgencyId,
    words: words.map((w) => w.lexeme),
    items: ranked.map((r) => {
      const f = facts.get(r.id)!;
      return {
        innovationId: f.id,
        title: f.title,
        summary: f.summary,
        agencyId: f.agency_id,
        agencyName: f.agency_name,
        regionName: f.region_name,
        provinceName: f.province_name,
        categoryName: f.category_name,
        yearStarted: f.year_started,
        status: f.status,
        score: Math.round(r.score * 1000) / 1000,
        matchedWords: matchedBy.get(r.id) ?? [],
        reasons: r.reasons,
      };
    }),
  };
}
