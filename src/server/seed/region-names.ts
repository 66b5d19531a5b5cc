/** Acronyms kept upper case when turning the source's CAPITALISED names into title case. */
const ACRONYMS = new Set(['DKI', 'DI']);

export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (ACRONYMS.has(word.toUpperCase()) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
