import type { Text } from './ranking.js';

/**
 * Mentor suggestions for a replication case, pure: expertise in the case's category, the same
 * hub (hubs are per province), room under the cap, and how past cases ended. Inactive mentors
 * and mentors at their cap are not suggested.
 */
export interface MentorCandidate {
  id: string;
  active: boolean;
  hubId: string | null;
  expertise: readonly number[];
  activeCases: number;
  maxActiveCases: number;
  completed: number;
  stopped: number;
}

export interface CaseNeeds {
  categoryId: number;
  hubId: string | null;
}

export interface RankedMentor {
  id: string;
  score: number;
  reasons: Text[];
}

export function rankMentors(mentors: readonly MentorCandidate[], need: CaseNeeds): RankedMentor[] {
  return mentors
    .filter((m) => m.active && m.activeCases < m.maxActiveCases)
    .map((m) => {
      const reasons: Text[] = [];
      const expert = m.expertise.includes(need.categoryId);
      const sameHub = need.hubId !== null && m.hubId === need.hubId;
      if (expert) reasons.push({ id: 'ahli di kategori ini', en: 'expert in this category' });
      if (sameHub) reasons.push({ id: 'dari hub yang sama', en: 'from the same hub' });
      const room = m.maxActiveCases - m.activeCases;
      reasons.push({ id: `mendampingi ${m.activeCases} dari ${m.maxActiveCases} kasus`, en: `mentoring ${m.activeCases} of ${m.maxActiveCases} cases` });
      const closed = m.completed + m.stopped;
      if (closed) reasons.push({ id: `${m.completed} dari ${closed} kasus selesai`, en: `${m.completed} of ${closed} cases completed` });
      const score = (expert ? 0.4 : 0) + (sameHub ? 0.3 : 0) + 0.15 * (room / m.maxActiveCases) + 0.15 * (closed ? m.completed / closed : 0.5);
      return { id: m.id, score, reasons };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
