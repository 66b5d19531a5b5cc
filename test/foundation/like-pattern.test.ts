import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/server/db/client.js';
import { containsPattern, escapeLike } from '../../src/server/db/like-pattern.js';
import { createTestDatabase } from '../helpers/database.js';

describe('escapeLike', () => {
  it('escapes the LIKE wildcards and the escape character, and nothing else', () => {
    expect(escapeLike('100%')).toBe('100\\%');
    expect(escapeLike('e_ktp')).toBe('e\\_ktp');
    expect(escapeLike('C:\\data')).toBe('C:\\\\data');
    expect(escapeLike('%_\\')).toBe('\\%\\_\\\\');
    expect(escapeLike('Layanan Publik (KIPP) *2026*')).toBe('Layanan Publik (KIPP) *2026*');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });
});

describe('containsPattern on the database engine', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(() => handle.close());

  const matches = async (text: string, term: string) => (await sql<{ hit: boolean }>`select ${text} ilike ${containsPattern(term)} as hit`.execute(handle.db)).rows[0]!.hit;

  it('matches the term literally and case-insensitively', async () => {
    expect(await matches('Diskon 100% untuk UMKM', '100%')).toBe(true);
    expect(await matches('Diskon 1000 untuk UMKM', '100%')).toBe(false);
    expect(await matches('Layanan E_KTP keliling', 'e_ktp')).toBe(true);
    expect(await matches('Layanan EXKTP keliling', 'e_ktp')).toBe(false);
    expect(await matches('berkas C:\\data\\a', 'c:\\data')).toBe(true);
    expect(await matches('berkas C:data', 'c:\\data')).toBe(false);
  });
});
