import type { TimeZoneCode } from './competitions.js';

/**
 * The registry of notification kinds: every message the platform sends to a person is one of
 * these. Server and web share it: the server renders each kind's template in the recipient's
 * language (src/server/modules/notifications/templates.ts), the web lists the configurable kinds
 * on the preferences page.
 */
export const NOTIFICATION_LANGUAGES = ['id', 'en'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** How e-mail goes out for a kind: at once, in the daily digest, or not at all (the in-app entry is always written). */
export const EMAIL_CHOICES = ['immediate', 'digest', 'off'] as const;
export type EmailChoice = (typeof EMAIL_CHOICES)[number];

export interface NotificationKindSpec {
  /** Shown on the preferences page. */
  readonly label: { readonly id: string; readonly en: string };
  readonly defaultEmail: EmailChoice;
  /** False: always e-mailed at once (invitations, password resets); not on the preferences page. */
  readonly configurable: boolean;
  /** False: e-mail only (the recipient cannot sign in yet, e.g. an invitation). */
  readonly inApp: boolean;
}

export const NOTIFICATION_KINDS = {
  'account.invitation': {
    label: { id: 'Undangan akun', en: 'Account invitation' },
    defaultEmail: 'immediate',
    configurable: false,
    inApp: false,
  },
  'account.password_reset': {
    label: { id: 'Atur ulang kata sandi', en: 'Password reset' },
    defaultEmail: 'immediate',
    configurable: false,
    inApp: false,
  },
  'account.password_changed': {
    label: { id: 'Kata sandi diubah', en: 'Password changed' },
    defaultEmail: 'immediate',
    configurable: false,
    inApp: true,
  },
  'proposal.receipt': {
    label: { id: 'Tanda terima proposal', en: 'Proposal receipt' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'proposal.returned': {
    label: { id: 'Proposal dikembalikan', en: 'Proposal returned' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'replication.request': {
    label: { id: 'Permintaan replikasi', en: 'Replication request' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'replication.milestone_due': {
    label: { id: 'Tenggat tahapan replikasi', en: 'Replication milestone due' },
    defaultEmail: 'digest',
    configurable: true,
    inApp: true,
  },
  'campaign.reminder': {
    label: { id: 'Pengingat pemutakhiran data', en: 'Data update campaign reminder' },
    defaultEmail: 'digest',
    configurable: true,
    inApp: true,
  },
  'index.window': {
    label: { id: 'Jadwal pengisian indeks', en: 'Index submission window' },
    defaultEmail: 'digest',
    configurable: true,
    inApp: true,
  },
  'index.window_closing': {
    label: { id: 'Pengisian indeks segera ditutup', en: 'Index submission window closing' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'index.rejected': {
    label: { id: 'Bukti indeks ditolak verifikator', en: 'Index evidence rejected by the verifier' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'index.nominated': {
    label: { id: 'Nominasi penghargaan indeks', en: 'Index award nomination' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'incentive.published': {
    label: { id: 'Pengumuman insentif', en: 'Incentive announcement' },
    defaultEmail: 'digest',
    configurable: true,
    inApp: true,
  },
  'dashboard.monthly': {
    label: { id: 'Laporan ringkas bulanan', en: 'Monthly summary report' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'event.registration': {
    label: { id: 'Pendaftaran acara', en: 'Event registration' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'event.promoted': {
    label: { id: 'Naik dari daftar tunggu acara', en: 'Moved up from an event waiting list' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'event.changed': {
    label: { id: 'Acara diubah atau dibatalkan', en: 'Event changed or cancelled' },
    defaultEmail: 'immediate',
    configurable: true,
    inApp: true,
  },
  'event.interest': {
    label: { id: 'Minat replikasi di acara Anda', en: 'Replication interest at your event' },
    defaultEmail: 'digest',
    configurable: true,
    inApp: true,
  },
} as const satisfies Record<string, NotificationKindSpec>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_LIST = Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]];
export const CONFIGURABLE_KINDS = NOTIFICATION_KIND_LIST.filter((k) => NOTIFICATION_KINDS[k].configurable);

/** What each kind's template needs. Dates arrive formatted by the caller (with their zone named). */
export interface NotificationParams {
  'account.invitation': { name: string; role: string; inviteUrl: string; validDays: number; short?: boolean };
  /** `byAdministrator`: an administrator started it (and the account's sessions were ended), not the owner. */
  'account.password_reset': { name: string; resetUrl: string; validMinutes: number; byAdministrator?: boolean };
  'account.password_changed': { name: string };
  'proposal.receipt': {
    number: string;
    title: string;
    competition: string;
    submitter: string;
    submittedAtWib: string;
    submittedAtIso: string;
    contentHash: string;
    lateSeconds: number | null;
    receiptUrl: string;
  };
  'proposal.returned': { number: string; title: string; returnedBy: string; comment: string; proposalUrl: string };
  'replication.request': { innovation: string; requester: string };
  'replication.milestone_due': { innovation: string; milestone: string; due: string };
  /** `closesAt` (ISO instant): the campaign's close, written by the template in the recipient's language (WIB); `passed` once it is over. */
  'campaign.reminder': { campaign: string; closesAt: string; passed: boolean; pending: number };
  'index.window': { year: number; opens: string; closes: string };
  'index.window_closing': { year: number; closes: string; status: string };
  'index.rejected': { year: number; rows: number; due: string };
  /** `cluster`: the cluster's name in Indonesian and English ("Kota / Cities"). */
  'index.nominated': { year: number; region: string; cluster: string; rank: number; competition: string };
  'incentive.published': { year: number; title: string };
  /** `month` is `YYYY-MM`; coverage is a percentage (null: no agency counted); URLs are absolute. */
  'dashboard.monthly': {
    month: string;
    innovations: number;
    provinces: number;
    replications: number;
    oaoiCoverage: number | null;
    indexYear: number | null;
    hubs: number;
    statisticsUrl: string;
    pdfUrl: string;
    xlsxUrl: string;
  };
  /**
   * `startsAt` (ISO instant) and `zone`: the event's start, written by each template in the
   * recipient's language and the event's own zone ("10 Mei 2030 09.00 WITA" / "10 May 2030 09:00 WITA");
   * `position` on the waiting list.
   */
  'event.registration': EventWhen & { event: string; status: 'registered' | 'waitlisted'; position: number | null };
  'event.promoted': EventWhen & { event: string };
  'event.changed': EventWhen & { event: string; cancelled: boolean };
  'event.interest': { event: string; innovation: string; agency: string };
}

/** When an event starts, for its notifications' texts. */
export interface EventWhen {
  startsAt: string;
  zone: TimeZoneCode;
}

/** One in-app entry as `GET /api/notifications` lists it (zod schema: server notifications/schemas.ts). */
export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationView[];
  total: number;
  unread: number;
}

export interface NotificationPreferences {
  items: { kind: NotificationKind; email: EmailChoice }[];
}
