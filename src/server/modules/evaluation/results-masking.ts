import type { AuthUser } from '../../auth/auth-user.js';
import { identifyingNames } from './candidates.js';
import type { Db } from './context.js';
import { blindRoundMasking, seesEverythingUnmasked } from './policy.js';
import { blindCode, identifyingTerms, REDACTION_MARK, redactText } from './redaction.js';
import { listBlindAssignmentRounds, listRedactionTitles } from './repository.js';

export interface IdentifyingFacts {
  id: string;
  number: string;
  title: string;
  agencyName: string | null;
  regionName: string | null;
}

/**
 * How results, rankings and selections show each proposal to this caller (issue #12.5b): as
 * stored, or — for a proposal the caller reviews in a blind round (policy.blindRoundMasking) —
 * with that round's code for number and title (the secretariat's redacted title if there is
 * one), and the agency and region masked.
 */
export async function resultsMasking(db: Db, user: AuthUser, proposalIds: readonly string[]) {
  const blindRoundOf = seesEverythingUnmasked(user) ? new Map<string, string>() : await listBlindAssignmentRounds(db, user.id, proposalIds);
  const masked = [...blindRoundOf.keys()];
  const [titles, names] = await Promise.all([listRedactionTitles(db, masked), identifyingNames(db, masked)]);
  return <T extends IdentifyingFacts>(p: T): T => {
    const roundId = blindRoundMasking(user, blindRoundOf, p.id);
    if (!roundId) return p;
    const redacted = titles.get(p.id);
    const code = blindCode(roundId, p.id);
    return {
      ...p,
      number: code,
      title: redacted === undefined ? code : redactText(redacted, identifyingTerms(names.get(p.id) ?? [])),
      agencyName: REDACTION_MARK,
      regionName: REDACTION_MARK,
    };
  };
}
