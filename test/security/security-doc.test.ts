import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { routeCatalog } from '../../src/server/http/auth-hooks.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { renderSecurityDoc } from './lib/security-doc.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('docs/SECURITY.md shows the current routes, permissions and record rules (run `npm run security:doc` when this fails)', () => {
  const expected = renderSecurityDoc(routeCatalog.get(t.app) ?? []);
  const committed = fs.existsSync('docs/SECURITY.md') ? fs.readFileSync('docs/SECURITY.md', 'utf8') : '';
  expect(committed).toBe(expected);
});
