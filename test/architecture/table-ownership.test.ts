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
 * through the owner's read-model.ts instead: a function, or, for a join the caller's query
 * needs, a read view (`competitionGroupsView(db, 'g')`, defined in the owner's
 * read-model-repository.ts with its columns listed; docs/ARCHITECTURE.md "Read views"). A
 * repository imports another module only through that module's read-model.ts. The foundation
 * tables of db/schema.ts (users, agencies, regions, sessions, audit, outbox …) are the shared
 * directory and are not checked.
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

/** "file → table (owner)" for each feature table of another module that this repository text names. */
function foreignTables(file: { path: string; module: string; text: string }, owners: Map<string, string>): string[] {
  const named = new Set([...file.text.matchAll(BUILDER), ...file.text.matchAll(SQL_TEXT)].map((m) => m[1]!));
  return [...named]
    .sort()
    .filter((table) => owners.has(table) && owners.get(table) !== file.module)
    .map((table) => `${file.path} → ${table} (${owners.get(table)})`);
}

const IMPORT_FROM = /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'/g;

/** Modules other than its own that a module file imports, with the imported file (relative to the module). */
function moduleImports(path: string, text: string): Array<{ module: string; file: string }> {
  const dir = dirname(path);
  return [...text.matchAll(IMPORT_FROM)]
    .map((m) => m[1]!)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => join(dir, spec).split('\\').join('/'))
    .filter((target) => target.startsWith('src/server/modules/'))
    .map((target) => ({ module: target.split('/')[3]!, file: target.split('/').slice(4).join('/') }))
    .filter((t) => t.module !== path.split('/')[3]);
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
    const found = (await repositoryFiles()).flatMap((file) => foreignTables(file, owners));
    expectExactlyBaseline(found, CROSS_MODULE_TABLES_BASELINE, "repositories querying another module's tables");
  });

  it('sees a foreign table named in a join or in SQL text, and not a read view of it', async () => {
    const owners = await tableOwners();
    const file = (text: string) => ({ path: 'src/server/modules/evaluation/x-repository.ts', module: 'evaluation', text: withoutComments(text) });
    expect(foreignTables(file(`db.selectFrom('evaluation_rounds as r').innerJoin('competition_stages as st', 'st.id', 'r.stage_id')`), owners)).toEqual([
      'src/server/modules/evaluation/x-repository.ts → competition_stages (competitions)',
    ]);
    expect(foreignTables(file('sql`select 1 from evaluation_rounds r left join proposals p on p.id = r.x`'), owners)).toHaveLength(1);
    expect(foreignTables(file(`db.selectFrom('evaluation_rounds as r').innerJoin(competitionStagesView(db, 'st'), 'st.id', 'r.stage_id')`), owners)).toEqual([]);
    expect(foreignTables(file('sql`select 1 from evaluation_rounds r left join ${competitionStagesView(db, "st")} on st.id = r.stage_id`'), owners)).toEqual([]);
  });

  it("a repository imports another module only through that module's read-model.ts", async () => {
    const found = (await repositoryFiles()).flatMap((f) =>
      moduleImports(f.path, f.text)
        .filter((t) => t.file !== 'read-model.js')
        .map((t) => `${f.path} → ${t.module}/${t.file}`),
    );
    expect(found).toEqual([]);
  });

  it('read views list their columns and are published by the read-model.ts beside them', async () => {
    const problems: string[] = [];
    const entries = await readdir(modulesDir, { withFileTypes: true, recursive: true });
    for (const e of entries.filter((x) => x.isFile() && x.name === 'read-model-repository.ts')) {
      const text = await readFile(join(e.parentPath, e.name), 'utf8');
      const readModel = await readFile(join(e.parentPath, 'read-model.ts'), 'utf8');
      if (/\.selectAll\(/.test(text)) problems.push(`${e.parentPath}/${e.name}: selectAll (list the columns other modules may rely on)`);
      for (const view of text.matchAll(/export function (\w+(?:View|Sql))\b/g)) {
        if (!new RegExp(`\\b${view[1]}\\b`).test(readModel)) problems.push(`${e.parentPath}: ${view[1]} is not re-exported by read-model.ts`);
      }
    }
    expect(problems).toEqual([]);
  });
});
