import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { transform } from 'esbuild';

/**
 * Runs dependency-cruiser over src/ with the rules of `.dependency-cruiser.cjs`.
 *
 * dependency-cruiser reads TypeScript through the `typescript` package's JavaScript API, which
 * TypeScript 7 (the native compiler this project uses) no longer ships, so it cannot parse our
 * .ts/.tsx itself. We therefore transpile every source file with esbuild (the transpiler tsx
 * runs the server with) into a temporary mirror of src/ and cruise the JavaScript. Two mirrors:
 * - `all`: every import, type-only ones included (`import type` is turned into a plain import
 *   and esbuild keeps every import statement) — for rules about which code may know which;
 * - `runtime`: what the program loads when it runs (esbuild drops imports used only as types) —
 *   for rules about what code may *do* (build queries with kysely).
 * Violations are reported with the original source paths (src/…/file.ts or .tsx).
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export type ImportMode = 'all' | 'runtime';

export interface ImportViolation {
  rule: string;
  from: string;
  to: string;
}

/** Which mirror a rule is checked on: a project-local field, removed before cruising. */
type RuleWithMode = { importMode?: ImportMode } & Record<string, unknown>;

export function loadImportRules(): IConfiguration {
  const require = createRequire(import.meta.url);
  return require(join(root, '.dependency-cruiser.cjs')) as IConfiguration;
}

async function listSources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')).map((e) => join(e.parentPath, e.name));
}

/** `import type …` / `export type { … } from` become plain imports so the `all` mirror keeps them. */
function keepTypeImports(source: string): string {
  return source.replace(/^(\s*)import\s+type\s+/gm, '$1import ').replace(/^(\s*)export\s+type\s+\{/gm, '$1export {');
}

async function writeMirror(mode: ImportMode, projectRoot: string, files: string[], outRoot: string): Promise<Map<string, string>> {
  const sourceOf = new Map<string, string>();
  for (const file of files) {
    const out = relative(projectRoot, file).replace(/\.tsx?$/, '.js');
    if (sourceOf.has(out)) throw new Error(`Two sources transpile to ${out}: ${sourceOf.get(out)} and ${relative(projectRoot, file)}`);
    sourceOf.set(out, relative(projectRoot, file));
  }
  // esbuild transpiles in parallel in its own process; hand it every file at once.
  await Promise.all(
    files.map(async (file) => {
      const out = relative(projectRoot, file).replace(/\.tsx?$/, '.js');
      const text = await readFile(file, 'utf8');
      const { code } = await transform(mode === 'all' ? keepTypeImports(text) : text, {
        loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
        format: 'esm',
        jsx: 'automatic',
        tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: mode === 'all' } },
      });
      await mkdir(join(outRoot, dirname(out)), { recursive: true });
      await writeFile(join(outRoot, out), code);
    }),
  );
  return sourceOf;
}

async function cruiseMirror(mode: ImportMode, projectRoot: string, files: string[], config: IConfiguration): Promise<ImportViolation[]> {
  const outRoot = await mkdtemp(join(tmpdir(), `simpul-imports-${mode}-`));
  try {
    const sourceOf = await writeMirror(mode, projectRoot, files, outRoot);
    const forbidden = (config.forbidden ?? [])
      .map((r) => r as unknown as RuleWithMode)
      .filter((r) => (r.importMode ?? 'all') === mode)
      .map(({ importMode: _mode, ...rule }) => rule);
    const result = await cruise(['src'], {
      baseDir: outRoot,
      validate: true,
      ruleSet: { forbidden, options: config.options } as never,
      outputType: 'json',
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '\\.(css|svg|png|json)$' },
    });
    const output = (typeof result.output === 'string' ? JSON.parse(result.output) : result.output) as ICruiseResult;
    const named = (p: string) => sourceOf.get(p) ?? p;
    return output.summary.violations.filter((v) => v.rule.severity !== 'ignore').map((v) => ({ rule: v.rule.name, from: named(v.from), to: named(v.to) }));
  } finally {
    await rm(outRoot, { recursive: true, force: true });
  }
}

/**
 * Every violation of the import rules in `<projectRoot>/src`, sorted, with source paths relative
 * to projectRoot (this repository by default; the rules' own test passes a fixture tree).
 */
export async function findImportViolations(projectRoot = root): Promise<ImportViolation[]> {
  const config = loadImportRules();
  const files = await listSources(join(projectRoot, 'src'));
  const found = [...(await cruiseMirror('all', projectRoot, files, config)), ...(await cruiseMirror('runtime', projectRoot, files, config))];
  return found.sort((a, b) => key(a).localeCompare(key(b)));
}

export function key(v: ImportViolation): string {
  return `${v.rule}: ${v.from} → ${v.to}`;
}
