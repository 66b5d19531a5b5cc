import { type Kysely, Migrator } from 'kysely';
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/client.js';
import { migrateToLatest, pendingMigrations } from '../../src/server/db/migrate.js';
import { migrations } from '../../src/server/db/migrations/index.js';

/**
 * Migrations come from parallel branches: a database that ran a later-named migration of one
 * branch (here 2026_12_03_0300_event_organising, merged alone on its branch) before the
 * earlier-named ones of another existed must still start, running those it lacks — not refuse
 * every start as "corrupted migrations".
 */
it('runs the earlier-named migrations a database lacks after it ran a later-named one', async () => {
  const { db, close } = await openDatabase({ dataDir: 'memory://' });
  try {
    const branchState = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026_12_03' || name === '2026_12_03_0300_event_organising'));
    const branch = new Migrator({
      db: db as unknown as Kysely<unknown>,
      provider: { getMigrations: async () => branchState },
      migrationTableName: 'schema_migrations',
      migrationLockTableName: 'schema_migrations_lock',
    });
    expect((await branch.migrateToLatest()).error).toBeUndefined();
    const lacking = await pendingMigrations(db);
    expect(lacking).toContain('2026_12_03_0101_index_window_notices');
    expect(lacking).not.toContain('2026_12_03_0300_event_organising');

    expect(await migrateToLatest(db)).toEqual(lacking);
    expect(await pendingMigrations(db)).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);
