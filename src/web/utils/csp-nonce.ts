/**
 * The CSP nonce the server put in `<meta property="csp-nonce" nonce="…">` (the tag Vite emits
 * with `html.cspNonce`), if any. Mantine adds it to the `<style>` elements it injects, so a
 * `style-src 'nonce-…'` policy can replace `'unsafe-inline'`.
 */
export function readCspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || undefined;
}
