import type { ColumnType, Generated } from 'kysely';
import type { EmailChoice } from '../../../common/notifications.js';
import type { GeneratedTimestamp, Timestamp } from '../schema.js';

/** Tables of the notifications module (migration 2026_12_01_0400_notifications). */
export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: GeneratedTimestamp;
  read_at: Timestamp | null;
}

export interface NotificationPreferenceTable {
  user_id: string;
  kind: string;
  email: EmailChoice;
  updated_at: GeneratedTimestamp;
}

export interface NotificationDigestTable {
  id: Generated<string>;
  user_id: string;
  /** The calendar day (WIB) of the run, `YYYY-MM-DD`. */
  digest_date: ColumnType<string, string, string>;
  entries: Generated<number>;
  created_at: GeneratedTimestamp;
}

export interface NotificationDigestEntryTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: GeneratedTimestamp;
  digest_id: string | null;
}

export interface NotificationTables {
  notifications: NotificationTable;
  notification_preferences: NotificationPreferenceTable;
  notification_digests: NotificationDigestTable;
  notification_digest_entries: NotificationDigestEntryTable;
}
