import { randomUUID } from 'node:crypto';
import { buildUser } from '../../../helpers/factories.js';
import type { Outcome, Who } from '../matrix.js';
import type { RecordProbe, Where } from './probe.js';

/** users policy: the ministry manages everyone; an Admin Lokal only its own agency's operators. */
const usersManage = (who: Who, where: Where): Outcome => (who === 'ministry_admin' || (who === 'agency_admin' && where === 'own') ? 'allow' : 'hidden');

export const operatorAccount: RecordProbe = {
  record: "an agency operator's account (users policy)",
  // Not yet activated (no password): the account an invitation may be sent again to.
  create: async (t, agencyId) => ({ id: (await buildUser(t.db, { role: 'agency_operator', agencyId, password: null })).id }),
  routes: [
    { method: 'PATCH', url: '/api/users/:id', request: (r) => ({ url: `/api/users/${r.id}`, body: { name: 'Nama Uji Matriks' } }), expect: usersManage },
    { method: 'POST', url: '/api/users/:id/invite', request: (r) => ({ url: `/api/users/${r.id}/invite` }), expect: usersManage },
    {
      method: 'POST',
      url: '/api/users',
      request: (r) => ({
        url: '/api/users',
        body: { email: `matriks.${randomUUID().slice(0, 8)}@uji.test`, name: 'Operator Matriks', role: 'agency_operator', agencyId: r.agencyId },
      }),
      // Creating an operator in another agency is refused outright (the agency is no secret).
      expect: (who, where) => (who === 'ministry_admin' || (who === 'agency_admin' && where === 'own') ? 'allow' : 'forbidden'),
    },
  ],
};

export const activeOperatorAccount: RecordProbe = {
  record: "an agency operator's active account (users policy)",
  create: async (t, agencyId) => ({ id: (await buildUser(t.db, { role: 'agency_operator', agencyId })).id }),
  routes: [{ method: 'POST', url: '/api/users/:id/password-reset', request: (r) => ({ url: `/api/users/${r.id}/password-reset` }), expect: usersManage }],
};
