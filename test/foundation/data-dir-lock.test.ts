import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { lockDataDir } from '../../src/server/db/data-dir-lock.js';

it('a second process refuses to open a data folder that is in use, and a stale lock is taken over', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-lock-'));
  const lock = lockDataDir(dir);
  const script = `import { lockDataDir } from ${JSON.stringify(path.resolve('src/server/db/data-dir-lock.ts'))};
    try { lockDataDir(${JSON.stringify(dir)}); console.log('LOCKED'); } catch (e) { console.log(e.message); process.exit(3); }`;
  const second = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(second.status).toBe(3);
  expect(second.stdout).toContain('sedang dipakai proses lain');
  lock.release();

  // A lock left behind by a process that no longer exists does not block a restart.
  fs.writeFileSync(path.join(dir, 'simpul.lock'), '999999999');
  const again = lockDataDir(dir);
  again.release();
  fs.rmSync(dir, { recursive: true, force: true });
});
