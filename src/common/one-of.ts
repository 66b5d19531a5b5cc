/**
 * Whether `value` is one of `choices` (a fixed list such as AWARD_LEVELS or OAOI_AGENCY_TYPES),
 * narrowing its type: text from a URL, a form control or a database column becomes the list's
 * type only after this check.
 */
export function isOneOf<T extends string>(choices: readonly T[], value: string | null | undefined): value is T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value);
}
