/**
 * The redacted copy a blind round serves: the agency's name and its region (regency/city and
 * province, with and without the "Kota"/"Kabupaten"/"Provinsi" prefix) are masked in every text of
 * the proposal, so the evaluator judges the innovation, not who or where it comes from.
 */
import { createHash } from 'node:crypto';

export const REDACTION_MARK = '[disamarkan]';

/**
 * What a blind round shows instead of the submitted title and the registration number (both of
 * which the public catalog and published lists carry): a code of the round and the proposal,
 * stable within the round and different in every other round, e.g. "Usulan #3FA2C1".
 */
export function blindCode(roundId: string, proposalId: string): string {
  return `Usulan #${createHash('sha256').update(`${roundId}:${proposalId}`).digest('hex').slice(0, 6).toUpperCase()}`;
}

const PREFIX = /^(kota|kabupaten|kab\.|provinsi|prov\.|pemerintah)\s+/i;

export function identifyingTerms(names: readonly (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const name of names) {
    const trimmed = name?.trim();
    if (!trimmed) continue;
    terms.add(trimmed);
    const core = trimmed.replace(PREFIX, '').trim();
    if (core.length >= 3) terms.add(core);
  }
  // Longest first, so "Kota Surabaya" is masked whole before "Surabaya".
  return [...terms].filter((t) => t.length >= 3).sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function redactText(text: string, terms: readonly string[]): string {
  let out = text;
  for (const term of terms) out = out.replace(new RegExp(escapeRegExp(term), 'gi'), REDACTION_MARK);
  return out;
}

/** Masks every string inside a JSON-like value (answers may be text, lists or objects). */
export function redactValue(value: unknown, terms: readonly string[]): unknown {
  if (typeof value === 'string') return redactText(value, terms);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, terms));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, terms)]));
  }
  return value;
}

/**
 * An answer as the text a hand-redacted copy holds (copies are text only): lists joined with
 * commas, numbers as written, nothing for an empty answer. The same reading as the review page's.
 */
export function answerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(answerText).join(', ');
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
