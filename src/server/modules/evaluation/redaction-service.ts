import { appendAudit } from '../../audit/audit-log.js';
import { canonicalJson } from '../../audit/canonical-json.js';
import { errors } from '../../http/errors.js';
import { submittedContentOf } from './candidates-repository.js';
import { type EvaluationContext, PROPOSAL } from './context.js';
import { answerText, identifyingTerms, redactText } from './redaction.js';
import { findRedactionSubject, findRedactionWithAuthor } from './redaction-repository.js';
import { findRedaction, upsertRedaction } from './repository.js';

/**
 * The secretariat's hand-redacted copy of a proposal for blind rounds. It must cover exactly the
 * submitted answers (same numbers), so an evaluator never sees a mix of redacted and original text.
 */
export async function setRedaction(ctx: EvaluationContext, proposalId: string, input: { title: string; answers: { number: number; value: string }[] }) {
  return ctx.db.transaction().execute(async (trx) => {
    const content = (await submittedContentOf(trx, proposalId)) as { answers?: { number: number }[] } | null;
    if (!content) throw errors.notFound(PROPOSAL);
    const before = await findRedaction(trx, proposalId);
    // The stored copy sent again (a resent PUT) changes nothing; answers compare in the order stored, which is the order sent.
    if (before && before.title === input.title && canonicalJson(before.answers) === canonicalJson(input.answers)) {
      return { proposalId, title: input.title, answers: input.answers };
    }
    const expected = (content.answers ?? []).map((a) => a.number).sort((a, b) => a - b);
    const given = input.answers.map((a) => a.number).sort((a, b) => a - b);
    if (JSON.stringify(expected) !== JSON.stringify(given)) {
      throw errors.validation(
        { id: `Salinan tersamar harus memuat tepat jawaban nomor ${expected.join(', ')}.`, en: `The redacted copy must hold exactly answers ${expected.join(', ')}.` },
        { field: 'answers', expected },
      );
    }
    await upsertRedaction(trx, { proposalId, title: input.title, answers: input.answers, redactedBy: ctx.actor.userId, at: ctx.now });
    await appendAudit(trx, ctx.actor, { action: 'evaluation.redaction.set', entityType: 'proposal', entityId: proposalId, before: before ? { title: before.title, answers: before.answers } : null, after: input });
    return { proposalId, title: input.title, answers: input.answers };
  });
}

/**
 * What the secretariat's redaction screen shows for one submitted proposal: each answer as
 * submitted beside its automatic masking (agency and region names, as blind rounds serve them),
 * and the stored hand-redacted copy if there is one. The masked texts are what a new copy starts
 * from; the identifying terms say what the automatic masking already covers.
 */
export async function getRedaction(ctx: EvaluationContext, proposalId: string) {
  const [subject, stored] = await Promise.all([findRedactionSubject(ctx.db, proposalId), findRedactionWithAuthor(ctx.db, proposalId)]);
  const content = subject?.submitted_content as { answers?: { number: number; question: string; value: unknown }[] } | null | undefined;
  if (!subject || !content) throw errors.notFound(PROPOSAL);
  const terms = identifyingTerms([subject.agency_name, subject.region_name, subject.province_name]);
  return {
    proposalId: subject.id,
    number: subject.number,
    title: subject.title,
    automaticTitle: redactText(subject.title, terms),
    maskedTerms: terms,
    answers: (content.answers ?? []).map((a) => {
      const text = answerText(a.value);
      return { number: a.number, question: a.question, original: text, automatic: redactText(text, terms) };
    }),
    stored: stored
      ? {
          title: stored.title,
          answers: stored.answers as { number: number; value: string }[],
          redactedAt: new Date(stored.redacted_at).toISOString(),
          redactedByName: stored.redacted_by_name,
        }
      : null,
  };
}
