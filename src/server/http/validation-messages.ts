import type { z } from 'zod';
import { errors, type LocalizedText } from './errors.js';
import { fieldLabel } from './field-labels.js';

/**
 * Turns zod issues into a message a person can act on, naming the field as people call it
 * ("Judul", not 'title'), in both languages. Zod's own messages are English-only and technical.
 * `field` keeps the API path so forms can put the problem at the right input.
 */
export interface FieldProblem {
  field: string;
  label: LocalizedText;
  code: string;
  message: LocalizedText;
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'ya/tidak', en: 'yes/no' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'data terstruktur', en: 'structured data' },
  date: { id: 'tanggal', en: 'a date' },
};

const FORMATS: Record<string, LocalizedText> = {
  email: { id: 'harus berupa alamat email yang valid', en: 'must be a valid email address' },
  url: { id: 'harus berupa tautan lengkap (https://…)', en: 'must be a full link (https://…)' },
  uuid: { id: 'bukan pengenal yang valid', en: 'is not a valid identifier' },
  date: { id: 'harus berupa tanggal TTTT-BB-HH', en: 'must be a date YYYY-MM-DD' },
  datetime: { id: 'harus berupa tanggal dan jam', en: 'must be a date and time' },
  regex: { id: 'bentuknya tidak sesuai', en: 'is not in the expected form' },
};

function describe(issue: z.core.$ZodIssue): LocalizedText {
  switch (issue.code) {
    case 'invalid_type':
      // Zod omits the input from issues by default; its message still says what was received.
      return issue.input === undefined && /received undefined/.test(issue.message)
        ? { id: 'wajib diisi', en: 'is required' }
        : { id: `harus berupa ${TYPE_NAMES[issue.expected]?.id ?? issue.expected}`, en: `must be ${TYPE_NAMES[issue.expected]?.en ?? issue.expected}` };
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
      return FORMATS[issue.format] ?? { id: `format tidak valid (${issue.format})`, en: `has an invalid format (${issue.format})` };
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
    return { field, label: fieldLabel(issue.path as (string | number)[]), code: issue.code, message: describe(issue) };
  });
}

export function summarize(problems: FieldProblem[]): LocalizedText {
  const shown = problems.slice(0, 5);
  const more = problems.length - shown.length;
  return {
    id: `Data tidak valid: ${shown.map((p) => `${p.label.id} ${p.message.id}`).join('; ')}${more > 0 ? `; dan ${more} lainnya` : ''}.`,
    en: `Invalid data: ${shown.map((p) => `${p.label.en} ${p.message.en}`).join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
  };
}

/**
 * A 400 about one field, named as people call it (a field path like `milestones.0.dueOn` becomes
 * "Tenggat (baris 1)"); `fields` keeps the API path for the form.
 */
export function fieldError(field: string, text: LocalizedText, code = 'VALIDATION_FAILED') {
  const label = fieldLabel(field.split(/[.[\]]+/).filter(Boolean));
  return errors.badRequest(code, { id: `Data tidak valid: ${label.id} ${text.id}.`, en: `Invalid data: ${label.en} ${text.en}.` }, { fields: [{ field, message: text }] });
}
