import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/web/api/api-error.js';

/** The sign-in page reads a 429's `retry-after` to say from when to try again. */
describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');

  it('reads whole seconds', () => {
    expect(parseRetryAfter('900', now)).toBe(900);
    expect(parseRetryAfter(' 61 ', now)).toBe(61);
    expect(parseRetryAfter('0', now)).toBe(0);
  });

  it('reads an HTTP date as the seconds until it, never negative', () => {
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:15:00 GMT', now)).toBe(900);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:59:00 GMT', now)).toBe(0);
  });

  it('gives null when the header is absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});
