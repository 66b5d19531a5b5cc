import { expect, it } from 'vitest';
import { type MentorCandidate, rankMentors } from './mentors.js';

const base: MentorCandidate = { id: 'm', active: true, hubId: 'h1', expertise: [], activeCases: 0, maxActiveCases: 3, completed: 0, stopped: 0 };

it('prefers expertise and the same hub, weighs load and past outcomes, and skips full or inactive mentors', () => {
  const ranked = rankMentors(
    [
      { ...base, id: 'other-hub-expert', hubId: 'h2', expertise: [4] },
      { ...base, id: 'hub-expert', expertise: [4], activeCases: 1, completed: 3, stopped: 1 },
      { ...base, id: 'hub-only' },
      { ...base, id: 'full', expertise: [4], activeCases: 3 },
      { ...base, id: 'inactive', expertise: [4], active: false },
    ],
    { categoryId: 4, hubId: 'h1' },
  );
  expect(ranked.map((m) => m.id)).toEqual(['hub-expert', 'other-hub-expert', 'hub-only']);
  expect(ranked[0]!.reasons.map((r) => r.id)).toEqual(['ahli di kategori ini', 'dari hub yang sama', 'mendampingi 1 dari 3 kasus', '3 dari 4 kasus selesai']);
});
