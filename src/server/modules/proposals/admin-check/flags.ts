import type { AuthUser } from '../../../auth/auth-user.js';
import type { Database } from '../../../db/schema.js';
import type { Kysely } from 'kysely';
import { findDuplicates } from '../../catalog/duplicates.js';
import type { QuestionView } from '../../competitions/schemas.js';
import { innovationAgeMonths } from '../eligibility.js';
import type { SubmittedContent } from '../submitted-content.js';
import { crossProposalMatches } from './repository.js';
import { NEAR_IDENTICAL, nonsenseKind, similarity } from './text-signals.js';

/**
 * The secretariat's checklist, prepared by the machine: innovation age at submission,
 * completeness, nonsense or copy-paste answers, duplicate titles. The flags inform a person's
 * decision; they never decide on their own.
 */
export interface CheckFlags {
  age: { ok: boolean; months: number | null; requiredMonths: number };
  complete: { ok: boolean; missing: number[]; tooShort: number[] };
  nonsense: { question: number; kind: string }[];
  copiedWithin: { questions: [number, number]; similarity: number }[];
  copiedAcross: { question: number; otherProposalId: string; otherNumber: string; similarity: number }[];
  duplicateTitles: { source: 'proposal' | 'catalog'; id: string; label: string; similarity: number }[];
}

/** A required long answer shorter than this many words is flagged as too short to judge. */
const MIN_LONG_ANSWER_WORDS = 10;
/** Titles at least this similar (trigram) are listed as possible duplicates. */
export const TITLE_SIMILARITY = 0.6;

export interface FlagInput {
  id: string;
  title: string;
  innovationId: string | null;
  submittedAt: Date;
  minAgeMonths: number;
  content: SubmittedContent;
}

/** The flags that follow from one proposal's own frozen content (stored at submission, see own-signals.ts). */
export type OwnFlags = Omit<CheckFlags, 'copiedAcross' | 'duplicateTitles'>;

const round = (n: number) => Math.round(n * 1000) / 1000;

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Everything that can be said from one proposal's own frozen content. */
export function ownContentFlags(p: FlagInput, questions: QuestionView[]): OwnFlags {
  const months = p.content.innovationStartDate ? innovationAgeMonths(p.content.innovationStartDate, p.submittedAt) : null;
  const answers = new Map(p.content.answers.map((a) => [a.questionId, a.value]));
  const files = new Set(p.content.attachments.map((a) => a.questionId));
  const missing = questions.filter((q) => q.required && (q.answerType === 'file' ? !files.has(q.id) : !answers.has(q.id))).map((q) => q.number);
  const tooShort = questions
    .filter((q) => q.required && q.answerType === 'long_text' && answers.has(q.id))
    .filter((q) => (textOf(answers.get(q.id)).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_LONG_ANSWER_WORDS)
    .map((q) => q.number);
  const texts = p.content.answers.filter((a) => textOf(a.value).trim().length > 0);
  const nonsense = texts.flatMap((a) => {
    const kind = nonsenseKind(textOf(a.value));
    return kind ? [{ question: a.number, kind }] : [];
  });
  const copiedWithin: CheckFlags['copiedWithin'] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = textOf(texts[i]!.value);
      const b = textOf(texts[j]!.value);
      if (Math.min(a.length, b.length) < 40) continue;
      const s = similarity(a, b);
      if (s >= NEAR_IDENTICAL) copiedWithin.push({ questions: [texts[i]!.number, texts[j]!.number], similarity: round(s) });
    }
  }
  return {
    age: { ok: months === null ? p.minAgeMonths === 0 : months >= p.minAgeMonths, months, requiredMonths: p.minAgeMonths },
    complete: { ok: missing.length === 0 && tooShort.length === 0, missing, tooShort },
    nonsense,
    copiedWithin,
  };
}

/**
 * Flags for a page of proposals of one competition: the stored own-content flags, then the
 * cross-proposal and catalog matches, which depend on what else has been submitted and so are
 * computed for the page at hand.
 */
export async function computeFlags(
  db: Kysely<Database>,
  user: AuthUser,
  rows: { id: string; title: string; innovationId: string | null; own: OwnFlags }[],
  questions: QuestionView[],
): Promise<Map<string, CheckFlags>> {
  const numberOf = new Map(questions.map((q) => [q.id, q.number]));
  const cross = await crossProposalMatches(
    db,
    rows.map((r) => r.id),
    { answer: NEAR_IDENTICAL, title: TITLE_SIMILARITY },
  );
  const out = new Map<string, CheckFlags>();
  for (const row of rows) {
    const catalog = await findDuplicates(db, user, { title: row.title, excludeId: row.innovationId ?? undefined });
    out.set(row.id, {
      ...row.own,
      copiedAcross: cross.answers
        .filter((m) => m.proposal_id === row.id)
        .map((m) => ({ question: numberOf.get(m.question_id) ?? 0, otherProposalId: m.other_id, otherNumber: m.other_number, similarity: round(m.sim) })),
      duplicateTitles: [
        ...cross.titles
          .filter((m) => m.proposal_id === row.id)
          .map((m) => ({ source: 'proposal' as const, id: m.other_id, label: `${m.other_number} · ${m.other_title}`, similarity: round(m.sim) })),
        ...catalog
          .filter((c) => c.titleSimilarity >= TITLE_SIMILARITY)
          .map((c) => ({ source: 'catalog' as const, id: c.id, label: `${c.title} (${c.agencyName})`, similarity: c.titleSimilarity })),
      ],
    });
  }
  return out;
}

/** The number the list filters (`flagged`) and sorts (`sort=flags`) on, stored with the flags. */
export function ownFlagCount(f: OwnFlags): number {
  return (f.age.ok ? 0 : 1) + (f.complete.ok ? 0 : 1) + f.nonsense.length + f.copiedWithin.length;
}

export function flagCount(f: CheckFlags): number {
  return ownFlagCount(f) + f.copiedAcross.length + f.duplicateTitles.length;
}
