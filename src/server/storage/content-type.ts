import { fileTypeFromBuffer } from 'file-type';

/**
 * The type of an upload, decided by its content (magic bytes), never by the name or the type
 * the client claims. Returns the detected MIME type when it is one of `allowed`, else null.
 */
export async function sniffContentType<T extends string>(bytes: Buffer, allowed: readonly T[]): Promise<T | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  return (allowed as readonly string[]).includes(detected.mime) ? (detected.mime as T) : null;
}
