import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_TIME_ZONE, TIME_ZONES, type TimeZoneCode } from '../../../common/competitions';

/**
 * The Indonesian time zone the user reads and enters dates in (WIB by default, WITA, WIT),
 * remembered in this browser. Deadlines are instants; only their display depends on the zone.
 */
const STORAGE_KEY = 'simpul.timeZone';
const listeners = new Set<() => void>();

function read(): TimeZoneCode {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored && stored in TIME_ZONES ? (stored as TimeZoneCode) : DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

export function useTimeZone(): [TimeZoneCode, (zone: TimeZoneCode) => void] {
  const zone = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => DEFAULT_TIME_ZONE,
  );
  const set = useCallback((next: TimeZoneCode) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    for (const listener of listeners) listener();
  }, []);
  return [zone, set];
}

/** "30 Jun 2020 23.59 WIB". */
export function formatInZone(iso: string | null | undefined, zone: TimeZoneCode, language: string): string {
  if (!iso) return '—';
  const text = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: TIME_ZONES[zone].iana,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
  return `${text} ${zone}`;
}

/** An instant as the value of `<input type="datetime-local">` in the zone (fixed offsets: no daylight saving). */
export function toZoneInput(iso: string, zone: TimeZoneCode): string {
  const shifted = new Date(new Date(iso).getTime() + TIME_ZONES[zone].offsetHours * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}

/** The instant a `datetime-local` value means in the zone, or null when incomplete. */
export function fromZoneInput(value: string, zone: TimeZoneCode): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const offset = TIME_ZONES[zone].offsetHours;
  const date = new Date(`${value.slice(0, 16)}:00+0${offset}:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
