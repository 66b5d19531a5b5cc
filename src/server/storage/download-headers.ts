/**
 * Headers for serving stored files. Only inert types are ever sent with their own type: a PDF or
 * a raster image cannot run script in our origin. Anything else (HTML, SVG, scripts, unknown) is
 * sent as opaque bytes and as an attachment, and `nosniff` stops the browser from guessing.
 */
const INERT_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'text/csv',
  'text/markdown',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);
/** Types a browser may show in the page (images) rather than download. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

/** An ASCII fallback plus the RFC 5987 UTF-8 name, with quotes and control characters removed. */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const cleaned =
    [...filename]
      .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || '"\\/'.includes(c) ? '_' : c))
      .join('')
      .slice(0, 200) || 'berkas';
  const ascii = [...cleaned].map((c) => (c.charCodeAt(0) > 0x7e ? '_' : c)).join('');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
}

export function safeDownloadHeaders(contentType: string, filename: string, options: { inline?: boolean } = {}): Record<string, string> {
  const inert = INERT_TYPES.has(contentType);
  const type = inert ? contentType : 'application/octet-stream';
  const inline = inert && options.inline === true && INLINE_TYPES.has(type);
  return {
    'content-type': type.startsWith('text/') ? `${type}; charset=utf-8` : type,
    'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', filename),
    'x-content-type-options': 'nosniff',
    // A stored file must not be able to run script even if a browser renders it.
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
  };
}
