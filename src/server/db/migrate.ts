import { type Kysely, type MigrationProvider, Migrator } from 'kysely';
import { migrations } from './migrations/index.js';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Unordered: migrations are written on parallel branches, so a database may have run a later-named
 * one (say 2026_12_03_0300, from a branch) before an earlier-named one of another branch exists.
 * Kysely would then refuse every start ("corrupted migrations"); allowed, it runs the missing ones
 * in name order. Renaming a landed migration instead would strand every database that ran it.
 * Each migration therefore touches only its own tables and never depends on a later-named one.
 */
const migratorFor = (db: Kysely<any>) =>
  new Migrator({ db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock', allowUnorderedMigrations: true });

/** Names of the migrations this build has that the database has not run (empty: up to date). */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const known = await migratorFor(db).getMigrations();
  return known.filter((m) => !m.executedAt).map((m) => m.name);
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
