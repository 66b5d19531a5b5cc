import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { type ImportLimits, refuse, unreadable } from './refusals.js';

/**
 * A ZIP archive read from its central directory, before anything is inflated: the entry count,
 * each entry's declared sizes and compression ratio are checked against the limits first, and an
 * entry is then inflated as a stream that stops the moment it produces more bytes than it
 * declared (a zip bomb may lie in its directory). ZIP64, encryption and methods other than
 * stored/deflate are refused: no spreadsheet within the limits needs them.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Below this size a high ratio is harmless (a tiny, repetitive XML part). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

export function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL;
}

export function readCentralDirectory(bytes: Buffer, limits: ImportLimits): Map<string, ZipEntry> {
  const damaged = () => unreadable(limits.field, { id: 'direktori ZIP rusak', en: 'damaged ZIP directory' });
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) throw unreadable(limits.field, { id: 'ZIP64 tidak didukung', en: 'ZIP64 is not supported' });
  if (count > limits.maxEntries) throw refuse(limits, 'entries', count);
  if (offset + size > eocd) throw damaged();

  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL) throw damaged();
    const flags = bytes.readUInt16LE(at + 8);
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + bytes.readUInt16LE(at + 28)),
    };
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (flags & 1) throw unreadable(limits.field, { id: 'berkas terenkripsi', en: 'the file is encrypted' });
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) throw unreadable(limits.field, { id: 'ZIP64 tidak didukung', en: 'ZIP64 is not supported' });
    if (entry.localHeaderOffset + 30 + entry.compressedSize > bytes.length) throw damaged();
    declaredTotal += entry.uncompressedSize;
    if (declaredTotal > limits.maxUncompressedBytes) throw refuse(limits, 'uncompressedBytes', declaredTotal);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
      throw refuse(limits, 'ratio', Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)));
    }
    if (!entry.name.endsWith('/')) entries.set(entry.name, entry);
  }
  return entries;
}

const INPUT_CHUNK = 64 * 1024;

/**
 * The entry's bytes as they inflate. Stops with a refusal as soon as the output exceeds the size
 * the directory declared; the caller may stop early (`break`), which ends the inflation.
 */
export async function* inflateEntry(bytes: Buffer, entry: ZipEntry, limits: ImportLimits): AsyncGenerator<Buffer> {
  const at = entry.localHeaderOffset;
  if (bytes.readUInt32LE(at) !== LOCAL) throw unreadable(limits.field, { id: 'direktori ZIP rusak', en: 'damaged ZIP directory' });
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize)
      throw unreadable(limits.field, { id: 'ukuran isi ZIP tidak sesuai direktorinya', en: 'a ZIP entry does not match its declared size' });
    for (let i = 0; i < data.length; i += INPUT_CHUNK) yield data.subarray(i, i + INPUT_CHUNK);
    return;
  }
  if (entry.method !== 8) throw unreadable(limits.field, { id: `metode kompresi ${entry.method} tidak didukung`, en: `compression method ${entry.method} is not supported` });
  const inflater = zlib.createInflateRaw();
  const source = Readable.from(
    (function* () {
      for (let i = 0; i < data.length; i += INPUT_CHUNK) yield data.subarray(i, i + INPUT_CHUNK);
    })(),
  );
  source.pipe(inflater);
  let produced = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length;
      // More than declared: the directory lies (the classic zip bomb). Stop inflating now.
      if (produced > entry.uncompressedSize) throw refuse(limits, 'declaredSize', entry.uncompressedSize, entry.name);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof Error && 'errno' in error) throw unreadable(limits.field, { id: 'data terkompresi rusak', en: 'damaged compressed data' });
    throw error;
  } finally {
    source.unpipe(inflater);
    source.destroy();
    inflater.destroy();
  }
}

/** A small entry (workbook, relationships, styles) as text, inflated under the same guard. */
export async function entryText(bytes: Buffer, entry: ZipEntry, limits: ImportLimits): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of inflateEntry(bytes, entry, limits)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}
