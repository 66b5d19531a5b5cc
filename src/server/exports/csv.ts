import type { Readable } from 'node:stream';
import { stringify, type Options } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';

/**
 * The one CSV writer of the platform: every CSV a user downloads goes through `csvText` (a whole
 * table in memory) or `csvStream` (row by row), so formula neutralisation is applied and tested
 * once for all.
 *
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` as a formula (and some
 * also after a leading tab, carriage return or spaces, or with the full-width forms); such a
 * text cell gets a leading apostrophe, which keeps it text and is the convention spreadsheet
 * users recognise. Numbers are written as numbers (a negative number is not a formula).
 */
const FORMULA_START = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvOptions {
  /** A UTF-8 byte-order mark, so spreadsheet programs read Indonesian names right (default true). */
  bom?: boolean;
  /** Line ends: `\n` (the default, what csv-stringify writes) or `\r\n` (RFC 4180). */
  lineEnd?: '\r\n' | '\n';
}

function stringifyOptions(options: CsvOptions): Options {
  return {
    bom: options.bom ?? true,
    record_delimiter: options.lineEnd === '\r\n' ? 'windows' : 'unix',
    // Quoted also when a cell holds `;`: Excel in Indonesian locales splits on it.
    quoted_match: /;/,
    cast: { string: (value) => neutralizeCell(value) },
  };
}

/** A whole table (header row first) as CSV text. */
export function csvText(rows: readonly (readonly unknown[])[], options: CsvOptions = {}): string {
  return stringifySync(rows as unknown[][], stringifyOptions(options));
}

export interface CsvColumn<K extends string> {
  key: K;
  header: string;
}

/** A CSV stream with a header row, written as the rows arrive (large exports never sit in memory). */
export function csvStream<K extends string>(columns: readonly CsvColumn<K>[], rows: AsyncIterable<Record<K, unknown>>, options: CsvOptions = {}): Readable {
  const out = stringify({ ...stringifyOptions(options), header: true, columns: columns.map((c) => ({ key: c.key, header: c.header })) });
  (async () => {
    try {
      for await (const row of rows) {
        if (!out.write(row)) await new Promise((resolve) => out.once('drain', resolve));
      }
      out.end();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}
