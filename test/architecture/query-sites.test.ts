import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { ERROR_RESPONSE_FROM_PAGINATION_BASELINE, QUERY_SITES_BASELINE, ROUTE_TRANSACTIONS_BASELINE } from './import-rules-baseline.js';
import { expectExactlyBaseline } from './lib/baseline.js';

/**
 * Layer rules an import check cannot see: code queries through `deps.db`/`trx` without importing
 * kysely. Only repositories build queries; routes leave transactions to services. Text checks
 * on src/server/modules, against the baselines in import-rules-baseline.ts.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modulesDir = join(root, 'src', 'server', 'modules');

const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(|\bsql(<[^>\n]*>)?`/;
const TRANSACTION = /\.transaction\(\)/;
const ERROR_RESPONSE_FROM_PAGINATION = /import\s*\{[^}]*\berrorResponse\b[^}]*\}\s*from\s*'[^']*\/pagination\.js'/;
const isRepository = (path: string) => /(^|[/-])repository\.ts$/.test(path);
const isRoute = (path: string) => /\/(routes|[^/]+-routes|routes-[^/]+)\.ts$|\/routes\//.test(path);

async function moduleSources(): Promise<Array<{ path: string; text: string }>> {
  const entries = await readdir(modulesDir, { withFileTypes: true, recursive: true });
  const paths = entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !/\.(test|bench)\.ts$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })));
}

describe('layer rules in module code', () => {
  it('only repositories build queries (exactly the baselined exceptions)', async () => {
    const found = (await moduleSources()).filter((f) => !isRepository(f.path) && QUERY.test(f.text)).map((f) => f.path);
    expectExactlyBaseline(found, QUERY_SITES_BASELINE, 'non-repository files that build queries');
  });

  it('routes open no transactions (exactly the baselined exceptions)', async () => {
    const found = (await moduleSources()).filter((f) => isRoute(f.path) && TRANSACTION.test(f.text)).map((f) => f.path);
    expectExactlyBaseline(found, ROUTE_TRANSACTIONS_BASELINE, 'route files that open transactions');
  });

  it('errorResponse comes from http/errors.ts (exactly the baselined files still use the old place)', async () => {
    const found = (await moduleSources()).filter((f) => ERROR_RESPONSE_FROM_PAGINATION.test(f.text)).map((f) => f.path);
    expectExactlyBaseline(found, ERROR_RESPONSE_FROM_PAGINATION_BASELINE, 'files importing errorResponse from http/pagination.ts');
  });
});
