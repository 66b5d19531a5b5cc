import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/server/db/schema.js';
import { databaseFingerprint } from './test-app.js';

/**
 * Sends a request that must be refused with `status` and the error `code`, and proves the refusal
 * wrote nothing (the database fingerprint is unchanged). Returns the `{ code, message }` error.
 */
export async function refusedWithoutWrites(db: Kysely<Database>, send: () => Promise<{ statusCode: number; json(): any }>, status: number, code: string) {
  const before = await databaseFingerprint(db);
  const response = await send();
  expect(response.statusCode, JSON.stringify(response.json())).toBe(status);
  expect(response.json().error.code).toBe(code);
  expect(await databaseFingerprint(db)).toEqual(before);
  return response.json().error;
}
