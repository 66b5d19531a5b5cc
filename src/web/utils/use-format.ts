import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayInZone } from '../../common/competitions';
import { useTimeZone } from '../features/competitions/time-zone';
import { formatDate, formatDateTime, formatNumber, formatScore, formatTime } from '../../common/format';

/**
 * The formatters bound to the interface language and the user's time zone, so a page writes
 * `f.dateTime(x)` / `f.number(x)` and never picks a locale or zone itself.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const [zone] = useTimeZone();
  const language = i18n.language;
  return useMemo(
    () => ({
      zone,
      language,
      number: (value: number | null | undefined, digits?: number) => formatNumber(value, language, digits),
      score: (value: number | null | undefined) => formatScore(value, language),
      dateTime: (value: string | Date | null | undefined) => formatDateTime(value, language, zone),
      date: (value: string | Date | null | undefined) => formatDate(value, language, zone),
      time: (value: string | Date | null | undefined) => formatTime(value, language, zone),
      /** Today's date ("2026-12-02") in the user's zone, e.g. for export file names. */
      today: () => dayInZone(new Date(), zone),
    }),
    [zone, language],
  );
}
