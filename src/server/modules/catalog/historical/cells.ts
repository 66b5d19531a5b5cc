import type { AgencyType } from '../../../../common/agency-types.js';
import type { AwardLevel } from '../../../../common/catalog.js';
import { normalizeName } from '../../../../common/name-match.js';
import type { LocalizedText } from '../../../http/errors.js';

/** How a historical file's cells are read: dates at year or month precision, award labels, agency types. */

export type Precision = 'day' | 'month' | 'year';
export type Parsed<T> = { value: T } | { problem: LocalizedText };

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "2019", "03/2019", "2019-03", "Maret 2019", "2019-03-01", "1/3/2019" (day first) → the first day
 * of what is known, with its precision. A date after `today` (YYYY-MM-DD) or before 1945 is refused.
 */
export function parseHistoricalDate(raw: string, today: string): Parsed<{ date: string; precision: Precision }> {
  const text = raw.trim();
  let y: number | undefined;
  let m = 1;
  let d = 1;
  let precision: Precision = 'day';
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(text))) {
    y = Number(match[1]);
    precision = 'year';
  } else if ((match = /^(\d{4})[-/.](\d{1,2})$/.exec(text))) {
    [y, m, precision] = [Number(match[1]), Number(match[2]), 'month'];
  } else if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(text))) {
    [y, m, precision] = [Number(match[2]), Number(match[1]), 'month'];
  } else if ((match = /^([a-z]+)\.?\s+(\d{4})$/i.exec(text)) && MONTHS[match[1]!.toLowerCase()]) {
    [y, m, precision] = [Number(match[2]), MONTHS[match[1]!.toLowerCase()]!, 'month'];
  } else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) {
    [y, m, d] = [Number(match[3]), Number(match[2]), Number(match[1])];
  }
  const bad = {
    problem: {
      id: `"${text}" bukan tahun, bulan-tahun atau tanggal (mis. 2019, 03/2019, 2019-03-01)`,
      en: `"${text}" is not a year, month-year or date (e.g. 2019, 03/2019, 2019-03-01)`,
    },
  };
  if (y === undefined || m < 1 || m > 12 || d < 1 || d > 31) return bad;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.getUTCDate() !== d) return bad;
  const firstKnown = precision === 'year' ? `${y}` : precision === 'month' ? `${y}-${pad(m)}` : date;
  if (firstKnown > today.slice(0, firstKnown.length)) return { problem: { id: `${text} ada di masa depan`, en: `${text} is in the future` } };
  if (y < 1945) return { problem: { id: `${text} sebelum 1945`, en: `${text} is before 1945` } };
  return { value: { date, precision } };
}

/** The award level a label or level cell says: "Top 99 KIPP 2019" → top_99; other named awards → special. */
export function awardLevelOf(text: string): AwardLevel | null {
  const t = normalizeName(text);
  if (!t) return null;
  if (/\btop ?5\b|\bterbaik\b|\bjuara\b|\bwinner\b/.test(t)) return 'top_5';
  if (/\btop ?45\b|\btop ?40\b|\btop ?35\b/.test(t)) return 'top_45';
  if (/\btop ?99\b|\btop ?100\b/.test(t)) return 'top_99';
  if (/internasional|international|unpsa|opsi|un public service/.test(t)) return 'international';
  if (/regional|asean|provinsi/.test(t)) return 'regional';
  return 'special';
}

/** The four digits of the first year in a text, or null. */
export function yearIn(text: string): number | null {
  const m = /\b(19[5-9]\d|20\d\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}

const AGENCY_TYPE_WORDS: [RegExp, AgencyType][] = [
  [/^(pemerintah )?(provinsi|prov|pemprov)\b/, 'provinsi'],
  [/^(pemerintah )?(kabupaten|kab|pemkab)\b/, 'kabupaten'],
  [/^(pemerintah )?(kota|pemkot)\b/, 'kota'],
  [/^(kementerian|kementrian|ministry)\b/, 'kementerian'],
  [/^(lembaga|badan|agency|institution)\b/, 'lembaga'],
  [/^bumn\b/, 'bumn'],
  [/^(bumd|perumda|pdam)\b/, 'bumd'],
  [/^(perguruan tinggi|universitas|university|institut|politeknik)\b/, 'perguruan_tinggi'],
  [/^(swasta|private|perusahaan)\b/, 'swasta'],
  [/^(komunitas|community|masyarakat)\b/, 'komunitas'],
];

/** "Pemkab", "Kabupaten", "Kementerian", "K", "L", "pemda kota" … → an agency type, or null when it says none. */
export function agencyTypeOf(text: string): AgencyType | null {
  const t = normalizeName(text).replace(/^pemda /, 'pemerintah ');
  if (!t) return null;
  if (t === 'k') return 'kementerian';
  if (t === 'l') return 'lembaga';
  if (t === 'pemda') return null;
  for (const [re, type] of AGENCY_TYPE_WORDS) if (re.test(t)) return type;
  return null;
}

/** http(s) address of at most 500 characters, or a problem. */
export function parseUrl(raw: string): Parsed<string> {
  const text = raw.trim();
  if (!/^https?:\/\/\S+$/i.test(text) || text.length > 500)
    return { problem: { id: `"${text.slice(0, 60)}" bukan alamat http(s)`, en: `"${text.slice(0, 60)}" is not an http(s) address` } };
  return { value: text };
}
