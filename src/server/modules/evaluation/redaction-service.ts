import { appendAudit } from '../../audit/audit-log.js';
import { canonicalJson } from '../../audit/canonical-json.js';
import { errors } from '../../http/errors.js';
import { publishedTextMatches, publishedTitleMatches } from '../catalog/published-text-service.js';
import { submittedContentOf } from './candidates.js';
import { type EvaluationContext, PROPOSAL } from './context.js';
import { answerText, identifyingTerms, redactText } from './redaction.js';
import { proposalIdentities } from '../proposals/read-model.js';
import { findRedactionWithAuthor } from './redaction-repository.js';
import { findRedaction, lockRedaction, upsertRedaction } from './repository.js';

/**
 * The secretariat's hand-redacted copy of a proposal for blind rounds. It must cover exactly the
 * submitted answers (same numbers), so an evaluator never sees a mix of redacted and original text.
 */
export async function setRedaction(ctx: EvaluationContext, proposalId: string, input: { title: string; answers: { number: number; value: string }[] }) {
  return ctx.db.transaction().execute(async (trx) => {
    // Concurrent PUTs of one copy take turns, so a resent copy compares with the first and is no event.
    await lockRedaction(trx, proposalId);
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
    await appendAudit(trx, ctx.actor, {
      action: 'evaluation.redaction.set',
      entityType: 'proposal',
      entityId: proposalId,
      before: before ? { title: before.title, answers: before.answers } : null,
      after: input,
    });
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
  const [subject, stored] = await Promise.all([proposalIdentities(ctx.db, [proposalId]).then((rows) => rows[0]), findRedactionWithAuthor(ctx.db, proposalId)]);
  const content = subject?.submitted_content as { answers?: { number: number; question: string; value: unknown }[] } | null | undefined;
  if (!subject || !content) throw errors.notFound(PROPOSAL);
  const terms = identifyingTerms([subject.agency_name, subject.region_name, subject.province_name]);
  const storedAnswers = new Map(((stored?.answers ?? []) as { number: number; value: string }[]).map((a) => [a.number, a.value]));
  // Flags answers whose served text (the stored copy, else the submitted answer, masked) reproduces
  // a published catalog text: one catalog search would name the agency (issue #12.5a).
  const answers = [];
  for (const a of content.answers ?? []) {
    const text = answerText(a.value);
    const automatic = redactText(text, terms);
    const served = storedAnswers.has(a.number) ? redactText(storedAnswers.get(a.number)!, terms) : automatic;
    answers.push({ number: a.number, question: a.question, original: text, automatic, catalogMatches: await publishedTextMatches(ctx.db, served) });
  }
  // The title a copy carries (stored, else the automatic starting point); without a copy blind rounds show a code.
  const titleCatalogMatches = await publishedTitleMatches(ctx.db, redactText(stored?.title ?? subject.title, terms));
  return {
    proposalId: subject.id,
    number: subject.number,
    title: subject.title,
    automaticTitle: redactText(subject.title, terms),
    maskedTerms: terms,
    /** What blind rounds show as the title while no stored copy gives one. */
    blindTitle: 'code' as const,
    titleCatalogMatches,
    answers,
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
