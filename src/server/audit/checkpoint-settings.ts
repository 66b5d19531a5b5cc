import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config.js';

/**
 * Where the audit checkpoints get their signing key and where their copy outside the database
 * goes. The key never lives in the database: an attacker who can rewrite the database cannot
 * forge a checkpoint. It comes from AUDIT_CHECKPOINT_KEY, or else from DATA_DIR/audit-checkpoint.key,
 * created (32 random bytes, mode 0600) on first start.
 */
export interface CheckpointSettings {
  key: Buffer;
  /** A checkpoint is written when an append crosses a multiple of this many entry ids. */
  every: number;
  /** JSON-lines copy of every checkpoint, outside the database; null: none. */
  file: string | null;
}

export const KEY_FILE_NAME = 'audit-checkpoint.key';
export const CHECKPOINT_FILE_NAME = 'audit-checkpoints.jsonl';

function readOrCreateKeyFile(dataDir: string): Buffer {
  const keyPath = path.join(dataDir, KEY_FILE_NAME);
  try {
    return Buffer.from(fs.readFileSync(keyPath, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  // Written under a temporary name and linked into place, so a second process never reads half a key.
  const temporary = `${keyPath}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temporary, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    fs.linkSync(temporary, keyPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return Buffer.from(fs.readFileSync(keyPath, 'utf8').trim(), 'hex');
}

/**
 * For verification tools: the configured key or the existing key file, never a new one (a new
 * key would make every stored signature look forged). Null key: signatures are not checked.
 */
export function existingCheckpointSettings(config: AppConfig): { key: Buffer | null; file: string | null } {
  const keyFile = path.join(config.dataDir, KEY_FILE_NAME);
  const key = config.AUDIT_CHECKPOINT_KEY
    ? Buffer.from(config.AUDIT_CHECKPOINT_KEY, 'utf8')
    : fs.existsSync(keyFile)
      ? Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'hex')
      : null;
  return { key, file: fs.existsSync(config.dataDir) ? path.join(config.dataDir, CHECKPOINT_FILE_NAME) : null };
}

export function checkpointSettingsFrom(config: AppConfig): CheckpointSettings {
  const key = config.AUDIT_CHECKPOINT_KEY ? Buffer.from(config.AUDIT_CHECKPOINT_KEY, 'utf8') : readOrCreateKeyFile(config.dataDir);
  const dataDirExists = fs.existsSync(config.dataDir);
  return {
    key,
    every: config.AUDIT_CHECKPOINT_EVERY,
    file: dataDirExists ? path.join(config.dataDir, CHECKPOINT_FILE_NAME) : null,
  };
}

let current: CheckpointSettings | null = null;

/**
 * appendAudit is called from every module with only a transaction, so the process holds the
 * settings once (set by buildApp and main before any write). Without them appends write no
 * checkpoint; the server's job checkpoints the head later.
 */
export function configureAuditCheckpoints(settings: CheckpointSettings | null): void {
  current = settings;
}

export function auditCheckpointSettings(): CheckpointSettings | null {
  return current;
}
