import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type DatabaseHandle, openDatabase, PGLITE_EXTENSIONS } from '../../src/server/db/client.js';
import { prepareDatabase } from '../../src/server/db/prepare.js';

/** A fresh, migrated database with reference data, private to the caller. */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const template = process.env.SIMPUL_TEST_TEMPLATE;
  if (adminUrl && template) {
    const name = `simpul_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ url: url.toString(), poolSize: 5 });
    return {
      ...handle,
      // A second pool on the same database stands in for a second app process.
      url: url.toString(),
      async close() {
        await handle.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const snapshot = process.env.SIMPUL_TEST_SNAPSHOT;
  if (snapshot && fs.existsSync(snapshot)) {
    const engine = new PGlite({ extensions: PGLITE_EXTENSIONS, loadDataDir: new Blob([fs.readFileSync(snapshot)]) });
    const handle = await openDatabase({ pglite: engine });
    return {
      ...handle,
      async close() {
        await handle.close();
        await engine.close();
      },
    };
  }
  const handle = await openDatabase({});
  await prepareDatabase(handle.db);
  return handle;
}
