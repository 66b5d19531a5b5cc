import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CROSS_MODULE_TABLES_BASELINE } from './import-rules-baseline.js';
import { expectExactlyBaseline } from './lib/baseline.js';

/**
 * No module queries another module's tables: each feature table belongs to the module whose
 * `XTables` interface in src/server/db/schema/*.ts lists it (OWNER_OF_INTERFACE), and a
 * repository of another module that names it (query builder or SQL text) fails — read it
 * through the owner's read-model.ts instead. The foundation tables of db/schema.ts (users,
 * agencies, regions, sessions, audit, outbox …) are the shared directory and are not checked.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modulesDir = join(root, 'src', 'server', 'modules');
const schemaDir = join(root, 'src', 'server', 'db', 'schema');

const OWNER_OF_INTERFACE: Record<string, string> = {
  CatalogTables: 'catalog',
  DashboardTables: 'dashboards',
  CompetitionTables: 'competitions',
  EvaluationTables: 'evaluation',
  IncentiveTables: 'incentive',
  IndexTables: 'innovation-index',
  InstitutionalisationTables: 'institutionalisation',
  MatchmakingTables: 'matchmaking',
  EventTables: 'events',
  NotificationTables: 'notifications',
  ProposalTables: 'proposals',
  ReplicationTables: 'replication',
};

async function tableOwners(): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (const name of await readdir(schemaDir)) {
    const text = await readFile(join(schemaDir, name), 'utf8');
    for (const block of text.matchAll(/export interface (\w+Tables)\b[^{]*\{([^}]*)\}/g)) {
      const owner = OWNER_OF_INTERFACE[block[1]!];
      if (!owner) throw new Error(`${name}: ${block[1]} has no owning module in OWNER_OF_INTERFACE`);
      for (const column of block[2]!.matchAll(/^\s*([a-z_]+)\s*:/gm)) owners.set(column[1]!, owner);
    }
  }
  return owners;
}

const BUILDER = /\.(?:selectFrom|innerJoin|leftJoin|rightJoin|fullJoin|insertInto|updateTable|deleteFrom|mergeInto)\(\s*'([a-z_]+)/g;
const SQL_TEXT = /\b(?:from|join|into|update)\s+([a-z_]+)\b/g;
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

async function repositoryFiles(): Promise<Array<{ path: string; module: string; text: string }>> {
  const entries = await readdir(modulesDir, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => (e.isFile() && /(^|[/-])repository\.ts$/.test(e.name)) || (e.isFile() && e.name === 'repository.ts'));
  return Promise.all(
    files.map(async (e) => {
      const path = relative(root, join(e.parentPath, e.name)).split('\\').join('/');
      return { path, module: path.split('/')[3]!, text: withoutComments(await readFile(join(root, path), 'utf8')) };
    }),
  );
}

describe('table ownership', () => {
  it('knows the owner of every feature table', async () => {
    const owners = await tableOwners();
    expect(owners.get('proposals')).toBe('proposals');
    expect(owners.get('competition_groups')).toBe('competitions');
    expect(owners.get('events')).toBe('events');
  });

  it("repositories query only their own module's tables (exactly the baselined exceptions)", async () => {
    const owners = await tableOwners();
    const found: string[] = [];
    for (const file of await repositoryFiles()) {
      const named = new Set([...file.text.matchAll(BUILDER), ...file.text.matchAll(SQL_TEXT)].map((m) => m[1]!));
      for (const table of [...named].sort()) {
        const owner = owners.get(table);
        if (owner && owner !== file.module) found.push(`${file.path} → ${table} (${owner})`);
      }
    }
    expectExactlyBaseline(found, CROSS_MODULE_TABLES_BASELINE, "repositories querying another module's tables");
  });
});
