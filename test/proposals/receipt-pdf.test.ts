import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import type { TestApp } from '../helpers/test-app.js';
import { agencyTeam, openCall, proposalsTestApp, readyProposal, startProposal } from './setup.js';

/** Issue #20.6: a printable PDF receipt of a submission, for the same readers as the receipt. */
let t: TestApp;
let admin: Agent;
beforeAll(async () => ({ t, admin } = await proposalsTestApp()));
afterAll(() => t.close());

it('serves a one-page PDF receipt of a submitted proposal to its agency and the ministry, and nothing to others', async () => {
  const call = await openCall(admin);
  const team = await agencyTeam(t);
  const p = await readyProposal(t, team.operator, call, team.agency.id);
  const draft = await startProposal(t, team.operator, call, team.agency.id, 1);
  expect((await team.operator.get(`/api/proposals/${draft.id}/receipt.pdf`)).statusCode).toBe(404);
  expect((await team.coordinator.post(`/api/proposals/${p.id}/submit`)).statusCode).toBe(200);

  for (const reader of [team.operator, team.coordinator, admin]) {
    const pdf = await reader.get(`/api/proposals/${p.id}/receipt.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`tanda-terima-${p.number.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`);
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Page dictionaries are not compressed by pdfkit: exactly one page.
    expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  }

  const stranger = await agencyTeam(t);
  expect((await stranger.operator.get(`/api/proposals/${p.id}/receipt.pdf`)).statusCode).toBe(404);
  expect((await t.agent().get(`/api/proposals/${p.id}/receipt.pdf`)).statusCode).toBe(401);
});
