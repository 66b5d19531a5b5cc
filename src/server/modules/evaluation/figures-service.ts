import type { AuthUser } from '../../auth/auth-user.js';
import type { Db } from '../../db/types.js';
import { type SecretariatQueue, secretariatQueue, type WaitingReviews, waitingReviews } from './figures-repository.js';

/** The evaluation module's read model for the role homes (issue #19). */
export type { SecretariatQueue, WaitingReviews };

/** The signed-in reviewer's own sheets still to submit (their own published assignments only). */
export function reviewsLeft(db: Db, user: AuthUser, now: Date): Promise<WaitingReviews> {
  return waitingReviews(db, user.id, now);
}

/** What waits for the secretariat across rounds, selections and objections. */
export function evaluationQueue(db: Db, now: Date): Promise<SecretariatQueue> {
  return secretariatQueue(db, now);
}
