import { afterAll, beforeAll, expect, it } from 'vitest';
import { monthRange } from '../../src/common/event-calendar.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { ok } from '../replication/fixtures.js';

/**
 * The events calendar asks for its month's range: every event of a month arrives however many
 * events come before it (the list of "all" events stops at 500 a page), page by page.
 */
let t: TestApp;
type Page = { items: { id: string; title: string }[]; nextPage: number | null };

const HOUR = 3_600_000;
const event = (title: string, startsAt: Date, endsAt: Date) => ({
  title,
  kind: 'forum' as const,
  mode: 'online' as const,
  online_url: 'https://meet.example/acara',
  starts_at: startsAt,
  ends_at: endsAt,
  time_zone: 'WIB' as const,
  capacity: 10,
  agenda: '[]',
});

beforeAll(async () => {
  t = await createTestApp();
  // 520 events in January 2031 fill more than one page before anything of the later months.
  const january = Array.from({ length: 520 }, (_, k) => {
    const start = new Date(Date.UTC(2031, 0, 1, 2) + k * HOUR);
    return event(`Forum Januari ${k + 1}`, start, new Date(start.getTime() + HOUR));
  });
  await t.db.insertInto('events').values(january).execute();
  await t.db
    .insertInto('events')
    .values([
      event('Pameran Lintas Bulan', new Date('2031-02-25T02:00:00Z'), new Date('2031-03-03T09:00:00Z')),
      // 23.00–23.30 WIB on 28 February: already 1 March in WIT.
      event('Forum Tengah Malam', new Date('2031-02-28T16:00:00Z'), new Date('2031-02-28T16:30:00Z')),
      event('Lokakarya Maret', new Date('2031-03-10T02:00:00Z'), new Date('2031-03-10T05:00:00Z')),
      event('Kunjungan Maret', new Date('2031-03-31T09:00:00Z'), new Date('2031-03-31T10:00:00Z')),
      event('Forum April', new Date('2031-04-01T02:00:00Z'), new Date('2031-04-01T03:00:00Z')),
    ])
    .execute();
}, 120_000);
afterAll(() => t.close());

const list = (query: Record<string, string | number>) => t.agent().get(`/api/events?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`);
const titles = (page: Page) => page.items.map((e) => e.title);

it('pages the list of all events instead of dropping what lies beyond the first 500', async () => {
  const first = ok<Page>(await list({ when: 'all' }));
  expect(first.items).toHaveLength(500);
  expect(first.nextPage).toBe(2);
  expect(titles(first)).not.toContain('Lokakarya Maret');
  const second = ok<Page>(await list({ when: 'all', page: 2 }));
  expect(second.nextPage).toBeNull();
  expect(titles(second)).toContain('Lokakarya Maret');
  expect(new Set([...first.items, ...second.items].map((e) => e.id)).size).toBe(525);
});

it("answers a month's range with every event on in it, in the viewer's zone", async () => {
  const march = ok<Page>(await list({ when: 'all', ...monthRange('2031-03', 'WIB') }));
  expect(titles(march)).toEqual(['Pameran Lintas Bulan', 'Lokakarya Maret', 'Kunjungan Maret']);
  expect(march.nextPage).toBeNull();
  const marchInWit = ok<Page>(await list({ when: 'all', ...monthRange('2031-03', 'WIT') }));
  expect(titles(marchInWit)).toEqual(['Pameran Lintas Bulan', 'Forum Tengah Malam', 'Lokakarya Maret', 'Kunjungan Maret']);
  const february = ok<Page>(await list({ when: 'all', ...monthRange('2031-02', 'WIB') }));
  expect(titles(february)).toEqual(['Pameran Lintas Bulan', 'Forum Tengah Malam']);
});

it('reads a crowded month to its last page, each page capped', async () => {
  const range = monthRange('2031-01', 'WIB');
  const first = ok<Page>(await list({ when: 'all', ...range }));
  expect([first.items.length, first.nextPage]).toEqual([500, 2]);
  const second = ok<Page>(await list({ when: 'all', ...range, page: 2 }));
  expect([second.items.length, second.nextPage]).toEqual([20, null]);
  expect(new Set([...titles(first), ...titles(second)]).size).toBe(520);
});

it('refuses a range that is half given, backwards or longer than two months', async () => {
  expect((await list({ from: '2031-03-01T00:00:00+07:00' })).statusCode).toBe(400);
  expect((await list({ from: '2031-03-01T00:00:00+07:00', to: '2031-02-01T00:00:00+07:00' })).statusCode).toBe(400);
  expect((await list({ from: '2031-01-01T00:00:00+07:00', to: '2031-04-01T00:00:00+07:00' })).statusCode).toBe(400);
  expect((await list({ from: 'kemarin', to: '2031-04-01T00:00:00+07:00' })).statusCode).toBe(400);
});
