import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Helpers that exist once: PDF text goes through src/server/pdf/latin1.ts, and test uploads build
 * their multipart body with test/helpers/multipart.ts. A second copy (a local Latin-1 filter, a
 * hand-written `Content-Disposition: form-data` part) fails here.
 */
const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..', '..');

async function sources(dir: string): Promise<Array<{ path: string; text: string }>> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (f) => ({ path: relative(root, f), text: await readFile(f, 'utf8') })));
}

describe('one copy of each shared helper', () => {
  it('only src/server/pdf/latin1.ts filters PDF text to Latin-1', async () => {
    const copies = (await sources('src/server'))
      .filter((f) => f.path !== join('src', 'server', 'pdf', 'latin1.ts'))
      .filter((f) => /function latin1\b|const latin1\s*=|<=\s*0xff\b/.test(f.text))
      .map((f) => f.path);
    expect(copies, 'import { latin1 } from src/server/pdf/latin1.ts').toEqual([]);
  });

  it('only test/helpers/multipart.ts writes a multipart file part', async () => {
    const copies = (await sources('test'))
      .filter((f) => f.path !== join('test', 'helpers', 'multipart.ts') && f.path !== relative(root, self))
      .filter((f) => /Content-Disposition: form-data/.test(f.text))
      .map((f) => f.path);
    expect(copies, 'use multipartFile / postFile from test/helpers/multipart.ts').toEqual([]);
  });
});
