import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import type { TestApp } from '../helpers/test-app.js';
import { agencyTeam, proposalsTestApp } from './setup.js';

/**
 * Issue #12, races as a class: a proposal started with "register the innovation on the way"
 * creates the catalog record before the proposal's own transaction checks the cap under its lock.
 * Twenty such starts at once for the last place: one proposal, and no stray catalog records.
 */
let t: TestApp;
let call: any;
beforeAll(async () => ({ t, call } = await proposalsTestApp({ withOpenCall: true })));
afterAll(() => t.close());

it('20 concurrent starts with a new innovation for a cap of one leave one proposal and one innovation', async () => {
  const team = await agencyTeam(t);
  const category = await t.db
    .insertInto('innovation_categories')
    .values({ code: 'balapan_uji', name_id: 'Balapan uji', name_en: 'Race test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const start = (agent: Agent, i: number) =>
    agent.post('/api/proposals', {
      competitionId: call.id,
      groupId: call.groups[1].id, // cap 1 per agency
      categoryId: call.categories[0].id,
      newInnovation: {
        title: `Perahu Sekolah Serentak ${i}`,
        summary: 'Perahu sekolah yang mendatangi anak-anak di bantaran sungai setiap pagi.',
        regionCode: '35.78',
        startDate: '2020-07-01',
        categoryId: category.id,
        sdgs: [4],
      },
    });
  const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => start(team.operator, i)));
  expect(responses.every((r) => r.statusCode < 500)).toBe(true);
  expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
  const proposals = await t.db.selectFrom('proposals').select('innovation_id').where('agency_id', '=', team.agency.id).execute();
  expect(proposals).toHaveLength(1);
  const innovations = await t.db.selectFrom('innovations').select('id').where('agency_id', '=', team.agency.id).execute();
  expect(innovations.map((i) => i.id)).toEqual([proposals[0]!.innovation_id]);
});
