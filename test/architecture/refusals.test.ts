import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorResponse, refusals } from '../../src/server/http/errors.js';

/**
 * The refusals a route documents (its OpenAPI error responses) are built by one function,
 * `refusals(400, 401, 403, 404 …)` of http/errors.ts, in every module: no module spells out
 * `404: errorResponse` or keeps a map of its own.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modulesDir = join(root, 'src', 'server', 'modules');
const HAND_WRITTEN = /\b\d{3}\s*:\s*errorResponse\b/;

describe('documented refusals', () => {
  it('every module builds them with refusals() of http/errors.ts', async () => {
    const entries = await readdir(modulesDir, { withFileTypes: true, recursive: true });
    const found: string[] = [];
    for (const e of entries) {
      if (!e.isFile() || !e.name.endsWith('.ts') || /\.(test|bench)\.ts$/.test(e.name)) continue;
      const path = relative(root, join(e.parentPath, e.name)).split('\\').join('/');
      if (HAND_WRITTEN.test(await readFile(join(root, path), 'utf8'))) found.push(path);
    }
    expect(found, 'module files that write `NNN: errorResponse` by hand (use refusals(...))').toEqual([]);
  });

  it('refusals() answers errorResponse for exactly the statuses asked', () => {
    const built = refusals(400, 404, 409);
    expect(Object.keys(built)).toEqual(['400', '404', '409']);
    for (const schema of Object.values(built)) expect(schema).toBe(errorResponse);
  });
});
