import { randomUUID } from 'node:crypto';
import { innovationBody } from '../../../catalog/catalog-helpers.js';
import { ownStaff, ownStaffOrMinistry, type RecordProbe, signedInOnce } from './probe.js';

export const draftInnovation: RecordProbe = {
  record: 'a draft innovation (catalog policy)',
  create: async (t, agencyId) => {
    const operator = await signedInOnce(t, 'agency_operator', agencyId);
    const created = await operator.post('/api/innovations', await innovationBody(t.db, { title: `Inovasi Matriks ${randomUUID().slice(0, 8)}` }));
    if (created.statusCode !== 201) throw new Error(`probe could not create an innovation: ${created.body}`);
    return { id: created.json().innovation.id as string };
  },
  routes: [
    // A draft is visible only to its own agency's staff and the ministry; to anyone else it does not exist.
    { method: 'GET', url: '/api/innovations/:id', request: (r) => ({ url: `/api/innovations/${r.id}` }), expect: ownStaffOrMinistry },
    { method: 'GET', url: '/api/innovations/:id/versions', request: (r) => ({ url: `/api/innovations/${r.id}/versions` }), expect: ownStaffOrMinistry },
    {
      method: 'PATCH',
      url: '/api/innovations/:id',
      request: (r) => ({ url: `/api/innovations/${r.id}`, body: { stakeholders: 'Dinas Kesehatan dan kader (diperbarui)' } }),
      expect: ownStaff,
    },
  ],
};
