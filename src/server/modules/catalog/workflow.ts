import type { WorkflowState, WorkflowTransition } from '../../../common/catalog.js';
import type { Equals, Expect } from '../../../common/type-equality.js';
import { errors } from '../../http/errors.js';

/**
 * The publication state machine. An operator drafts and submits; the agency's admin (or the
 * ministry) publishes or sends it back; a published record can be unpublished and resubmitted.
 * Editing does not move the state (a published record stays public, each change is versioned).
 */
export const TRANSITIONS = {
  submit: { from: ['draft', 'unpublished'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'published' },
  return: { from: ['submitted'], to: 'draft' },
  unpublish: { from: ['published'], to: 'unpublished' },
} as const satisfies Record<string, { from: readonly WorkflowState[]; to: WorkflowState }>;

export type Transition = keyof typeof TRANSITIONS;
/** Fails `tsc` if the moves and the ones the web client names (common/catalog.ts) drift apart. */
export type TransitionsMatchShared = Expect<Equals<Transition, WorkflowTransition>>;

const STATE_NAMES: Record<WorkflowState, { id: string; en: string }> = {
  draft: { id: 'draf', en: 'draft' },
  submitted: { id: 'menunggu persetujuan', en: 'awaiting approval' },
  published: { id: 'terbit', en: 'published' },
  unpublished: { id: 'ditarik dari katalog', en: 'unpublished' },
};

export function canTransition(transition: Transition, from: WorkflowState): boolean {
  return (TRANSITIONS[transition].from as readonly WorkflowState[]).includes(from);
}

/** The target state, or a 409 naming the current state. */
export function transitionTarget(transition: Transition, from: WorkflowState): WorkflowState {
  if (!canTransition(transition, from)) {
    const name = STATE_NAMES[from];
    throw errors.conflict('INVALID_TRANSITION', {
      id: `Tindakan ini tidak dapat dilakukan saat inovasi berstatus ${name.id}.`,
      en: `This action is not possible while the innovation is ${name.en}.`,
    });
  }
  return TRANSITIONS[transition].to;
}

/** Submissions are under review: the record is frozen until the admin publishes or returns it. */
export function assertEditable(state: WorkflowState): void {
  if (state === 'submitted') {
    throw errors.conflict('UNDER_REVIEW', {
      id: 'Inovasi sedang menunggu persetujuan dan tidak dapat diubah. Minta admin instansi mengembalikannya terlebih dahulu.',
      en: 'The innovation is awaiting approval and cannot be changed. Ask the agency admin to return it first.',
    });
  }
}
