import { randomUUID } from 'node:crypto';
import { AGENCY_TYPES } from '../../../src/common/agency-types.js';
import type { Role } from '../../../src/common/roles.js';
import { innovationBody } from '../../catalog/catalog-helpers.js';
import { publishedCompetition } from '../../competitions/fixtures.js';
import { buildInnovation } from '../../proposals/factories.js';
import { buildUser } from '../../helpers/factories.js';
import type { TestApp } from '../../helpers/test-app.js';
import type { Outcome, Who } from './matrix.js';

/**
 * Record-level rules (module policies) stated as expectations: a record is put in the caller's
 * own agency or in another agency, and each route that addresses it must answer as stated. Add a
 * probe here when a module's policy scopes records by agency; `docs/SECURITY.md` shows it.
 */
export type Where = 'own' | 'other';

export interface ProbeRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  /** The request against the record (and the agency it lives in). */
  request(record: { id: string; agencyId: string }): { url: string; body?: unknown };
  /** Expected outcome for a caller the permission table lets in. */
  expect(who: Who, where: Where): Outcome;
}

export interface RecordProbe {
  record: string;
  /** Creates the record inside `agencyId`; returns its id. */
  create(t: TestApp, agencyId: string): Promise<string>;
  routes: ProbeRoute[];
}

const STAFF: readonly Who[] = ['agency_admin', 'agency_operator'];
const ownStaffOrMinistry = (who: Who, where: Where): Outcome => (who === 'ministry_admin' || (STAFF.includes(who) && where === 'own') ? 'allow' : 'hidden');

/** users policy: the ministry manages everyone; an Admin Lokal only its own agency's operators. */
const usersManage = (who: Who, where: Where): Outcome => (who === 'ministry_admin' || (who === 'agency_admin' && where === 'own') ? 'allow' : 'hidden');

export const RECORD_PROBES: readonly RecordProbe[] = [
  {
    record: "an agency operator's account (users policy)",
    create: async (t, agencyId) => (await buildUser(t.db, { role: 'agency_operator', agencyId })).id,
    routes: [
      { method: 'PATCH', url: '/api/users/:id', request: (r) => ({ url: `/api/users/${r.id}`, body: { name: 'Nama Uji Matriks' } }), expect: usersManage },
      { method: 'POST', url: '/api/users/:id/invite', request: (r) => ({ url: `/api/users/${r.id}/invite` }), expect: usersManage },
      {
        method: 'POST',
        url: '/api/users',
        request: (r) => ({ url: '/api/users', body: { email: `matriks.${randomUUID().slice(0, 8)}@uji.test`, name: 'Operator Matriks', role: 'agency_operator', agencyId: r.agencyId } }),
        // Creating an operator in another agency is refused outright (the agency is no secret).
        expect: (who, where) => (who === 'ministry_admin' || (who === 'agency_admin' && where === 'own') ? 'allow' : 'forbidden'),
      },
    ],
  },
  {
    record: 'a draft innovation (catalog policy)',
    create: async (t, agencyId) => {
      const { agent } = await t.signedIn('agency_operator', { agencyId });
      const created = await agent.post('/api/innovations', await innovationBody(t.db, { title: `Inovasi Matriks ${randomUUID().slice(0, 8)}` }));
      if (created.statusCode !== 201) throw new Error(`probe could not create an innovation: ${created.body}`);
      return created.json().innovation.id as string;
    },
    routes: [
      // A draft is visible only to its own agency's staff and the ministry; to anyone else it does not exist.
      { method: 'GET', url: '/api/innovations/:id', request: (r) => ({ url: `/api/innovations/${r.id}` }), expect: ownStaffOrMinistry },
      { method: 'GET', url: '/api/innovations/:id/versions', request: (r) => ({ url: `/api/innovations/${r.id}/versions` }), expect: ownStaffOrMinistry },
      {
        method: 'PATCH',
        url: '/api/innovations/:id',
        request: (r) => ({ url: `/api/innovations/${r.id}`, body: { stakeholders: 'Dinas Kesehatan dan kader (diperbarui)' } }),
        expect: (who, where) => (STAFF.includes(who) && where === 'own' ? 'allow' : 'hidden'),
      },
    ],
  },
  {
    record: 'a draft proposal (proposals policy)',
    create: async (t, agencyId) => {
      const admin = (await t.signedIn('ministry_admin')).agent;
      const call = await publishedCompetition(admin, { participantTypes: [...AGENCY_TYPES] });
      const innovation = await buildInnovation(t.db, { agencyId });
      const { agent } = await t.signedIn('agency_operator', { agencyId });
      const created = await agent.post('/api/proposals', { competitionId: call.id, groupId: call.groups[0].id, categoryId: call.categories[0].id, innovationId: innovation.id });
      if (created.statusCode !== 201) throw new Error(`probe could not start a proposal: ${created.body}`);
      return created.json().id as string;
    },
    routes: [
      // A draft belongs to its agency's staff; another agency, a citizen and even the ministry do not see it.
      { method: 'GET', url: '/api/proposals/:proposalId', request: (r) => ({ url: `/api/proposals/${r.id}` }), expect: (who, where) => (STAFF.includes(who) && where === 'own' ? 'allow' : 'hidden') },
    ],
  },
];

/** Roles whose accounts belong to an agency: for them "own agency" is a real distinction. */
export const AGENCY_MEMBER_ROLES: readonly Role[] = ['agency_admin', 'agency_operator', 'hub_coordinator', 'mentor'];
