/**
 * Where uploaded bytes live. The database keeps only metadata and an opaque key, so a deployment
 * can swap the local folder for an object store without touching the modules that upload.
 * Keys are chosen by the platform (never by the uploader) and are validated by every backend.
 */
export interface FileStorage {
  /** Stores the bytes under `key`; overwriting an existing key is refused. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or undefined when nothing is stored under `key`. */
  get(key: string): Promise<Buffer | undefined>;
  /** Removes the bytes; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** `<namespace>/<uuid>`: lower-case letters, digits and dashes only, so it can never climb out of a folder. */
const KEY = /^[a-z0-9-]{1,40}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}

export function storageKey(namespace: string, id: string): string {
  const key = `${namespace}/${id}`;
  assertStorageKey(key);
  return key;
}
