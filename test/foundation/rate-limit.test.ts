import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countHit, currentWindow, LONGEST_WINDOW_MS, secondsUntilWindowCloses } from '../../src/server/http/rate-limit.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** The database-backed fixed-window counters shared by the sign-in throttle and public objections. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 8, 0) + minutes * MINUTE);

describe('database rate-limit counters', () => {
  it('counts within a window, reports when it closes, and opens a new one after it', async () => {
    const key = 'uji:window';
    expect(await currentWindow(t.db, key, 10 * MINUTE, at(0))).toBeNull();
    expect(await countHit(t.db, key, 10 * MINUTE, at(0))).toEqual({ count: 1, startedAt: at(0) });
    expect(await countHit(t.db, key, 10 * MINUTE, at(4))).toEqual({ count: 2, startedAt: at(0) });
    const window = await currentWindow(t.db, key, 10 * MINUTE, at(9));
    expect(window).toEqual({ count: 2, startedAt: at(0) });
    expect(secondsUntilWindowCloses(window!, 10 * MINUTE, at(9))).toBe(60);
    // Past the window: nothing counted any more, and the next hit starts afresh.
    expect(await currentWindow(t.db, key, 10 * MINUTE, at(11))).toBeNull();
    expect(await countHit(t.db, key, 10 * MINUTE, at(11))).toEqual({ count: 1, startedAt: at(11) });
  });

  it('keeps keys apart', async () => {
    await countHit(t.db, 'uji:a', 10 * MINUTE, at(0));
    await countHit(t.db, 'uji:a', 10 * MINUTE, at(1));
    expect((await countHit(t.db, 'uji:b', 10 * MINUTE, at(1))).count).toBe(1);
    expect((await currentWindow(t.db, 'uji:a', 10 * MINUTE, at(2)))?.count).toBe(2);
  });

  it('rolls a count back with the transaction that took it', async () => {
    const key = 'uji:rollback';
    await countHit(t.db, key, 10 * MINUTE, at(0));
    await expect(
      t.db.transaction().execute(async (trx) => {
        expect((await countHit(trx, key, 10 * MINUTE, at(1))).count).toBe(2);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect((await currentWindow(t.db, key, 10 * MINUTE, at(2)))?.count).toBe(1);
  });

  it('refuses a window longer than the 24-hour purge of stale counters', async () => {
    await expect(countHit(t.db, 'uji:long', LONGEST_WINDOW_MS + 1)).rejects.toThrow(/outside/);
    await expect(currentWindow(t.db, 'uji:long', 0)).rejects.toThrow(/outside/);
  });
});
