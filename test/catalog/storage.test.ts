import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalFolderStorage, safeDownloadHeaders, sniffContentType, storageKey } from '../../src/server/storage/index.js';

/** The storage interface and its local-folder default. */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-storage-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('local folder storage', () => {
  const storage = new LocalFolderStorage(root);
  const key = storageKey('uji', '3f1c2a4e-6b7d-4c8e-9f01-23456789abcd');

  it('stores, reads and deletes bytes by key', async () => {
    await storage.put(key, Buffer.from('isi'));
    expect(await storage.get(key)).toEqual(Buffer.from('isi'));
    await storage.delete(key);
    expect(await storage.get(key)).toBeUndefined();
  });

  it('never overwrites an existing key and leaves no temporary files', async () => {
    await storage.put(key, Buffer.from('pertama'));
    await expect(storage.put(key, Buffer.from('kedua'))).rejects.toThrow();
    expect(await storage.get(key)).toEqual(Buffer.from('pertama'));
    expect(fs.readdirSync(path.join(root, 'uji'))).toEqual(['3f1c2a4e-6b7d-4c8e-9f01-23456789abcd']);
  });

  it('refuses keys that could leave the folder', async () => {
    await expect(storage.get('../etc/passwd')).rejects.toThrow(/invalid storage key/);
    expect(() => storageKey('uji', '../../x')).toThrow();
  });
});

describe('content type and download headers', () => {
  it('detects by content and only accepts the allowed types', async () => {
    expect(await sniffContentType(Buffer.from('%PDF-1.7\n%%EOF'), ['application/pdf'])).toBe('application/pdf');
    expect(await sniffContentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), ['application/pdf', 'image/png'])).toBeNull();
    expect(await sniffContentType(Buffer.from('MZ\x90\x00'), ['application/pdf'])).toBeNull();
  });

  it('sends anything that is not inert as an octet-stream attachment', () => {
    expect(safeDownloadHeaders('text/html', 'a.html')).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-disposition': expect.stringMatching(/^attachment/),
      'x-content-type-options': 'nosniff',
    });
    expect(safeDownloadHeaders('image/svg+xml', 'a.svg')['content-type']).toBe('application/octet-stream');
    expect(safeDownloadHeaders('image/png', 'a.png', { inline: true })['content-disposition']).toMatch(/^inline/);
    expect(safeDownloadHeaders('application/pdf', 'a.pdf', { inline: true })['content-disposition']).toMatch(/^attachment/);
  });

  it('keeps odd file names from breaking the header', () => {
    const header = safeDownloadHeaders('application/pdf', 'lapor"an\r\nSet-Cookie: x=1 ñ.pdf')['content-disposition'];
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain("filename*=UTF-8''");
  });
});
