import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/factories.js';
import { createTestApp, databaseFingerprint, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PATH = '/api/auth/me/preferences';

describe('account preferences: time zone', () => {
  it('starts at WIB, saves WITA with an audit entry, and keeps it on another device', async () => {
    const { agent, user } = await t.signedIn('agency_operator');
    expect((await agent.get('/api/auth/me')).json().user).toMatchObject({ id: user.id, timeZone: 'WIB' });

    const saved = await agent.patch(PATH, { timeZone: 'WITA' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ timeZone: 'WITA', language: 'id' });
    expect((await agent.get('/api/auth/me')).json().user.timeZone).toBe('WITA');

    // Another browser: the sign-in answer and /me both carry the account's zone.
    const phone = t.agent();
    const signIn = await phone.signIn(user.email, TEST_PASSWORD);
    expect(signIn.json().user.timeZone).toBe('WITA');
    expect((await phone.get('/api/auth/me')).json().user.timeZone).toBe('WITA');

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'before', 'after'])
      .where('entity_id', '=', user.id)
      .where('action', '=', 'user.preferences_change')
      .execute();
    expect(audit).toEqual([{ action: 'user.preferences_change', actor_id: user.id, before: { timeZone: 'WIB' }, after: { timeZone: 'WITA' } }]);
  });

  it('saving the zone the account already has writes nothing', async () => {
    const { agent } = await t.signedIn('evaluator');
    const before = await databaseFingerprint(t.db);
    const same = await agent.patch(PATH, { timeZone: 'WIB' });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toEqual({ timeZone: 'WIB', language: 'id' });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('refuses an unknown zone, naming the time zone in both languages, and writes nothing', async () => {
    const { agent, user } = await t.signedIn('mentor');
    const en = t.agent('en');
    await en.signIn(user.email, TEST_PASSWORD);
    const before = await databaseFingerprint(t.db);
    for (const body of [{ timeZone: 'UTC' }, { timeZone: 'wita' }, {}, { timeZone: 'WIT', theme: 'dark' }]) {
      const refused = await agent.patch(PATH, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.code).toBe('VALIDATION_FAILED');
    }
    const idMessage = (await agent.patch(PATH, { timeZone: 'UTC' })).json().error.message as string;
    const enMessage = (await en.patch(PATH, { timeZone: 'UTC' })).json().error.message as string;
    expect(idMessage).toContain('Zona waktu');
    expect(enMessage).toContain('Time zone');
    expect(enMessage).not.toBe(idMessage);
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expect((await agent.get('/api/auth/me')).json().user.timeZone).toBe('WIB');
  });

  it('refuses an anonymous visitor (401) and a missing CSRF token (403), writing nothing', async () => {
    const before = await databaseFingerprint(t.db);
    const anonymous = await (await t.agent().prime()).patch(PATH, { timeZone: 'WIT' });
    expect(anonymous.statusCode).toBe(401);
    expect(await databaseFingerprint(t.db)).toEqual(before);

    const { agent, user } = await t.signedIn('agency_operator');
    const afterSignIn = await databaseFingerprint(t.db);
    const forged = await agent.patch(PATH, { timeZone: 'WIT' }, { csrf: false });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CSRF_TOKEN_INVALID');
    expect(await databaseFingerprint(t.db)).toEqual(afterSignIn);
    const row = await t.db.selectFrom('users').select('time_zone').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.time_zone).toBe('WIB');
  });

  it('saves the language of notifications (id by default), alone or with the zone, audited', async () => {
    const { agent, user } = await t.signedIn('citizen');
    expect((await agent.get('/api/auth/me')).json().user).toMatchObject({ timeZone: 'WIB', language: 'id' });
    const saved = await agent.patch(PATH, { language: 'en' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ timeZone: 'WIB', language: 'en' });
    expect((await agent.get('/api/auth/me')).json().user.language).toBe('en');
    const both = await agent.patch(PATH, { language: 'id', timeZone: 'WIT' });
    expect(both.json()).toEqual({ timeZone: 'WIT', language: 'id' });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity_id', '=', user.id)
      .where('action', '=', 'user.preferences_change')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { before: { language: 'id' }, after: { language: 'en' } },
      { before: { timeZone: 'WIB', language: 'en' }, after: { timeZone: 'WIT', language: 'id' } },
    ]);
    const before = await databaseFingerprint(t.db);
    for (const body of [{ language: 'fr' }, { language: 'EN' }]) expect((await agent.patch(PATH, body)).statusCode).toBe(400);
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it('the database itself refuses a zone outside WIB, WITA, WIT', async () => {
    const { user } = await t.signedIn('evaluator');
    await expect(
      t.db
        .updateTable('users')
        .set({ time_zone: 'UTC' as never })
        .where('id', '=', user.id)
        .execute(),
    ).rejects.toThrow(/users_time_zone_check/);
  });
});
