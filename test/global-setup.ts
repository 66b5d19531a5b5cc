import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, PGLITE_EXTENSIONS } from '../src/server/db/client.js';
import { prepareDatabase } from '../src/server/db/prepare.js';

/**
 * Migrating and loading reference data takes ~3 s on PGlite; doing it once and giving each test
 * file a copy keeps the suite fast. PGlite: a data-folder snapshot on disk. PostgreSQL: a
 * template database that `create database … template` clones in milliseconds.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const template = `simpul_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const url = new URL(adminUrl);
    url.pathname = `/${template}`;
    const handle = await openDatabase({ url: url.toString(), poolSize: 2 });
    await prepareDatabase(handle.db);
    await handle.close();
    process.env.SIMPUL_TEST_TEMPLATE = template;
    return async () => {
      await admin.query(`drop database if exists ${template}`);
      await admin.end();
    };
  }

  const snapshot = path.resolve('.tmp', `pglite-test-template-${process.pid}.tar`);
  fs.mkdirSync(path.dirname(snapshot), { recursive: true });
  const engine = new PGlite({ extensions: PGLITE_EXTENSIONS });
  const handle = await openDatabase({ pglite: engine });
  await prepareDatabase(handle.db);
  await handle.close();
  const blob = await engine.dumpDataDir('none');
  await engine.close();
  fs.writeFileSync(snapshot, Buffer.from(await blob.arrayBuffer()));
  process.env.SIMPUL_TEST_SNAPSHOT = snapshot;
  return async () => {
    fs.rmSync(snapshot, { force: true });
  };
}
