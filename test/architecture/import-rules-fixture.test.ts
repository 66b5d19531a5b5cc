import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findImportViolations, key } from './lib/cruise-sources.js';

/**
 * The rules themselves, on a small made-up tree: a module written exactly as the module template
 * says (docs/ARCHITECTURE.md) passes, and each kind of violation is reported — so a rule whose
 * pattern silently matches nothing cannot go unnoticed while its baseline is empty.
 */
const files: Record<string, string> = {
  // Lower layers.
  'src/server/db/types.ts': "import type { Kysely } from 'kysely';\nexport type Db = Kysely<object>;\n",
  'src/server/http/errors.ts': 'export const errorResponse = {};\n',
  'src/server/audit/audit-log.ts': 'export async function appendAudit(_trx: unknown): Promise<void> {}\n',
  // The template: routes → policy/service → repository; kysely as types only outside the repository.
  'src/server/modules/widgets/schemas.ts': "export { widgetShape } from '../../../common/widgets.js';\n",
  'src/server/modules/widgets/policy.ts': 'export function canSee(): boolean { return false; }\n',
  'src/server/modules/widgets/repository.ts': [
    "import { sql } from 'kysely';",
    "import type { DbOrTrx } from '../../db/types.js';",
    'export const findWidget = (db: DbOrTrx) => sql`select 1`.execute(db as never);',
  ].join('\n'),
  'src/server/modules/widgets/service.ts': [
    "import type { Transaction } from 'kysely';",
    "import type { Db } from '../../db/types.js';",
    "import { appendAudit } from '../../audit/audit-log.js';",
    "import { canSee } from './policy.js';",
    "import { findWidget } from './repository.js';",
    'export async function getWidget(db: Db, trx?: Transaction<object>) { await appendAudit(trx); return canSee() ? findWidget(db) : null; }',
  ].join('\n'),
  'src/server/modules/widgets/routes.ts': [
    "import { errorResponse } from '../../http/errors.js';",
    "import { widgetShape } from './schemas.js';",
    "import { getWidget } from './service.js';",
    'export const widgetRoutes = () => [errorResponse, widgetShape, getWidget];',
  ].join('\n'),
  'src/server/modules/widgets/demo.ts': "import { getWidget } from './service.js';\nexport const seedWidgets = getWidget;\n",
  'src/common/widgets.ts': 'export const widgetShape = {};\n',
  'src/web/features/widgets/WidgetPage.tsx': "import { widgetShape } from '../../../common/widgets';\nexport const WidgetPage = () => <div>{String(widgetShape)}</div>;\n",
  // One violation of each rule.
  'src/web/features/gadgets/GadgetPage.tsx': "import type { Db } from '../../../server/db/types';\nexport const GadgetPage = (_: { db?: Db }) => <div />;\n",
  'src/common/gadgets.ts': "import { errorResponse } from '../server/http/errors.js';\nexport const gadgets = errorResponse;\n",
  'src/server/modules/gadgets/service.ts': [
    "import { sql } from 'kysely';",
    "import { findWidget } from '../widgets/repository.js';",
    'export const gadgets = () => [sql`select 2`, findWidget];',
  ].join('\n'),
  'src/server/storage/index.ts': "import { getWidget } from '../modules/widgets/service.js';\nexport const storage = getWidget;\n",
  'src/server/modules/gadgets/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'src/server/modules/gadgets/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
};

let fixtureRoot = '';

beforeAll(async () => {
  fixtureRoot = await mkdtemp(join(tmpdir(), 'simpul-import-fixture-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(fixtureRoot, path)), { recursive: true });
    await writeFile(join(fixtureRoot, path), text);
  }
});

afterAll(async () => {
  if (fixtureRoot) await rm(fixtureRoot, { recursive: true, force: true });
});

describe('import rules on a fixture tree', () => {
  it('accept the module template and report each kind of violation once', async () => {
    const found = (await findImportViolations(fixtureRoot)).map(key);
    expect(found).toEqual(
      [
        'common-imports-server-or-web: src/common/gadgets.ts → src/server/http/errors.ts',
        'import-cycle: src/server/modules/gadgets/a.ts → src/server/modules/gadgets/b.ts',
        'lower-layer-imports-module: src/server/storage/index.ts → src/server/modules/widgets/service.ts',
        'module-imports-other-repository: src/server/modules/gadgets/service.ts → src/server/modules/widgets/repository.ts',
        'route-or-service-builds-queries: src/server/modules/gadgets/service.ts → kysely',
        'web-imports-server: src/web/features/gadgets/GadgetPage.tsx → src/server/db/types.ts',
      ].sort(),
    );
  }, 120_000);
});
