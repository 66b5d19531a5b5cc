import type { WorkflowState } from '../../../common/catalog.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { errors } from '../../http/errors.js';
import { canTransition } from './workflow.js';

/**
 * Record-level rules of the registry, in one place. The permission table decides which roles
 * reach an action at all; these decide which records. Agency staff act on their own agency's
 * records only; the ministry sees everything and may approve or unpublish, but does not author.
 */
export interface InnovationAccessFacts {
  agencyId: string;
  workflowState: WorkflowState;
  publishedAt: Date | string | null;
}

type Viewer = AuthUser | null | undefined;

function isOwnAgencyStaff(user: Viewer, record: InnovationAccessFacts): boolean {
  return !!user && (user.role === 'agency_operator' || user.role === 'agency_admin') && user.agencyId === record.agencyId;
}

export function canView(user: Viewer, record: InnovationAccessFacts): boolean {
  return record.workflowState === 'published' || user?.role === 'ministry_admin' || isOwnAgencyStaff(user, record);
}

/** Sees drafts, review notes and the version history. */
export function canSeeInternals(user: Viewer, record: InnovationAccessFacts): boolean {
  return user?.role === 'ministry_admin' || isOwnAgencyStaff(user, record);
}

export function canEdit(user: Viewer, record: InnovationAccessFacts): boolean {
  return isOwnAgencyStaff(user, record) && record.workflowState !== 'submitted';
}

export function canSubmit(user: Viewer, record: InnovationAccessFacts): boolean {
  return isOwnAgencyStaff(user, record) && canTransition('submit', record.workflowState);
}

function isApprover(user: Viewer, record: InnovationAccessFacts): boolean {
  return !!user && (user.role === 'ministry_admin' || (user.role === 'agency_admin' && user.agencyId === record.agencyId));
}

export function canApprove(user: Viewer, record: InnovationAccessFacts): boolean {
  return isApprover(user, record) && canTransition('approve', record.workflowState);
}

export function canUnpublish(user: Viewer, record: InnovationAccessFacts): boolean {
  return isApprover(user, record) && canTransition('unpublish', record.workflowState);
}

/** Only a draft that was never public may be deleted; anything once published stays on record. */
export function canDelete(user: Viewer, record: InnovationAccessFacts): boolean {
  return isOwnAgencyStaff(user, record) && record.workflowState === 'draft' && record.publishedAt === null;
}

export function permissionsFor(user: Viewer, record: InnovationAccessFacts) {
  return {
    edit: canEdit(user, record),
    submit: canSubmit(user, record),
    approve: canApprove(user, record),
    unpublish: canUnpublish(user, record),
    delete: canDelete(user, record),
    viewHistory: canSeeInternals(user, record),
  };
}

const INNOVATION = { id: 'Inovasi', en: 'Innovation' };

/** 404 when the caller may not even know the record exists; 403 when it is visible but not theirs to change. */
export function assertVisible(user: Viewer, record: InnovationAccessFacts | undefined): asserts record is InnovationAccessFacts {
  if (!record || !canView(user, record)) throw errors.notFound(INNOVATION);
}

export function assertOwnAgency(user: Viewer, record: InnovationAccessFacts): void {
  if (!isOwnAgencyStaff(user, record)) throw errors.forbidden();
}

export function assertApprover(user: Viewer, record: InnovationAccessFacts): void {
  if (!isApprover(user, record)) throw errors.forbidden();
}

/** The agencies whose non-public records a staff list may show; null: every agency (ministry). */
export function workspaceScope(user: AuthUser): string | null {
  if (user.role === 'ministry_admin') return null;
  if ((user.role === 'agency_operator' || user.role === 'agency_admin') && user.agencyId) return user.agencyId;
  throw errors.forbidden();
}

/** Whose unpublished records a duplicate check may show besides the published ones: 'all' (ministry), or the caller's agency (none: null). */
export function duplicateScope(user: AuthUser): 'all' | string | null {
  return user.role === 'ministry_admin' ? 'all' : user.agencyId;
}

/** The agency staff member who authors records (registers, imports), with their agency; anyone else 403. */
export function authoringStaff(user: Viewer): { user: AuthUser; agencyId: string } {
  if (!user || !user.agencyId || (user.role !== 'agency_operator' && user.role !== 'agency_admin')) throw errors.forbidden();
  return { user, agencyId: user.agencyId };
}

/** Publishing at once on a bulk import is for the agency admin (an operator's rows go through review). */
export function mayPublishOnImport(user: AuthUser): boolean {
  return user.role === 'agency_admin';
}

/** Withdrawn (inactive) categories are listed only for the ministry, which manages them. */
export function maySeeInactiveCategories(user: Viewer): boolean {
  return user?.role === 'ministry_admin';
}

/** Bulk submission is agency staff's; bulk approve/return/unpublish is the approvers' (agency admin, ministry). */
export function mayRunBulkAction(user: AuthUser, action: string): boolean {
  return action === 'submit' ? user.role === 'agency_operator' || user.role === 'agency_admin' : user.role === 'agency_admin' || user.role === 'ministry_admin';
}

/** The historical import (past winners' lists) is the ministry's. */
export function mayImportHistory(user: AuthUser): boolean {
  return user.role === 'ministry_admin';
}
