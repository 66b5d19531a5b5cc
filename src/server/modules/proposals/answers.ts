import { countWords, SDG_NUMBERS } from '../../../common/competitions.js';
import { AppError, errors, type LocalizedText } from '../../http/errors.js';
import type { QuestionView } from '../competitions/schemas.js';

/**
 * Checking one answer against its question (type, choices, word limit) and turning it into
 * what is stored: the JSON value, its plain text for similarity checks and its word count.
 */
export interface StoredAnswer {
  value: unknown;
  textValue: string;
  wordCount: number;
}

function refuse(q: QuestionView, index: number, text: LocalizedText, code = 'VALIDATION_FAILED'): AppError {
  const field = `answers.${index}.value`;
  const message = { id: `Pertanyaan ${q.number} (${q.title}): ${text.id}`, en: `Question ${q.number} (${q.title}): ${text.en}` };
  return code === 'VALIDATION_FAILED'
    ? errors.validation(message, { fields: [{ field, message: message.id }] })
    : new AppError(400, code, message, { fields: [{ field, message: message.id }] });
}

export function normaliseAnswer(q: QuestionView, value: unknown, index: number): StoredAnswer {
  switch (q.answerType) {
    case 'long_text':
    case 'short_text': {
      if (typeof value !== 'string') throw refuse(q, index, { id: 'jawaban harus berupa teks.', en: 'the answer must be text.' });
      const max = q.answerType === 'short_text' ? 1000 : 100_000;
      if (value.length > max) throw refuse(q, index, { id: `maksimal ${max} karakter.`, en: `at most ${max} characters.` });
      const wordCount = countWords(value);
      if (q.wordLimit !== null && wordCount > q.wordLimit) {
        throw refuse(
          q,
          index,
          { id: `jawaban berisi ${wordCount} kata, melebihi batas ${q.wordLimit} kata.`, en: `the answer has ${wordCount} words, over the limit of ${q.wordLimit}.` },
          'ANSWER_OVER_WORD_LIMIT',
        );
      }
      return { value, textValue: value, wordCount };
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw refuse(q, index, { id: 'jawaban harus berupa angka.', en: 'the answer must be a number.' });
      return { value, textValue: '', wordCount: 0 };
    case 'choice':
      if (typeof value !== 'string' || !q.options.includes(value)) {
        throw refuse(q, index, { id: `pilih salah satu: ${q.options.join(', ')}.`, en: `choose one of: ${q.options.join(', ')}.` });
      }
      return { value, textValue: '', wordCount: 0 };
    case 'sdg_list': {
      const valid = Array.isArray(value) && value.every((n) => Number.isInteger(n) && SDG_NUMBERS.includes(n as number));
      if (!valid) throw refuse(q, index, { id: 'pilih nomor SDGs 1 sampai 17.', en: 'choose SDG numbers 1 to 17.' });
      const unique = [...new Set(value as number[])].sort((a, b) => a - b);
      return { value: unique, textValue: '', wordCount: 0 };
    }
    case 'video_link': {
      if (typeof value !== 'string' || value.length > 500 || !/^https?:\/\/[^\s]+\.[^\s]+$/.test(value)) {
        throw refuse(q, index, { id: 'masukkan tautan video yang diawali http:// atau https://.', en: 'enter a video link starting with http:// or https://.' });
      }
      return { value, textValue: '', wordCount: 0 };
    }
    case 'file':
      throw refuse(q, index, { id: 'jawaban berkas diunggah sebagai lampiran, bukan diisi sebagai teks.', en: 'file answers are uploaded as attachments, not typed in.' });
    default:
      throw refuse(q, index, { id: 'jenis jawaban tidak dikenal.', en: 'unknown answer type.' });
  }
}

/** Whether a stored answer counts as given (empty text or an empty SDG list do not). */
export { isAnswered } from '../../../common/competitions.js';
