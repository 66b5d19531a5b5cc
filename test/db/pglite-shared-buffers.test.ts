import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { pgliteSharedBuffers, pgliteStartParams } from '../../src/server/db/client.js';

/** The embedded database's buffer cache follows its size on disk (db/client.ts), within 128MB–512MB. */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-buffers-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function databaseOf(name: string, bytes: number[]): string {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'base', '5'), { recursive: true });
  // Sparse files: their size counts, no disk is used.
  for (const [i, n] of bytes.entries()) {
    const file = path.join(dir, 'base', '5', String(16_384 + i));
    fs.writeFileSync(file, '');
    fs.truncateSync(file, n);
  }
  return dir;
}

it('gives a new or small database the default 128MB', () => {
  expect(pgliteSharedBuffers(path.join(root, 'missing'))).toBe('128MB');
  expect(pgliteSharedBuffers(databaseOf('small', [40 * 1024 * 1024]))).toBe('128MB');
});

it('gives half the size on disk between the bounds, and no more than 512MB', () => {
  expect(pgliteSharedBuffers(databaseOf('middle', [300 * 1024 * 1024, 300 * 1024 * 1024]))).toBe('300MB');
  expect(pgliteSharedBuffers(databaseOf('national', [1024 * 1024 * 1024, 700 * 1024 * 1024]))).toBe('512MB');
});

it("passes the size to PostgreSQL after PGlite's own start parameters", () => {
  const params = pgliteStartParams('256MB');
  expect(params.slice(-2)).toEqual(['-c', 'shared_buffers=256MB']);
  expect(params).toContain('--single');
});
