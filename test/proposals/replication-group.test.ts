import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/audit/audit-log.js';
import { recordReplication } from '../../src/server/modules/catalog/replications-service.js';
import type { Agent } from '../helpers/agent.js';
import { buildAgency } from '../helpers/factories.js';
import { refusedWithoutWrites } from '../helpers/refusals.js';
import type { TestApp } from '../helpers/test-app.js';
import { buildInnovation } from '../helpers/factories-catalog.js';
import { agencyTeam, openCall, proposalsTestApp } from './setup.js';

/** The KIPP "replikasi" group (issue #14 point 6): only confirmed replications of an award-winning innovation enter. */
let t: TestApp;
let admin: Agent;
let call: any;
beforeAll(async () => {
  ({ t, admin } = await proposalsTestApp());
  call = await openCall(admin, {
    groups: [
      { code: 'umum', name: 'Umum', minInnovationAgeMonths: 0 },
      { code: 'replikasi', name: 'Replikasi', minInnovationAgeMonths: 0, requiresReplication: true },
    ],
  });
});
afterAll(() => t.close());

const start = (agent: Agent, innovationId: string, group: number, headers: Record<string, string> = {}) =>
  agent.request('POST', '/api/proposals', { body: { competitionId: call.id, groupId: call.groups[group].id, categoryId: call.categories[0].id, innovationId }, headers });

async function confirm(sourceId: string, adopterAgencyId: string, replicaId: string | null) {
  await t.db
    .transaction()
    .execute((trx) =>
      recordReplication(trx, SYSTEM_ACTOR, { sourceInnovationId: sourceId, adopterAgencyId, replicaInnovationId: replicaId, regionCode: null, startedOn: '2025-01-10' }),
    );
}

describe('a group that requires a confirmed replication', () => {
  it('is configured on the group and shown in the call', () => {
    expect(call.groups.map((g: any) => [g.code, g.requiresReplication])).toEqual([
      ['umum', false],
      ['replikasi', true],
    ]);
  });

  it('refuses an innovation that is not a confirmed replica, in both languages, writing nothing; the general group takes it', async () => {
    const team = await agencyTeam(t);
    const own = await buildInnovation(t.db, { agencyId: team.agency.id });
    const error = await refusedWithoutWrites(t.db, () => start(team.operator, own.id, 1), 422, 'REPLICATION_REQUIRED');
    expect(error.message).toContain('hanya untuk inovasi hasil replikasi yang terkonfirmasi');
    const english = await start(team.operator, own.id, 1, { 'accept-language': 'en' });
    expect(english.json().error.message).toContain('only accepts confirmed replications');
    expect((await start(team.operator, own.id, 0)).statusCode).toBe(201);
  });

  it('refuses a replication the agency recorded without linking this innovation, and one of a source without an award', async () => {
    const team = await agencyTeam(t);
    const origin = await buildAgency(t.db, { type: 'kota', regionCode: '35.78' });
    const plain = await buildInnovation(t.db, { agencyId: origin.id });
    const replica = await buildInnovation(t.db, { agencyId: team.agency.id });
    // The agency replicated something, but not as this record: still refused.
    const awarded = await buildInnovation(t.db, { agencyId: origin.id, awards: [{ level: 'top_99', year: 2022 }] });
    await confirm(awarded.id, team.agency.id, null);
    await refusedWithoutWrites(t.db, () => start(team.operator, replica.id, 1), 422, 'REPLICATION_REQUIRED');
    await confirm(plain.id, team.agency.id, replica.id);
    const error = await refusedWithoutWrites(t.db, () => start(team.operator, replica.id, 1), 422, 'REPLICATION_SOURCE_NOT_AWARDED');
    expect(error.message).toContain('pernah meraih penghargaan');
  });

  it('accepts a confirmed replica of an award-winning innovation, and checks again when a proposal moves into the group', async () => {
    const team = await agencyTeam(t);
    const origin = await buildAgency(t.db, { type: 'kota', regionCode: '73.71' });
    const source = await buildInnovation(t.db, { agencyId: origin.id, awards: [{ level: 'top_99', year: 2021 }] });
    const replica = await buildInnovation(t.db, { agencyId: team.agency.id });
    await confirm(source.id, team.agency.id, replica.id);
    expect((await start(team.operator, replica.id, 1)).statusCode).toBe(201);

    const other = await buildInnovation(t.db, { agencyId: team.agency.id });
    const draft = (await start(team.operator, other.id, 0)).json();
    await refusedWithoutWrites(
      t.db,
      () => team.operator.request('PATCH', `/api/proposals/${draft.id}`, { body: { baseVersion: draft.version, groupId: call.groups[1].id } }),
      422,
      'REPLICATION_REQUIRED',
    );
  });
});
