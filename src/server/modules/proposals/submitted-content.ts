import { createHash } from 'node:crypto';
import { canonicalJson } from '../../audit/canonical-json.js';
import type { QuestionView } from '../competitions/schemas.js';

/**
 * What a submission freezes: the answers with the questions as they were worded, the attached
 * files by name and checksum, and the classification. Its SHA-256 over canonical JSON is the
 * receipt's hash, so anyone holding the content can prove it is exactly what was submitted.
 */
export interface SubmittedContent {
  number: string;
  competition: { id: string; name: string; year: number };
  group: string;
  category: string;
  title: string;
  innovationId: string | null;
  /** The innovation's start date as the catalog had it: the administrative check's age rule reads it. */
  innovationStartDate: string | null;
  sdgs: number[];
  submittedAt: string;
  answers: { number: number; questionId: string; question: string; value: unknown }[];
  attachments: { filename: string; sha256: string; questionId: string | null }[];
}

export function buildSubmittedContent(input: {
  number: string;
  competition: { id: string; name: string; year: number };
  group: string;
  category: string;
  title: string;
  innovationId: string | null;
  innovationStartDate: string | null;
  sdgs: number[];
  submittedAt: Date;
  questions: QuestionView[];
  answers: { question_id: string; value: unknown }[];
  attachments: { filename: string; sha256: string; question_id: string | null }[];
}): SubmittedContent {
  const byQuestion = new Map(input.answers.map((a) => [a.question_id, a.value]));
  return {
    number: input.number,
    competition: input.competition,
    group: input.group,
    category: input.category,
    title: input.title,
    innovationId: input.innovationId,
    innovationStartDate: input.innovationStartDate,
    sdgs: [...input.sdgs].sort((a, b) => a - b),
    submittedAt: input.submittedAt.toISOString(),
    answers: input.questions.filter((q) => byQuestion.has(q.id)).map((q) => ({ number: q.number, questionId: q.id, question: q.title, value: byQuestion.get(q.id) })),
    attachments: input.attachments.map((a) => ({ filename: a.filename, sha256: a.sha256, questionId: a.question_id })),
  };
}

export function contentHash(content: SubmittedContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
