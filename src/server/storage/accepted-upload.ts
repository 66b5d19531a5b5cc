import path from 'node:path';
import { errors, type LocalizedText } from '../http/errors.js';
import { sniffContentType } from './content-type.js';
import type { FileStorage } from './file-storage.js';
import type { Upload } from './upload.js';

/** Extensions the platform gives the inert types it accepts (the client's extension is dropped). */
const EXTENSION: Record<string, string> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp' };

/** The upload's type from its bytes when it is one of `types`, else a 400 naming the field and what it must be. */
export async function acceptedType<T extends string>(upload: Upload, types: readonly T[], mustBe: LocalizedText): Promise<T> {
  const type = await sniffContentType(upload.bytes, types);
  if (!type)
    throw errors.validation(
      {
        id: `Data tidak valid: '${upload.field}' ${mustBe.id}; isi berkas "${upload.filename}" bukan salah satunya.`,
        en: `Invalid data: '${upload.field}' ${mustBe.en}; the content of "${upload.filename}" is neither.`,
      },
      { fields: [{ field: upload.field }] },
    );
  return type;
}

/** A display name for a stored file: the client's base name, cleaned and cut, with the extension of the sniffed type. */
export function storedFilename(original: string, type: string): string {
  const base = path.basename(original.replace(/\\/g, '/')).replace(/\.[^.]*$/, '');
  const cleaned =
    base
      .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150) || 'berkas';
  return `${cleaned}${EXTENSION[type] ?? ''}`;
}

/**
 * Stores the bytes first, then runs the database change; when the change throws (it did not
 * commit), the bytes are removed again, so no file is left without its row.
 */
export async function storeThenRecord<R>(storage: FileStorage, key: string, bytes: Buffer, record: () => Promise<R>): Promise<R> {
  await storage.put(key, bytes);
  try {
    return await record();
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}
