import { formatDate as sharedDate, formatNumber as sharedNumber } from '../../../../common/format';

/** Calendar date in the interface language ("1 Mar 2019"); `YYYY-MM-DD` values are read as dates, instants on the WIB calendar. */
export function formatDate(value: string | null | undefined, language: string): string {
  return value ? sharedDate(value, language) : '';
}

/** Whole counts with the language's separators ("1.234" in Indonesian). */
export function formatNumber(value: number, language: string): string {
  return sharedNumber(value, language, 0);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}
