import { canonicalJson } from '../../audit/canonical-json.js';
import type { CriterionView } from './criteria.js';
import type { findScore, PoolMember } from './repository.js';
import type { CriteriaInput } from './schemas.js';

/**
 * Whether a replacing PUT would store exactly what is already stored. nginx resends an idempotent
 * request to the other instance when the first one died after committing, so such a resend must
 * change nothing and audit nothing. Each compares what the service would store, not the raw body.
 */

/** Criteria rows are replaced with new ids, so they compare without ids, in position order. */
export function sameCriteria(stored: readonly CriterionView[], input: CriteriaInput): boolean {
  const storedShape = stored.map(({ id: _id, ...rest }) => rest);
  const sentShape = input.map((c, i) => ({
    position: i + 1,
    name: c.name,
    nameEn: c.nameEn || null,
    description: c.description,
    weight: c.weight,
    scale: c.scale.kind === 'numeric' ? { kind: 'numeric', min: c.scale.min, max: c.scale.max } : { kind: 'levels', levels: c.scale.levels },
    required: c.required,
    includedInTotal: c.includedInTotal,
  }));
  return canonicalJson(storedShape) === canonicalJson(sentShape);
}

/** The pool is a set of members (listed by user id); each member's expertise keeps its given order. */
export function samePool(stored: readonly PoolMember[], members: readonly PoolMember[]): boolean {
  const shape = (list: readonly PoolMember[]) =>
    list
      .map((m) => ({ userId: m.userId.toLowerCase(), maxProposals: m.maxProposals, expertiseCategoryIds: m.expertiseCategoryIds.map((id) => id.toLowerCase()) }))
      .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  return canonicalJson(shape(stored)) === canonicalJson(shape(members));
}

/** A score sheet: the same values, comments, overall comment and status (the total follows from the values). */
export function sameSheet(
  stored: NonNullable<Awaited<ReturnType<typeof findScore>>>,
  sent: { values: unknown; comments: unknown; overallComment: string; status: string },
): boolean {
  return (
    stored.status === sent.status &&
    stored.overall_comment === sent.overallComment &&
    canonicalJson(stored.criterion_values) === canonicalJson(sent.values) &&
    canonicalJson(stored.criterion_comments) === canonicalJson(sent.comments)
  );
}
