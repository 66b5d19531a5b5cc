import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Timing belongs to `npm run bench`, never to a test: a duration limit fails on a busy machine
 * and proves nothing on an idle one. Tests do not read a stopwatch (`performance.now()`,
 * `process.hrtime`) nor assert on a difference of `Date.now()` readings.
 */
const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..', '..');
const STOPWATCH = /performance\.now\(\)|process\.hrtime|expect\(\s*Date\.now\(\)\s*-/;

async function testFiles(): Promise<string[]> {
  const found: string[] = [];
  for (const dir of ['src', 'test']) {
    const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
    for (const e of entries) if (e.isFile() && /\.(test|e2e)\.tsx?$/.test(e.name) && join(e.parentPath, e.name) !== self) found.push(join(e.parentPath, e.name));
  }
  return found;
}

describe('no duration assertions in tests', () => {
  it('no test file reads a stopwatch', async () => {
    const offenders: string[] = [];
    for (const file of await testFiles()) if (STOPWATCH.test(await readFile(file, 'utf8'))) offenders.push(relative(root, file));
    expect(offenders, 'move the measurement to bench/scenarios/ (npm run bench)').toEqual([]);
  });
});
