import type { MentorSuggestionList } from '../../../common/matchmaking.js';
import type { RequestContext } from '../../http/request-context.js';
import { getCase } from '../replication/cases-read-service.js';
import { listMentors, mentorOutcomes } from '../replication/mentors-service.js';
import { rankMentors } from './domain/mentors.js';

/**
 * Mentor suggestions for a replication case. The case is read through the replication module
 * (its policy: a case the caller may not see is a 404); mentors and their past outcomes too.
 */
export async function suggestMentors(ctx: RequestContext, caseId: string): Promise<MentorSuggestionList> {
  const c = await getCase(ctx, caseId);
  const [mentors, outcomes] = await Promise.all([listMentors(ctx), mentorOutcomes(ctx)]);
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const ranked = rankMentors(
    mentors.map((m) => ({
      id: m.id,
      active: m.active,
      hubId: m.hub?.id ?? null,
      expertise: m.expertise,
      activeCases: m.activeCases,
      maxActiveCases: m.maxActiveCases,
      ...(outcomes.get(m.id) ?? { completed: 0, stopped: 0 }),
    })),
    { categoryId: c.categoryId, hubId: c.hub?.id ?? null },
  );
  return {
    caseId: c.id,
    items: ranked.slice(0, 10).map((r) => {
      const m = byId.get(r.id)!;
      return {
        mentorId: m.id,
        name: m.user.name,
        university: m.university.name,
        hub: m.hub?.name ?? null,
        activeCases: m.activeCases,
        maxActiveCases: m.maxActiveCases,
        score: Math.round(r.score * 1000) / 1000,
        reasons: r.reasons,
      };
    }),
  };
}
