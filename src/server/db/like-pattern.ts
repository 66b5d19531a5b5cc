/**
 * Search boxes match with LIKE/ILIKE, where `%` and `_` are wildcards and `\` is PostgreSQL's
 * default escape character. A person searching for "100%" or "e_ktp" means those characters
 * literally, so they are escaped before the term goes into a pattern.
 */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE/ILIKE pattern that matches `term`, taken literally, anywhere in the text. */
export function containsPattern(term: string): string {
  return `%${escapeLike(term)}%`;
}
