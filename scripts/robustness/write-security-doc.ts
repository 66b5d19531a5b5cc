/**
 * `npm run security:doc`: writes docs/SECURITY.md (the authorization matrix and the defences)
 * from the routes the app registers. Run it after adding or changing a route or a permission.
 */
import fs from 'node:fs';
import { buildApp } from '../../src/server/app.js';
import { readConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import { routeCatalog } from '../../src/server/http/auth-hooks.js';
import { renderSecurityDoc } from '../../test/security/lib/security-doc.js';

// Routes are registered without touching the database; an empty in-memory one is enough.
const handle = await openDatabase({});
const app = await buildApp({ db: handle.db, dbKind: handle.kind, config: readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), version: 'doc' });
await app.ready();
fs.mkdirSync('docs', { recursive: true });
fs.writeFileSync('docs/SECURITY.md', renderSecurityDoc(routeCatalog.get(app) ?? []));
await app.close();
await handle.close();
console.log('docs/SECURITY.md written.');
