import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AgencyType } from '../../common/agency-types.js';
import type { TimeZoneCode } from '../../common/competitions.js';
import type { NotificationLanguage } from '../../common/notifications.js';
import type { Role } from '../../common/roles.js';
import type { CatalogTables } from './schema/catalog.js';
import type { CompetitionTables } from './schema/competitions.js';
import type { DashboardTables } from './schema/dashboards.js';
import type { EvaluationTables } from './schema/evaluation.js';
import type { IncentiveTables } from './schema/incentive.js';
import type { InstitutionalisationTables } from './schema/institutionalisation.js';
import type { IndexTables } from './schema/innovation-index.js';
import type { MatchmakingTables } from './schema/matchmaking.js';
import type { NotificationTables } from './schema/notifications.js';
import type { ProposalTables } from './schema/proposals.js';
import type { ReplicationTables } from './schema/replication.js';

/**
 * Kysely's view of the tables. Each feature module adds its tables in its own file under
 * `schema/` and they are merged here, so the foundation stays small.
 */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp the database fills in by default. */
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json = ColumnType<unknown, string | null, string | null>;

export interface RegionTable {
  code: string;
  name: string;
  level: 'province' | 'regency';
  province_code: string | null;
  /** `kabupaten` or `kota` for regencies/cities. */
  kind: 'kabupaten' | 'kota' | null;
  /** Remote, frontier, outermost ("3T") region — used by selection quotas. */
  is_3t: Generated<boolean>;
}

export interface AgencyTable {
  id: Generated<string>;
  name: string;
  type: AgencyType;
  region_code: string | null;
  active: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: Role;
  agency_id: string | null;
  password_hash: string | null;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  password_changed_at: Timestamp | null;
  /** The zone the account reads and enters dates in (migration 2026_11_22_0600). */
  time_zone: Generated<TimeZoneCode>;
  /** The language of the account's notifications and e-mails (migration 2026_12_01_0400). */
  language: Generated<NotificationLanguage>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface InvitationTable {
  token_hash: string;
  user_id: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** Single-use password reset tokens (migration 2026_12_01_0100); only the SHA-256 is stored. */
export interface PasswordResetTable {
  token_hash: string;
  user_id: string;
  /** The administrator who started it; null when the owner asked. */
  requested_by: string | null;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: GeneratedTimestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/** Signed checkpoints of the audit chain's head (migration 2026_12_01_0300). */
export interface AuditCheckpointTable {
  id: Generated<string>;
  /** `audit_log.id` of the head entry (bigint, read as a string). */
  sequence: string;
  hash: string;
  at: Timestamp;
  signature: string;
  reason: 'interval' | 'scheduled';
}

export interface OutboxTable {
  id: Generated<string>;
  channel: 'email';
  recipient: string;
  subject: string;
  body: string;
  created_at: GeneratedTimestamp;
  sent_at: Timestamp | null;
  attempts: Generated<number>;
  last_error: string | null;
  /** Not before this instant: backoff after a failure, or the lease of the dispatcher sending it. */
  next_attempt_at: GeneratedTimestamp;
}

export interface FoundationTables {
  regions: RegionTable;
  agencies: AgencyTable;
  users: UserTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointTable;
  outbox: OutboxTable;
}

export type Database = FoundationTables &
  CatalogTables &
  CompetitionTables &
  DashboardTables &
  ProposalTables &
  EvaluationTables &
  IncentiveTables &
  IndexTables &
  InstitutionalisationTables &
  MatchmakingTables &
  NotificationTables &
  ReplicationTables;

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type AgencyRow = Selectable<AgencyTable>;
