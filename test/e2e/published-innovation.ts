import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts.js';
import { HttpClient } from '../../scripts/robustness/lib/http-client.js';
import { baseUrl } from './browser.js';

/** An API client signed in as a demo account of the running test server. */
export async function signedInClient(email: string): Promise<HttpClient> {
  const c = new HttpClient(baseUrl());
  await c.signIn(email, DEMO_PASSWORD);
  return c;
}

/**
 * Registers, submits and publishes a complete innovation profile of the Surabaya demo agency
 * through the API (as test/catalog/catalog-helpers.ts does in-process), for browser tests that
 * need a record with particular text on the public pages. Returns its id.
 */
export async function publishInnovation(text: { title: string; summary: string }): Promise<string> {
  const operator = await signedInClient('operator.surabaya@simpul.test');
  const categories = await operator.request('GET', '/api/innovation-categories');
  const categoryId = (categories.json.items ?? categories.json)[0].id;
  const created = await operator.request('POST', '/api/innovations', {
    ...text,
    unitName: 'Dinas Kesehatan',
    regionCode: '35.78',
    problem: 'Antrean pagi di puskesmas mencapai tiga jam dan warga lanjut usia kelelahan.',
    approach: 'Nomor antrean daring terhubung dengan pesan pengingat dan papan antrean.',
    implementationSteps: 'Uji coba di tiga puskesmas, pelatihan petugas, lalu perluasan ke seluruh kota.',
    results: 'Waktu tunggu turun dari 180 menit menjadi 25 menit.',
    stakeholders: 'Dinas Kesehatan, Diskominfo, kader kesehatan',
    resources: 'Server Diskominfo dan dua pengembang',
    budgetSource: 'apbd',
    sustainability: 'Diatur dalam Peraturan Wali Kota.',
    replicationPotential: 'Dapat diterapkan di puskesmas mana pun.',
    beneficiaries: 120000,
    startDate: '2019-03-01',
    digital: true,
    form: 'public_service',
    categoryId,
    sdgs: [3, 10],
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const id: string = created.json.innovation.id;
  const submitted = await operator.request('POST', `/api/innovations/${id}/submit`);
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
  const coordinator = await signedInClient('admin.surabaya@simpul.test');
  const approved = await coordinator.request('POST', `/api/innovations/${id}/approve`, {});
  expect(approved.status, JSON.stringify(approved.json)).toBe(200);
  return id;
}
