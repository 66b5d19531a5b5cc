import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { CsvError, parse } from 'csv-parse';
import { type ImportLimits, refuse, unreadable } from './refusals.js';

/**
 * The records of a UTF-8 CSV file as a stream. The text is fed to the parser in slices with a
 * turn of the event loop between them, so a large file never holds other requests up, and the
 * caller can stop reading at its row cap. Excel in Indonesian locales writes `;`-separated CSV:
 * the separator the header line uses more is taken.
 */
const SLICE = 64 * 1024;

export async function* csvRows(bytes: Buffer, limits: ImportLimits): AsyncGenerator<string[]> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable(limits.field);
  }
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parser = parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, trim: true, max_record_size: limits.maxRowChars });
  const state = { stopped: false };
  const feeding = (async () => {
    for (let i = 0; i < text.length; i += SLICE) {
      if (state.stopped) return;
      if (!parser.write(text.slice(i, i + SLICE))) await new Promise((resolve) => parser.once('drain', resolve));
      await yieldToEventLoop();
    }
    if (!state.stopped) parser.end();
  })().catch(() => undefined); // a parse error surfaces through the records below
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield record;
    await feeding;
  } catch (error) {
    if (error instanceof CsvError) {
      if (error.code === 'CSV_MAX_RECORD_SIZE') throw refuse(limits, 'rowChars', limits.maxRowChars + 1);
      throw unreadable(limits.field, { id: error.message, en: error.message });
    }
    throw error;
  } finally {
    state.stopped = true;
    parser.destroy();
    // The feeder may wait for a drain that never comes once the parser is gone.
    parser.emit('drain');
  }
}
