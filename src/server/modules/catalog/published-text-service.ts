import type { DbOrTrx } from '../../db/types.js';
import { findPublishedTextMatches, findPublishedTitleMatches, PUBLISHED_TEXT_THRESHOLD, type PublishedTextMatch } from './published-text-repository.js';

/**
 * For other modules (the evaluation's redaction screen): which published catalog texts a piece
 * of text, or a proposal's title, reproduces. Published records only; the queries and their
 * thresholds are in published-text-repository.ts.
 */
export { PUBLISHED_TEXT_THRESHOLD, type PublishedTextMatch };

export function publishedTextMatches(db: DbOrTrx, text: string, limit = 3): Promise<PublishedTextMatch[]> {
  return findPublishedTextMatches(db, text, limit);
}

export function publishedTitleMatches(db: DbOrTrx, title: string, limit = 3): Promise<PublishedTextMatch[]> {
  return findPublishedTitleMatches(db, title, limit);
}
