import path from 'node:path';
import type { AppConfig } from '../config.js';
import type { FileStorage } from './file-storage.js';
import { LocalFolderStorage } from './local-folder-storage.js';

export { acceptedType, storedFilename, storeThenRecord } from './accepted-upload.js';
export { sniffContentType } from './content-type.js';
export { contentDisposition, safeDownloadHeaders } from './download-headers.js';
export { type FileStorage, storageKey } from './file-storage.js';
export { LocalFolderStorage } from './local-folder-storage.js';
export { readSingleUpload, type Upload } from './upload.js';

const byRoot = new Map<string, FileStorage>();

/** The storage backend of this deployment: the local folder `<DATA_DIR>/files`. */
export function storageFor(config: Pick<AppConfig, 'dataDir'>): FileStorage {
  const root = path.join(config.dataDir, 'files');
  let storage = byRoot.get(root);
  if (!storage) {
    storage = new LocalFolderStorage(root);
    byRoot.set(root, storage);
  }
  return storage;
}
