/**
 * pdfkit's built-in Helvetica covers Latin-1 only (no font file is shipped or fetched): map
 * typographic marks to their plain forms and replace anything else outside Latin-1 with '?'.
 */
const REPLACEMENTS: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '•': '-',
  '·': '-',
  '→': '->',
  '≥': '>=',
  '≤': '<=',
  '−': '-',
};

export function latin1(text: string): string {
  return [...text.normalize('NFC')].map((ch) => REPLACEMENTS[ch] ?? ((ch.codePointAt(0) ?? 0) <= 0xff ? ch : '?')).join('');
}
