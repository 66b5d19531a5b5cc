import { type ImportLimits, refuse } from './refusals.js';

/**
 * Just enough streaming XML for SpreadsheetML: complete elements of one name cut from a stream of
 * inflating chunks (rows of a sheet, strings of the shared-string table), their attributes and
 * their text. Namespace prefixes (`<x:row>`) are accepted. Never holds more than one element plus
 * one chunk of text, and refuses an element longer than `maxRowChars`.
 */
export async function* elements(chunks: AsyncIterable<Buffer>, tag: string, limits: ImportLimits): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const open = new RegExp(`<(?:[\\w.-]+:)?${tag}[\\s>/]`, 'g');
  const close = new RegExp(`</(?:[\\w.-]+:)?${tag}\\s*>`, 'g');
  let text = '';
  for await (const chunk of chunks) {
    text += decoder.decode(chunk, { stream: true });
    let pos = 0;
    for (;;) {
      open.lastIndex = pos;
      const start = open.exec(text);
      if (!start) {
        // Keep a tail in case an opening tag is cut between two chunks.
        pos = Math.max(pos, text.length - 64);
        break;
      }
      const end = text.indexOf('>', start.index + 1);
      if (end < 0) {
        pos = start.index;
        break;
      }
      if (text[end - 1] === '/') {
        yield text.slice(start.index, end + 1);
        pos = end + 1;
        continue;
      }
      close.lastIndex = end;
      const closing = close.exec(text);
      if (!closing) {
        pos = start.index;
        break;
      }
      yield text.slice(start.index, closing.index + closing[0].length);
      pos = closing.index + closing[0].length;
    }
    text = text.slice(pos);
    if (text.length > limits.maxRowChars) throw refuse(limits, 'rowChars', text.length);
  }
}

const attributePatterns = new Map<string, RegExp>();
const childPatterns = new Map<string, RegExp>();

function cached(cache: Map<string, RegExp>, name: string, source: () => string): RegExp {
  let pattern = cache.get(name);
  if (!pattern) cache.set(name, (pattern = new RegExp(source())));
  return pattern;
}

export function attribute(tag: string, name: string): string | undefined {
  const match = cached(attributePatterns, name, () => `[\\s:]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXml(match[1] ?? match[2] ?? '') : undefined;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities and character references, and the `_xHHHH_` escapes of Office strings. */
export function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
      if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
      return ENTITIES[e]!;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The text of a string item (`<si>`, `<is>`): every `<t>` run, phonetic guides (`<rPh>`) left out. */
export function runText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let out = '';
  for (const m of withoutPhonetic.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g)) out += m[1];
  return decodeXml(out);
}

/** The content of the first child element `name`, undecoded. */
export function childContent(xml: string, name: string): string | undefined {
  return cached(childPatterns, name, () => `<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>`).exec(xml)?.[1];
}
