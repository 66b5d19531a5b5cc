import type { CaseOutcome, CaseState, HubActivityKind, HubMemberKind, HubStatus, LogMode, MilestoneKind } from './replication.js';

/**
 * The shapes of the replication API's answers, shared by the server (its zod response schemas are
 * checked against these at compile time, server/modules/replication/view-checks.ts) and the web.
 */
export interface NamedRef {
  id: string;
  name: string;
}
export interface CodeName {
  code: string;
  name: string;
}

export interface CaseSummary {
  id: string;
  state: CaseState;
  source: { id: string; title: string };
  origin: { id: string; name: string; provinceCode: string | null };
  adopter: { id: string; name: string; provinceCode: string | null };
  hub: NamedRef | null;
  mentor: NamedRef | null;
  categoryId: number;
  requestedAt: string;
  lastLogOn: string | null;
  nextDueOn: string | null;
  overdueMilestones: number;
  silent: boolean;
  outcome: CaseOutcome | null;
}

export interface CaseAbilities {
  accept: boolean;
  decline: boolean;
  assignMentor: boolean;
  overrideMentorRules: boolean;
  agree: boolean;
  start: boolean;
  editPlan: boolean;
  editIndicators: boolean;
  markMilestone: boolean;
  log: boolean;
  complete: boolean;
  stop: boolean;
  attachAgreement: boolean;
}

export interface CaseView extends CaseSummary {
  problem: string;
  context: string;
  leadName: string;
  decisionReason: string | null;
  agreement: { number: string; date: string; document: string | null } | null;
  stopReason: string | null;
  adopterInnovationId: string | null;
  closedAt: string | null;
  milestones: { id: string; position: number; kind: MilestoneKind; title: string; dueOn: string; doneAt: string | null; overdue: boolean }[];
  logs: { id: string; heldOn: string; mode: LogMode; notes: string; author: NamedRef | null }[];
  /** The signed agreement's documents and the log entries' photos (download: /api/replications/:id/files/:fileId). */
  files: { id: string; kind: 'agreement' | 'log_photo'; logId: string | null; filename: string; contentType: string; sizeBytes: number; uploadedAt: string }[];
  indicators: { id: string; name: string; unit: string; baseline: number; followUp: number | null }[];
  timeline: { at: string; action: string; fromState: string | null; toState: string | null; actor: NamedRef | null; note: string | null }[];
  can: CaseAbilities;
}

export interface CaseList {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface HubSummary {
  id: string;
  name: string;
  province: CodeName;
  yearDesignated: number;
  decreeNumber: string | null;
  decreeDate: string | null;
  decreeDocument: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: HubStatus;
  coordinators: NamedRef[];
  mentorCount: number;
  completedReplications: number;
  openCases: number;
}

export interface HubView extends HubSummary {
  year: number;
  members: { id: string; agency: NamedRef; kind: HubMemberKind }[];
  activities: { id: string; year: number; kind: HubActivityKind; title: string; targetCount: number; targetUnit: string; achieved: number }[];
  log: { id: string; activityId: string | null; heldOn: string; kind: HubActivityKind; participants: number; notes: string }[];
  mentors: { id: string; name: string; university: string; activeCases: number; maxActiveCases: number }[];
  replications: { caseId: string; sourceTitle: string; sourceInnovationId: string; adopter: NamedRef; outcome: string | null; closedAt: string | null }[];
  figures: { byState: Record<string, number>; logEntries: number; participants: number };
  can: { manage: boolean; designate: boolean };
}

export interface MentorView {
  id: string;
  user: NamedRef;
  university: NamedRef;
  hub: NamedRef | null;
  expertise: number[];
  decreeNumber: string;
  decreeDate: string;
  maxActiveCases: number;
  activeCases: number;
  active: boolean;
}

export interface MentorHome {
  mentor: { id: string; hub: NamedRef | null; maxActiveCases: number; activeCases: number } | null;
  cases: CaseSummary[];
  milestones: { caseId: string; sourceTitle: string; adopter: string; milestoneId: string; title: string; dueOn: string; overdue: boolean }[];
  logsOwed: { caseId: string; sourceTitle: string; adopter: string; lastLogOn: string | null }[];
}

export interface Lineage {
  innovationId: string;
  nodes: { id: string; title: string | null; published: boolean; agency: NamedRef; province: CodeName; generation: number }[];
  edges: { id: string; from: string; to: string | null; adopterAgency: NamedRef; region: CodeName | null; startedOn: string | null }[];
}

/** Mentor activity per month of a year: log entries and in-person visits on each mentor's cases. */
export interface MentorActivity {
  year: number;
  hubId: string | null;
  months: string[];
  totals: number[];
  items: { mentor: NamedRef; hub: NamedRef | null; entries: number[]; visits: number[]; totalEntries: number; totalVisits: number }[];
}
