import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Agent } from '../helpers/agent.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { innovationBody, publishThroughApi } from './catalog-helpers.js';

/**
 * The search cache and a write still in flight (issue #13.6; PostgreSQL pass only — on PGlite one
 * connection serialises every transaction, so no search can run inside a write's window). The
 * search generation is a sequence, visible before the writer commits: a search then must not keep
 * an answer read from the old rows, or it would be served after the commit.
 */
let t: TestApp;
let operator: Agent;
let admin: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const op = await t.signedIn('agency_operator');
  operator = op.agent;
  admin = (await t.signedIn('agency_admin', { agencyId: op.user.agency_id! })).agent;
});
afterAll(() => t.close());

const titles = async (q: string) => ((await t.agent().get(`/api/innovations?q=${encodeURIComponent(q)}`)).json() as { items: { title: string }[] }).items.map((i) => i.title);

it('keeps no answer read while a write is uncommitted, so the committed change shows at once', async () => {
  const id = await publishThroughApi(
    operator,
    admin,
    await innovationBody(t.db, { title: 'Perahu Pustaka Keliling', summary: 'Perpustakaan terapung menyinggahi desa-desa di tepi sungai.' }),
  );
  expect(await titles('perahu pustaka')).toEqual(['Perahu Pustaka Keliling']);

  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let renamed!: () => void;
  const wasRenamed = new Promise<void>((resolve) => (renamed = resolve));
  // The writer: renames the record (bumping the generation at once) and waits before committing.
  const writer = t.db.transaction().execute(async (trx) => {
    await sql`update innovations set title = 'Sampan Pustaka Keliling' where id = ${id}`.execute(trx);
    renamed();
    await released;
  });
  await wasRenamed;
  try {
    // A search meanwhile reads the new generation but the old rows.
    expect(await titles('perahu pustaka')).toEqual(['Perahu Pustaka Keliling']);
  } finally {
    release();
  }
  await writer;
  // After the commit nothing stale is served, with no new write to bump the generation again.
  expect(await titles('perahu pustaka')).not.toContain('Perahu Pustaka Keliling');
  expect(await titles('sampan pustaka')).toEqual(['Sampan Pustaka Keliling']);
});
