import { randomUUID } from 'node:crypto';
import { competitionBody } from '../../../competitions/fixtures.js';
import type { RecordProbe } from './probe.js';
import { signedInOnce } from './probe.js';

/**
 * competitions policy (src/server/modules/competitions/policy.ts): a call the ministry is still
 * configuring exists for the ministry alone; to anyone else — signed in or not — it does not
 * exist, so nobody can read or enter it. A call belongs to no agency: own and other answer alike.
 */
export const draftCompetition: RecordProbe = {
  record: 'a draft competition (competitions policy)',
  create: async (t) => {
    const created = await (await signedInOnce(t, 'ministry_admin')).post('/api/competitions', competitionBody());
    if (created.statusCode !== 201) throw new Error(`probe could not create a competition: ${created.body}`);
    const call = created.json();
    return { id: call.id as string, refs: { groupId: call.groups[0].id, categoryId: call.categories[0].id } };
  },
  routes: [
    {
      method: 'GET',
      url: '/api/competitions/:competitionId',
      request: (r) => ({ url: `/api/competitions/${r.id}` }),
      expect: (who) => (who === 'ministry_admin' ? 'allow' : 'hidden'),
    },
    {
      method: 'POST',
      url: '/api/proposals',
      // The innovation is never looked at: the call is refused first.
      request: (r) => ({ url: '/api/proposals', body: { competitionId: r.id, groupId: r.refs.groupId, categoryId: r.refs.categoryId, innovationId: randomUUID() } }),
      expect: () => 'hidden',
    },
  ],
};
