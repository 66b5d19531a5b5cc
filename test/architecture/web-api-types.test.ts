import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The web client's request and answer types come from the server's own zod schemas in src/common
 * (`z.input` of what the server validates, `z.output` of what it serialises through), never from
 * copies (issue #11). So no file in `src/web/features/<feature>/api/` declares an object type by
 * hand — `interface X {…}` or `type X = {…}`: such a type is a copy that drifts from the server
 * unnoticed. Derive it from the shared schema instead (`Omit<z.input<typeof listQuery>, 'pageSize'>`),
 * or, for a type that is built from shared schemas or purely client-side, list it below with why.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_FILE = /^src\/web\/features\/[^/]+\/api\/[^/]+\.tsx?$/;
const HAND_DECLARED = /^[ \t]*(?:export\s+)?(?:interface\s+(\w+)|type\s+(\w+)(?:<[^=]*>)?\s*=\s*\|?\s*\{)/gm;

/** `path#TypeName` → why it may stay. */
const ALLOWED: Record<string, string> = {
  'src/web/features/competitions/api/competitions-api.ts#SectionItems': "each field is z.input of the server's section body (groupsBody, categoriesBody, …)",
  'src/web/features/competitions/api/competitions-api.ts#SectionReplacement': 'a mapped type over SectionItems (one section with its items), no field of its own',
  'src/web/features/events/api/every-page.ts#NextPaged':
    "the generic read-every-page helper's view of one page; the events list answer (z.output of eventList) is passed to it, so tsc checks it fits",
  'src/web/features/replication/api/replication-api.ts#Step': "one case action: its path's name joined to z.input of the body the server validates it with",
};

/** Every hand-declared object type of one file's text, by name. */
function handDeclared(text: string): string[] {
  return [...text.matchAll(HAND_DECLARED)].map((m) => (m[1] ?? m[2])!);
}

async function apiFiles(): Promise<string[]> {
  const entries = await readdir(join(root, 'src', 'web', 'features'), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((path) => API_FILE.test(path))
    .sort();
}

describe('web API types', () => {
  it('no src/web/features/*/api file declares an object type by hand (derive it from src/common)', async () => {
    const found: string[] = [];
    for (const path of await apiFiles()) {
      for (const name of handDeclared(await readFile(join(root, path), 'utf8'))) {
        if (!(`${path}#${name}` in ALLOWED)) found.push(`${path}#${name}`);
      }
    }
    expect(found, 'hand-declared request/answer types: use z.input/z.output of the shared schema in src/common').toEqual([]);
  });

  it('every allow-listed type still exists (a removed one leaves the list)', async () => {
    const present = new Set<string>();
    for (const path of await apiFiles()) for (const name of handDeclared(await readFile(join(root, path), 'utf8'))) present.add(`${path}#${name}`);
    expect(Object.keys(ALLOWED).filter((key) => !present.has(key))).toEqual([]);
  });

  it('the pattern sees interfaces and object type literals, not derived types', () => {
    const text = [
      'export interface Filters {',
      'interface Local {',
      'export type Params = { status?: string };',
      'type Paged<T> = { items: T[] };',
      'export type Action =\n  | { kind: "a" }\n  | { kind: "b" };',
      'export type Query = z.input<typeof listQuery>;',
      "export type Body = Omit<z.input<typeof body>, 'id'>;",
      'type Draft<T extends { id: string }> = Omit<T, "id">;',
    ].join('\n');
    expect(handDeclared(text)).toEqual(['Filters', 'Local', 'Params', 'Paged', 'Action']);
  });
});
