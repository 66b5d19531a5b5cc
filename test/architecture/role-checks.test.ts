import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/common/roles.js';

/**
 * Role checks live only in the permission table (auth/permissions.ts, which routes use through
 * `config.access`) and the module policies (`policy.ts`, `*-policy.ts`). An authorization
 * decision on a role anywhere else in module code fails:
 * - a role compared with a role's name (`user.role === 'ministry_admin'`, `'mentor' !== u.role`),
 * - a role compared with another role (`patch.role !== existing.role`),
 * - a role looked up in a list of roles (`roles.includes(`, `AGENCY_SCOPED_ROLES.includes(`).
 * Reading a role as data is not a decision and passes: `patch.role !== undefined`, a Kysely
 * `where('role', '=', role)` filter, an import column's `role === 'region'` (not a role
 * name), whether a role needs an agency (`roleRequiresAgency` in common/roles.ts: account data). Demo seeders
 * pick demo people with `demoEmailsWithRole`/`withRole` from seed/demo-accounts.ts. No exceptions.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modulesDir = join(root, 'src', 'server', 'modules');
const ROLE_NAME = `'(?:${ROLES.join('|')})'`;
const ROLE_CHECK = new RegExp(
  [
    String.raw`\brole\s*[!=]==?\s*` + ROLE_NAME,
    ROLE_NAME + String.raw`\s*[!=]==?\s*[\w.?!]*\brole\b`,
    String.raw`\brole\s*[!=]==?\s*[\w.?!]*\.role\b`,
    String.raw`\b(?:[A-Z_]*ROLES|\w*[rR]oles)\)?\.includes\(`,
  ].join('|'),
);
const isPolicy = (path: string) => /(^|[/-])policy\.ts$/.test(path);

describe('role checks', () => {
  it('only policies compare roles', async () => {
    const entries = await readdir(modulesDir, { withFileTypes: true, recursive: true });
    const found: string[] = [];
    for (const e of entries) {
      if (!e.isFile() || !e.name.endsWith('.ts') || /\.(test|bench)\.ts$/.test(e.name)) continue;
      const path = relative(root, join(e.parentPath, e.name)).split('\\').join('/');
      if (isPolicy(path)) continue;
      if (ROLE_CHECK.test(await readFile(join(root, path), 'utf8'))) found.push(path);
    }
    expect(found, 'module files that compare roles outside a policy (move the decision into the module policy)').toEqual([]);
  });
});
