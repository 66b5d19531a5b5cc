import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_TIME_ZONE, TIME_ZONES, type TimeZoneCode } from '../../../common/competitions';
import { savePreferences } from '../../auth/auth-api';
import { SESSION_QUERY_KEY, type SessionState, useAuth } from '../../auth/use-auth';
import { formatDateTime } from '../../../common/format';

/**
 * The Indonesian time zone the user reads and enters dates in (WIB by default, WITA, WIT).
 * Signed in, it is the account's preference (`timeZone` of `/api/auth/me`), so it follows the
 * user to every device; signed out, it is remembered in this browser. Deadlines are instants;
 * only their display depends on the zone.
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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function rememberInBrowser(zone: TimeZoneCode): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, zone);
  } catch {
    // private mode: the choice lasts for this page only
  }
  for (const listener of listeners) listener();
}

/** Puts the zone into the cached session, so every reader of `useAuth` re-renders at once. */
function setSessionZone(queryClient: QueryClient, zone: TimeZoneCode): void {
  queryClient.setQueryData<SessionState>(SESSION_QUERY_KEY, (session) => (session?.user ? { ...session, user: { ...session.user, timeZone: zone } } : session));
}

/**
 * `[zone, setZone]`. The zone is derived (account first, then this browser), never copied
 * into state by an effect, so there is nothing to loop or flicker. `setZone` applies the choice
 * at once everywhere and, when signed in, saves it to the account; if that fails the previous
 * zone comes back and the returned promise rejects with the API's error.
 */
export function useTimeZone(): [TimeZoneCode, (zone: TimeZoneCode) => Promise<void>] {
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const browserZone = useSyncExternalStore(subscribe, read, () => DEFAULT_TIME_ZONE);
  const zone = user?.timeZone ?? browserZone;
  const set = useCallback(
    async (next: TimeZoneCode) => {
      // Also kept in the browser, so the zone stays after signing out.
      rememberInBrowser(next);
      const previous = queryClient.getQueryData<SessionState>(SESSION_QUERY_KEY)?.user?.timeZone;
      if (!previous || previous === next) return;
      setSessionZone(queryClient, next);
      try {
        await savePreferences({ timeZone: next });
      } catch (error) {
        // Undo only if no later choice has replaced this one meanwhile.
        if (queryClient.getQueryData<SessionState>(SESSION_QUERY_KEY)?.user?.timeZone === next) setSessionZone(queryClient, previous);
        throw error;
      }
    },
    [queryClient],
  );
  return [zone, set];
}

/** "30 Jun 2020 23.59 WIB" (the shared formatter of `utils/format.ts`). */
export function formatInZone(iso: string | null | undefined, zone: TimeZoneCode, language: string): string {
  return formatDateTime(iso, language, zone);
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
