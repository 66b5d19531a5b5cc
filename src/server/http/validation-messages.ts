import type { z } from 'zod';
import type { LocalizedText } from './errors.js';

/**
 * Turns zod issues into a message a person can act on, naming the field, in both languages.
 * Zod's own messages are English-only and technical.
 */
export interface FieldProblem {
  field: string;
  code: string;
  message: LocalizedText;
}

function describe(issue: z.core.$ZodIssue): LocalizedText {
  switch (issue.code) {
    case 'invalid_type':
      // Zod omits the input from issues by default; its message still says what was received.
      return issue.input === undefined && /received undefined/.test(issue.message)
        ? { id: 'wajib diisi', en: 'is required' }
        : { id: `harus bertipe ${issue.expected}`, en: `must be of type ${issue.expected}` };
    case 'too_small':
      return issue.origin === 'string'
        ? { id: `minimal ${issue.minimum} karakter`, en: `must have at least ${issue.minimum} characters` }
        : issue.origin === 'array'
          ? { id: `minimal ${issue.minimum} item`, en: `must have at least ${issue.minimum} items` }
          : { id: `minimal ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
    case 'too_big':
      return issue.origin === 'string'
        ? { id: `maksimal ${issue.maximum} karakter`, en: `must have at most ${issue.maximum} characters` }
        : issue.origin === 'array'
          ? { id: `maksimal ${issue.maximum} item`, en: `must have at most ${issue.maximum} items` }
          : { id: `maksimal ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
    case 'invalid_format':
      return { id: `format tidak valid (${issue.format})`, en: `has an invalid format (${issue.format})` };
    case 'invalid_value':
      return {
        id: `harus salah satu dari: ${issue.values.map(String).join(', ')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys':
      return { id: `kolom tidak dikenal: ${issue.keys.join(', ')}`, en: `unknown field(s): ${issue.keys.join(', ')}` };
    default:
      return { id: 'nilai tidak valid', en: 'is invalid' };
  }
}

export function toFieldProblems(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldProblem[] {
  return issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)';
    return { field, code: issue.code, message: describe(issue) };
  });
}

export function summarize(problems: FieldProblem[]): LocalizedText {
  const shown = problems.slice(0, 5);
  const more = problems.length - shown.length;
  return {
    id: `Data tidak valid: ${shown.map((p) => `'${p.field}' ${p.message.id}`).join('; ')}${more > 0 ? `; dan ${more} lainnya` : ''}.`,
    en: `Invalid data: ${shown.map((p) => `'${p.field}' ${p.message.en}`).join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
  };
}
