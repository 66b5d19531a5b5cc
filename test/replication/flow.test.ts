import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmedReplicationsOf } from '../../src/server/modules/catalog/replications-service.js';
import { buildInnovation } from '../helpers/factories-catalog.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { buildNetwork, caseInProgress, type Network, ok, REQUEST } from './fixtures.js';

let t: TestApp;
let n: Network;

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(async () => t.close());

describe('a replication case from request to outcome', () => {
  it('walks every state, audits each transition and records the replication in the catalog', async () => {
    const requested = ok<{ id: string; state: string; hub: { id: string } | null; can: { accept: boolean } }>(
      await n.adopterOperator.post('/api/replications', { sourceInnovationId: n.sourceId, ...REQUEST }),
      201,
    );
    expect(requested.state).toBe('requested');
    expect(requested.hub?.id).toBe(n.jatimHubId);
    expect(requested.can.accept).toBe(false);

    // The origin agency's staff, who accept or decline, are told in the request's transaction; the adopter is not.
    type Bell = { items: { kind: string; body: string; link: string | null }[] };
    const originBell = ok<Bell>(await n.originAdmin.get('/api/notifications')).items.filter((i) => i.kind === 'replication.request');
    expect(originBell).toEqual([
      expect.objectContaining({ body: expect.stringContaining('ingin mereplikasi inovasi "Antrean Puskesmas Daring Uji"'), link: `/replikasi/${requested.id}` }),
    ]);
    expect(ok<Bell>(await n.adopterOperator.get('/api/notifications')).items.filter((i) => i.kind === 'replication.request')).toHaveLength(0);

    const originView = ok<{ can: { accept: boolean; decline: boolean } }>(await n.originAdmin.get(`/api/replications/${requested.id}`));
    expect(originView.can).toMatchObject({ accept: true, decline: true });
    expect(ok<{ state: string }>(await n.originAdmin.post(`/api/replications/${requested.id}/accept`, { reason: 'Senang berbagi' })).state).toBe('accepted');
    expect(ok<{ state: string; mentor: { id: string } }>(await n.hub.post(`/api/replications/${requested.id}/mentor`, { mentorId: n.mentorId })).state).toBe('mentor_assigned');
    expect(
      ok<{ state: string }>(await n.adopterOperator.post(`/api/replications/${requested.id}/agreement`, { number: 'PKS/007/2026', date: '2026-02-01', document: 'pks-007.pdf' }))
        .state,
    ).toBe('agreed');

    const started = ok<{ state: string; milestones: { kind: string; dueOn: string }[] }>(await n.adopterOperator.post(`/api/replications/${requested.id}/start`, {}));
    expect(started.state).toBe('in_progress');
    expect(started.milestones.map((m) => [m.kind, m.dueOn])).toEqual([
      ['plan', '2026-05-01'],
      ['trial', '2026-08-01'],
      ['implementation', '2026-11-01'],
      ['evaluation', '2027-02-01'],
    ]);

    // The mentor sees the case, logs a visit and completes the first milestone.
    const mentorCase = ok<{ milestones: { id: string }[]; can: { log: boolean; markMilestone: boolean; complete: boolean } }>(
      await n.mentor.get(`/api/replications/${requested.id}`),
    );
    expect(mentorCase.can).toMatchObject({ log: true, markMilestone: true, complete: false });
    ok(await n.mentor.post(`/api/replications/${requested.id}/logs`, { heldOn: '2026-03-10', mode: 'visit', notes: 'Kunjungan lapangan ke tiga puskesmas.' }));
    const done = ok<{ milestones: { doneAt: string | null }[]; lastLogOn: string }>(
      await n.mentor.post(`/api/replications/${requested.id}/milestones/${mentorCase.milestones[0]!.id}/done`),
    );
    expect(done.milestones[0]!.doneAt).not.toBeNull();
    expect(done.lastLogOn).toBe('2026-03-10');

    ok(
      await n.adopterOperator.request('PUT', `/api/replications/${requested.id}/indicators`, {
        body: { indicators: [{ name: 'Waktu tunggu', unit: 'menit', baseline: 150, followUp: 40 }] },
      }),
    );
    const completed = ok<{ state: string; outcome: string; adopterInnovationId: string; timeline: { action: string }[] }>(
      await n.adopterOperator.post(`/api/replications/${requested.id}/complete`, { outcome: 'adapted' }),
    );
    expect(completed.state).toBe('completed');
    expect(completed.timeline.map((e) => e.action)).toEqual(['request', 'accept', 'assign_mentor', 'agree', 'start', 'log', 'milestone_done', 'indicators', 'complete']);

    // The adopter's draft was created from the source, and the catalog records the replication.
    const replica = await t.db.selectFrom('innovations').select(['agency_id', 'title', 'workflow_state']).where('id', '=', completed.adopterInnovationId).executeTakeFirstOrThrow();
    expect(replica).toMatchObject({ agency_id: n.adopter.id, title: 'Antrean Puskesmas Daring Uji', workflow_state: 'draft' });
    const register = await t.db.selectFrom('innovation_replications').selectAll().where('innovation_id', '=', n.sourceId).execute();
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({ adopter_agency_id: n.adopter.id, replica_innovation_id: completed.adopterInnovationId, region_code: '35.10' });

    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', requested.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual([
      'replication.request',
      'replication.accept',
      'replication.assign_mentor',
      'replication.agree',
      'replication.start',
      'replication.log',
      'replication.milestone_done',
      'replication.indicators',
      'replication.complete',
    ]);
    expect(await t.db.selectFrom('audit_log').select('action').where('action', '=', 'innovation.replication').where('entity_id', '=', n.sourceId).execute()).toHaveLength(1);

    // The public record shows the lineage; the national flows count it.
    const lineage = ok<{ nodes: { id: string; title: string | null; generation: number }[]; edges: { from: string; to: string }[] }>(
      await t.agent().get(`/api/innovations/${n.sourceId}/lineage`),
    );
    expect(lineage.nodes.map((x) => [x.id, x.generation])).toEqual([
      [n.sourceId, 0],
      [completed.adopterInnovationId, 1],
    ]);
    expect(lineage.nodes[1]!.title).toBeNull(); // a draft shows only its agency
    expect(lineage.edges).toEqual([expect.objectContaining({ from: n.sourceId, to: completed.adopterInnovationId })]);
    const flows = ok<{ flows: { from: { code: string }; to: { code: string }; count: number }[] }>(await t.agent().get('/api/replications/flows'));
    expect(flows.flows).toEqual([expect.objectContaining({ from: expect.objectContaining({ code: '35' }), to: expect.objectContaining({ code: '35' }), count: 1 })]);
  });

  it('links an existing record of the adopter instead of creating one, and records the pair once', async () => {
    const id = await caseInProgress(n);
    const own = await buildInnovation(t.db, {
      agencyId: n.adopter.id,
      regionCode: '35.10',
      title: 'Antrean Daring Banyuwangi',
      summary: 'Versi adaptasi antrean daring untuk kabupaten.',
      startDate: '2026-01-20',
      categoryId: 1,
      sdgs: [3],
      workflowState: 'draft',
    });
    const done = ok<{ adopterInnovationId: string }>(await n.adopterOperator.post(`/api/replications/${id}/complete`, { outcome: 'replicated', adopterInnovationId: own.id }));
    expect(done.adopterInnovationId).toBe(own.id);
    // Same source and adopter as the first test: the register keeps one row for the pair.
    expect(await t.db.selectFrom('innovation_replications').select('id').where('innovation_id', '=', n.sourceId).execute()).toHaveLength(1);
    // The eligibility read model sees the confirmed replication with the source's awards.
    await t.db.insertInto('innovation_awards').values({ innovation_id: n.sourceId, level: 'top_99', year: 2021, label: 'Top 99 KIPP 2021' }).execute();
    expect(await confirmedReplicationsOf(t.db, n.adopter.id)).toEqual([
      expect.objectContaining({ sourceInnovationId: n.sourceId, sourceAwards: [{ level: 'top_99', year: 2021 }] }),
    ]);
  });
});
