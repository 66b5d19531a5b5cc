import { expect, it } from 'vitest';
import { calendar, escapeText, foldLine, utcStamp } from './ics.js';

it('writes RFC 5545: CRLF, escaped text, UTC times, folded long lines', () => {
  expect(escapeText('Forum; inovasi, daerah\\pusat\nhari 2')).toBe('Forum\\; inovasi\\, daerah\\\\pusat\\nhari 2');
  expect(utcStamp(new Date('2026-12-10T01:30:00.000Z'))).toBe('20261210T013000Z');
  const long = `SUMMARY:${'é'.repeat(60)}`;
  const folded = foldLine(long);
  for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  expect(
    folded
      .split('\r\n')
      .map((l, i) => (i === 0 ? l : l.slice(1)))
      .join(''),
  ).toBe(long);
  const ics = calendar(
    [
      {
        uid: 'e1@simpul',
        title: 'Forum, Pelayanan; Publik',
        description: 'Baris 1\nBaris 2',
        location: 'Jakarta',
        url: 'https://simpul.test/acara/e1',
        startsAt: new Date('2026-12-10T01:30:00Z'),
        endsAt: new Date('2026-12-10T05:00:00Z'),
        updatedAt: new Date('2026-12-01T00:00:00Z'),
      },
    ],
    'Acara Simpul',
  );
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  expect(ics).toContain('\r\nDTSTART:20261210T013000Z\r\nDTEND:20261210T050000Z\r\n');
  expect(ics).toContain('SUMMARY:Forum\\, Pelayanan\\; Publik\r\n');
  expect(ics).toContain('DESCRIPTION:Baris 1\\nBaris 2\r\n');
});
