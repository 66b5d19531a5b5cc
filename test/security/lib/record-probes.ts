import type { Role } from '../../../src/common/roles.js';
import { draftInnovation } from './probes/catalog.js';
import { draftCompetition } from './probes/competitions.js';
import { institutionalisationRecord, updateCampaignRecord } from './probes/institutionalisation.js';
import { indexDraftReport } from './probes/innovation-index.js';
import { indexNomination } from './probes/index-nominees.js';
import { closedPanelAssignment, deskReviewAssignment, openPanelAssignment } from './probes/evaluation.js';
import { adopterProposal } from './probes/matchmaking.js';
import type { RecordProbe } from './probes/probe.js';
import { draftProposal, submittedProposal } from './probes/proposals.js';
import { adopterCase, originCase } from './probes/replication.js';
import { activeOperatorAccount, operatorAccount } from './probes/users.js';

export type { CallerIds, ProbeRecord, ProbeRequest, ProbeRoute, RecordProbe, Where } from './probes/probe.js';

/**
 * Record-level rules (module policies) stated as expectations: a record is put in the caller's
 * own agency or in another agency, and each route that addresses it must answer as stated. Add a
 * probe (in `probes/<module>.ts`) when a module's policy scopes records by agency, assignment or
 * phase; `docs/SECURITY.md` shows it. A route may be probed with several records (a draft and a
 * submitted proposal): the matrix then has a row per record.
 */
export const RECORD_PROBES: readonly RecordProbe[] = [
  operatorAccount,
  activeOperatorAccount,
  draftInnovation,
  draftCompetition,
  draftProposal,
  submittedProposal,
  deskReviewAssignment,
  openPanelAssignment,
  closedPanelAssignment,
  adopterCase,
  originCase,
  institutionalisationRecord,
  updateCampaignRecord,
  adopterProposal,
  indexDraftReport,
  indexNomination,
];

/**
 * Roles whose accounts belong to an agency in the matrix: for them "own agency" is a real
 * distinction. Evaluators and panelists are affiliated too (a university, an agency): for them a
 * record of their own agency is a conflict of interest.
 */
export const AGENCY_MEMBER_ROLES: readonly Role[] = ['agency_admin', 'agency_operator', 'hub_coordinator', 'mentor', 'evaluator', 'panelist'];
