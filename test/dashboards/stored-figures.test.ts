import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readStored } from '../../src/server/modules/dashboards/stored-figures.js';

/** The tolerant reader of stored figures: what a later field reads as in an older copy. */
const today = z.object({
  total: z.number(),
  rows: z.array(z.object({ key: z.string(), value: z.number(), note: z.string().nullable(), share: z.number().default(-1) })),
  extra: z.array(z.string()).optional(),
  added: z.object({ label: z.string(), items: z.array(z.number()) }),
});

describe('readStored', () => {
  it('fills what the schema gained since the copy was stored, inside lists too, and keeps what was stored', () => {
    const older = { total: 3, rows: [{ key: 'a', value: 3 }] };
    expect(readStored(today, older)).toEqual({ total: 3, rows: [{ key: 'a', value: 3, note: null, share: -1 }], added: { label: '', items: [] } });
  });

  it('still refuses a stored value of the wrong kind', () => {
    expect(() => readStored(today, { total: 'three', rows: [] })).toThrow();
  });
});
