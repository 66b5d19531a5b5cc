import type { AdminCheckStatus, ProposalStatus } from '../../../common/competitions.js';

/**
 * The proposal's life, as one table: each action names the states it may start from and the
 * state it leads to. Who may take an action on which record is `policy.ts`; when (deadline)
 * is the service's. Anything not listed is refused.
 *
 *   draft ──mark_ready──▶ ready ──submit──▶ submitted ──withdraw──▶ withdrawn
 *     ▲  ◀────reopen─────  │  ╲                ▲
 *     │                 return  ╲──────────────┘ (submit straight from draft: citizen entrants
 *     │                    ▼                      and the agency coordinator drafting alone)
 *     └────(edit)──── returned ──mark_ready──▶ ready
 */
export const PROPOSAL_ACTIONS = ['mark_ready', 'reopen', 'return', 'submit', 'withdraw'] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalAction, { from: readonly ProposalStatus[]; to: ProposalStatus }>> = {
  mark_ready: { from: ['draft', 'returned'], to: 'ready' },
  reopen: { from: ['ready'], to: 'draft' },
  return: { from: ['ready'], to: 'returned' },
  submit: { from: ['draft', 'ready'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'withdrawn' },
};

/** States in which the answers, title and attachments may still change. */
export const EDITABLE_STATUSES: readonly ProposalStatus[] = ['draft', 'returned'];

export function transitionTarget(action: ProposalAction, from: ProposalStatus): ProposalStatus | null {
  const rule = PROPOSAL_TRANSITIONS[action];
  return rule.from.includes(from) ? rule.to : null;
}

/** The secretariat's administrative check: a decision may be corrected, never undone to pending. */
export const ADMIN_CHECK_TRANSITIONS: Readonly<Record<AdminCheckStatus, readonly AdminCheckStatus[]>> = {
  pending: ['passed', 'failed'],
  passed: ['failed'],
  failed: ['passed'],
};

export function canDecide(from: AdminCheckStatus, to: AdminCheckStatus): boolean {
  return ADMIN_CHECK_TRANSITIONS[from].includes(to);
}
