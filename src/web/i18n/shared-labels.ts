import type { Language } from './languages';

/**
 * One language's texts of a label table shared with the server (`{ id, en }` per key in
 * src/common), so that an i18n resource reads them instead of holding a second copy.
 */
export function labelsIn<Key extends string>(language: Language, labels: Record<Key, Record<Language, string>>): Record<Key, string> {
  return Object.fromEntries(Object.entries<Record<Language, string>>(labels).map(([key, text]) => [key, text[language]])) as Record<Key, string>;
}
