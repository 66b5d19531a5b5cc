import { describe, expect, it } from 'vitest';
import { dayInZone } from '../../src/common/competitions.js';
import { formatDate, formatDateTime, formatDateTimeFull, formatNumber, formatScore, formatTime, withYear } from '../../src/common/format.js';

/** The one number and date formatter of the web app (issue #20.1). */
describe('formatNumber / formatScore', () => {
  it('uses Indonesian separators in Indonesian and English ones in English', () => {
    expect(formatScore(72.777, 'id')).toBe('72,78');
    expect(formatScore(72.777, 'en')).toBe('72.78');
    expect(formatNumber(1234567, 'id', 0)).toBe('1.234.567');
    expect(formatNumber(1234567, 'en', 0)).toBe('1,234,567');
    expect(formatScore(null, 'id')).toBe('—');
  });
});

describe('dates in the user zone', () => {
  // 1 Dec 2026 21:01:03 UTC is already 2 December in WIB (04.01), WITA and WIT.
  const instant = '2026-12-01T21:01:03Z';

  it('shows the instant in the chosen zone, named, in the language format', () => {
    expect(formatDateTime(instant, 'id')).toBe('2 Des 2026, 04.01 WIB');
    expect(formatDateTime(instant, 'id', 'WIT')).toBe('2 Des 2026, 06.01 WIT');
    expect(formatDateTime(instant, 'en', 'WITA')).toBe('2 Dec 2026, 05:01 WITA');
    expect(formatTime(instant, 'id')).toBe('04.01 WIB');
    expect(formatDateTime(null, 'id')).toBe('—');
  });

  it('writes a deadline out in full, weekday first, in the zone', () => {
    // 23.59 WIB on Monday 14 December 2026 is 16:59 UTC.
    expect(formatDateTimeFull('2026-12-14T16:59:00Z', 'id')).toBe('Senin, 14 Desember 2026 23.59 WIB');
    expect(formatDateTimeFull('2026-12-14T16:59:00Z', 'en')).toBe('Monday, 14 December 2026 23:59 WIB');
    expect(formatDateTimeFull(instant, 'en', 'WIT')).toBe('Wednesday, 2 December 2026 06:01 WIT');
    expect(formatDateTimeFull(undefined, 'id')).toBe('—');
  });

  it('keeps calendar dates as written and puts instants on the zone calendar', () => {
    expect(formatDate('2020-06-30', 'id')).toBe('30 Jun 2020');
    expect(formatDate(instant, 'id')).toBe('2 Des 2026');
  });

  it('computes "today" in the zone, not the UTC day', () => {
    expect(dayInZone(new Date(instant))).toBe('2026-12-02');
    expect(dayInZone(new Date('2026-12-01T16:59:59Z'))).toBe('2026-12-01');
    expect(dayInZone(new Date('2026-12-01T16:59:59Z'), 'WIT')).toBe('2026-12-02');
  });
});

describe('withYear', () => {
  it('adds the year once', () => {
    expect(withYear('KIPP 2026', 2026)).toBe('KIPP 2026');
    expect(withYear('Panggilan Khusus COVID-19', 2020)).toBe('Panggilan Khusus COVID-19 (2020)');
  });
});
