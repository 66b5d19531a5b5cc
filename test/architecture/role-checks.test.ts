import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { ROLE_CHECKS_BASELINE } from './import-rules-baseline.js';
import { expectExactlyBaseline } from './lib/baseline.js';

/**
 * Role checks live only in the permission table (auth/permissions.ts, which routes use through
 * `config.access`) and the module policies (`policy.ts`, `*-policy.ts`): a comparison with a
 * role (`role === 'x'`, `.role !==`, `roles.includes(`) anywhere else in module code fails,
 * except the exact files in ROLE_CHECKS_BASELINE, which only shrinks.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modulesDir = join(root, 'src', 'server', 'modules');
const ROLE_CHECK = /\.role\s*[!=]==|\brole\s*[!=]==\s*'|\broles?\.includes\(/;
const isPolicy = (path: string) => /(^|[/-])policy\.ts$/.test(path);

describe('role checks', () => {
  it('only policies compare roles (exactly the baselined exceptions)', async () => {
    const entries = await readdir(modulesDir, { withFileTypes: true, recursive: true });
    const found: string[] = [];
    for (const e of entries) {
      if (!e.isFile() || !e.name.endsWith('.ts') || /\.(test|bench)\.ts$/.test(e.name)) continue;
      const path = relative(root, join(e.parentPath, e.name)).split('\\').join('/');
      if (isPolicy(path)) continue;
      if (ROLE_CHECK.test(await readFile(join(root, path), 'utf8'))) found.push(path);
    }
    expectExactlyBaseline(found, ROLE_CHECKS_BASELINE, 'module files that compare roles outside a policy');
  });
});
