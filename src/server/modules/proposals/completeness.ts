import { AppError } from '../../http/errors.js';
import type { QuestionView } from '../competitions/schemas.js';
import { isAnswered } from './answers.js';

/**
 * Required answers (and, when the call requires it, SDG linkage) must be present before a
 * proposal is marked ready or submitted. Returns the numbers of the questions still missing.
 */
export function missingRequired(questions: QuestionView[], answers: { question_id: string; value: unknown }[], attachments: { question_id: string | null }[]): QuestionView[] {
  const answered = new Set(answers.filter((a) => isAnswered(a.value)).map((a) => a.question_id));
  const withFiles = new Set(attachments.map((a) => a.question_id).filter((id): id is string => id !== null));
  return questions.filter((q) => q.required && !(q.answerType === 'file' ? withFiles.has(q.id) : answered.has(q.id)));
}

export function assertComplete(
  questions: QuestionView[],
  answers: { question_id: string; value: unknown }[],
  attachments: { question_id: string | null }[],
  sdgRequired: boolean,
  sdgs: number[],
): void {
  const missing = missingRequired(questions, answers, attachments);
  const needsSdg = sdgRequired && sdgs.length === 0;
  if (missing.length === 0 && !needsSdg) return;
  const numbers = missing.map((q) => q.number);
  const sdg = needsSdg ? { id: '; keterkaitan SDGs wajib diisi', en: '; SDG linkage is required' } : { id: '', en: '' };
  throw new AppError(
    422,
    'ANSWERS_MISSING',
    {
      id: `Jawaban wajib belum diisi: pertanyaan nomor ${numbers.join(', ') || '-'}${sdg.id}.`,
      en: `Required answers are missing: question number ${numbers.join(', ') || '-'}${sdg.en}.`,
    },
    { questions: numbers, sdgMissing: needsSdg },
  );
}

/** SDG linkage of a proposal: every SDG chosen in any SDG-list answer. */
export function sdgsOf(questions: QuestionView[], answers: { question_id: string; value: unknown }[]): number[] {
  const sdgQuestions = new Set(questions.filter((q) => q.answerType === 'sdg_list').map((q) => q.id));
  const all = answers.filter((a) => sdgQuestions.has(a.question_id) && Array.isArray(a.value)).flatMap((a) => a.value as number[]);
  return [...new Set(all)].sort((a, b) => a - b);
}
