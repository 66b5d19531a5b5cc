import { DEFAULT_TIME_ZONE, TIME_ZONES, type TimeZoneCode } from './competitions.js';

/**
 * The one place numbers and dates are turned into text on screen. Indonesian separators in
 * Indonesian ("72,78", "1.234"), British English ones in English; dates and times always in the
 * user's Indonesian time zone (WIB by default), never the browser's, with the zone named.
 */
export function localeOf(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'id-ID';
}

/** "72,78" / "72.78"; `digits` fixes the decimals (scores use 2), otherwise up to 2 are shown. */
export function formatNumber(value: number | null | undefined, language: string, digits?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const options = digits === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}

/** A score 0..100 with two decimals, "—" when there is none. */
export function formatScore(value: number | null | undefined, language: string): string {
  return formatNumber(value, language, 2);
}

function parse(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "30 Jun 2020 23.59 WIB" in the zone, or "—". */
export function formatDateTime(value: string | Date | null | undefined, language: string, zone: TimeZoneCode = DEFAULT_TIME_ZONE): string {
  const date = parse(value);
  if (!date) return '—';
  const text = new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONES[zone].iana, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return `${text} ${zone}`;
}

/** "Senin, 14 Desember 2026 23.59 WIB" / "Monday, 14 December 2026 23:59 WIB": a deadline written out in full, or "—". */
export function formatDateTimeFull(value: string | Date | null | undefined, language: string, zone: TimeZoneCode = DEFAULT_TIME_ZONE): string {
  const date = parse(value);
  if (!date) return '—';
  const timeZone = TIME_ZONES[zone].iana;
  const day = new Intl.DateTimeFormat(localeOf(language), { timeZone, dateStyle: 'full' }).format(date);
  return `${day} ${new Intl.DateTimeFormat(localeOf(language), { timeZone, timeStyle: 'short' }).format(date)} ${zone}`;
}

/**
 * "30 Jun 2020". A calendar date ("2020-06-30") is shown as written; an instant as the day it
 * is in the zone.
 */
export function formatDate(value: string | Date | null | undefined, language: string, zone: TimeZoneCode = DEFAULT_TIME_ZONE): string {
  const date = parse(value);
  if (!date) return '—';
  const calendar = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: calendar ? 'UTC' : TIME_ZONES[zone].iana, dateStyle: 'medium' }).format(date);
}

/** "14.05" / "14:05" in the zone (e.g. when a sign-in lock ends). */
export function formatTime(value: string | Date | null | undefined, language: string, zone: TimeZoneCode = DEFAULT_TIME_ZONE): string {
  const date = parse(value);
  if (!date) return '—';
  return `${new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONES[zone].iana, timeStyle: 'short' }).format(date)} ${zone}`;
}

/** A competition's name with its year, unless the name already carries the year ("KIPP 2026", not "KIPP 2026 (2026)"). */
export function withYear(name: string, year: number | null | undefined): string {
  if (!year || name.includes(String(year))) return name;
  return `${name} (${year})`;
}

/**
 * A ministry-entered text in the interface language: its English version in English when one
 * was given, otherwise the Indonesian text (issue #20.7).
 */
export function localText(indonesian: string, english: string | null | undefined, language: string): string {
  return language.startsWith('en') && english && english.trim() ? english : indonesian;
}
