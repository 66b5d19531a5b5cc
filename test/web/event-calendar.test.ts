import { expect, it } from 'vitest';
import { eventDays, eventsByDay, monthRange, monthWeeks, shiftMonth } from '../../src/common/event-calendar.js';

/** The events calendar's month grid (issue #15.5): Monday-first weeks, events on their days in the viewer's zone. */
it('lays a month out in Monday-first weeks with the neighbouring days marked', () => {
  const weeks = monthWeeks('2026-12'); // 1 December 2026 is a Tuesday
  expect(weeks).toHaveLength(5);
  expect(weeks[0]!.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
  expect(weeks[0]![0]!.inMonth).toBe(false);
  expect(weeks[4]!.at(-1)).toEqual({ date: '2027-01-03', inMonth: false });
  expect(
    monthWeeks('2026-02')
      .flat()
      .filter((d) => d.inMonth),
  ).toHaveLength(28);
  expect(monthWeeks('2027-02')).toHaveLength(4); // starts on a Monday, 28 days
  expect([shiftMonth('2026-12', 1), shiftMonth('2026-01', -1), shiftMonth('2026-05', 0)]).toEqual(['2027-01', '2025-12', '2026-05']);
});

it("puts an event on each of its days in the viewer's zone", () => {
  // 23:30 WIB on 9 December is 00:30 WITA and 01:30 WIT on the 10th.
  const late = { startsAt: '2026-12-09T16:30:00Z', endsAt: '2026-12-09T16:45:00Z' };
  expect(eventDays(late.startsAt, late.endsAt, 'WIB')).toEqual(['2026-12-09']);
  expect(eventDays(late.startsAt, late.endsAt, 'WIT')).toEqual(['2026-12-10']);
  // Three days; ending exactly at midnight WIB is not on the next day.
  expect(eventDays('2026-12-01T01:00:00Z', '2026-12-03T17:00:00Z', 'WIB')).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
  const byDay = eventsByDay(
    [
      { id: 'a', ...late },
      { id: 'b', startsAt: '2026-12-09T02:00:00Z', endsAt: '2026-12-10T02:00:00Z' },
    ],
    'WITA',
  );
  expect([...byDay.entries()].map(([d, es]) => [d, es.map((e) => e.id)])).toEqual([
    ['2026-12-10', ['a', 'b']],
    ['2026-12-09', ['b']],
  ]);
});

it("asks for the month's range as the viewer's zone bounds it", () => {
  expect(monthRange('2026-12', 'WIB')).toEqual({ from: '2026-12-01T00:00:00+07:00', to: '2027-01-01T00:00:00+07:00' });
  const wit = monthRange('2027-02', 'WIT');
  expect(wit).toEqual({ from: '2027-02-01T00:00:00+09:00', to: '2027-03-01T00:00:00+09:00' });
  expect(new Date(wit.from).toISOString()).toBe('2027-01-31T15:00:00.000Z');
});
