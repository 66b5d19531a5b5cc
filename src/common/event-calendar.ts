import { dayInZone, TIME_ZONES, type TimeZoneCode } from './competitions.js';

/**
 * The events calendar's month grid: weeks of seven days, Monday first, and the days each event
 * falls on in the viewer's zone. Pure (dates as 'YYYY-MM-DD' strings, months as 'YYYY-MM').
 */
export interface GridDay {
  date: string;
  inMonth: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** 'YYYY-MM' moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const k = y * 12 + (m - 1) + delta;
  return `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`;
}

/** Whether the text is a month 'YYYY-MM' (years 2000–2099). */
export const isMonth = (value: string | null): value is string => !!value && /^20\d{2}-(0[1-9]|1[0-2])$/.test(value);

/** The weeks (Monday to Sunday) covering the month, with the neighbouring months' days marked. */
export function monthWeeks(month: string): GridDay[][] {
  const first = utc(`${month}-01`);
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000);
  const next = utc(`${shiftMonth(month, 1)}-01`);
  const weeks: GridDay[][] = [];
  for (let d = start; d < next;) {
    const week: GridDay[] = [];
    for (let k = 0; k < 7; k++, d = new Date(d.getTime() + 86_400_000)) week.push({ date: iso(d), inMonth: iso(d).startsWith(month) });
    weeks.push(week);
  }
  return weeks;
}

/** The most days of one event the calendar draws (a longer one shows its first ones only). */
export const EVENT_DAYS_SHOWN = 62;

/**
 * The instants the month begins and ends in `zone` ([from, to), ISO with the zone's offset): the
 * range the calendar asks the server for, so it gets exactly the month's events.
 */
export function monthRange(month: string, zone: TimeZoneCode): { from: string; to: string } {
  const offset = `+${pad(TIME_ZONES[zone].offsetHours)}:00`;
  return { from: `${month}-01T00:00:00${offset}`, to: `${shiftMonth(month, 1)}-01T00:00:00${offset}` };
}

/**
 * Each day (in `zone`) an event is on, from its start to its end; an event ending exactly at
 * midnight is not on the next day.
 */
export function eventDays(startsAt: string, endsAt: string, zone: TimeZoneCode): string[] {
  const start = new Date(startsAt);
  const last = dayInZone(new Date(Math.max(start.getTime(), new Date(endsAt).getTime() - 1)), zone);
  const days: string[] = [];
  for (let d = utc(dayInZone(start, zone)); iso(d) <= last && days.length < EVENT_DAYS_SHOWN; d = new Date(d.getTime() + 86_400_000)) days.push(iso(d));
  return days;
}

/** The events of each day, in the order given (the list comes sorted by start). */
export function eventsByDay<T extends { startsAt: string; endsAt: string }>(events: readonly T[], zone: TimeZoneCode): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const e of events) for (const day of eventDays(e.startsAt, e.endsAt, zone)) byDay.set(day, [...(byDay.get(day) ?? []), e]);
  return byDay;
}
