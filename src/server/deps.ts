import type { Kysely } from 'kysely';
import type { AppConfig } from './config.js';
import type { DatabaseKind } from './db/client.js';
import type { Database } from './db/schema.js';

/** What every module's routes and services may use; built once in main.ts or a test. */
export interface AppDeps {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  config: AppConfig;
  version: string;
}
