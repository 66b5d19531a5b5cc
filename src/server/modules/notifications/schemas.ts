import { z } from 'zod';
import {
  EMAIL_CHOICES,
  NOTIFICATION_KIND_LIST,
  NOTIFICATION_LANGUAGES,
  type NotificationList,
  type NotificationPreferences,
  type NotificationView,
} from '../../../common/notifications.js';
import type { Equals, Expect } from '../../../common/type-equality.js';
import { paginationQuery } from '../../http/pagination.js';

export const notificationKindSchema = z.enum(NOTIFICATION_KIND_LIST);
export const emailChoiceSchema = z.enum(EMAIL_CHOICES);
export const notificationLanguageSchema = z.enum(NOTIFICATION_LANGUAGES);

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationListResponse = z.object({ items: z.array(notificationView), total: z.number().int(), unread: z.number().int() });

export const preferencesView = z.object({ items: z.array(z.object({ kind: notificationKindSchema, email: emailChoiceSchema })) });

// The web reads the same shapes from src/common/notifications.ts: they must not drift apart.
export type _ViewMatches = Expect<Equals<z.infer<typeof notificationView>, NotificationView>>;
export type _ListMatches = Expect<Equals<z.infer<typeof notificationListResponse>, NotificationList>>;
export type _PreferencesMatch = Expect<Equals<z.infer<typeof preferencesView>, NotificationPreferences>>;

export const listNotificationsQuery = z.object({
  ...paginationQuery,
  /** `true`: only entries not read yet. */
  unread: z.enum(['true', 'false']).optional(),
});

export const notificationIdParams = z.object({ id: z.string().regex(/^[1-9][0-9]{0,17}$/, 'notification id') });

export const readResponse = notificationView.extend({ unread: z.number().int() });

export const readAllResponse = z.object({ updated: z.number().int(), unread: z.number().int() });

export const savePreferencesBody = z.strictObject({
  items: z
    .array(z.strictObject({ kind: notificationKindSchema, email: emailChoiceSchema }))
    .min(1)
    .max(50),
});
