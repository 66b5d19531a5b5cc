import { z } from 'zod';
import { emailChoiceSchema, notificationKindSchema, notificationView } from '../../../common/notifications.js';
import { paginationQuery } from '../../http/pagination.js';

export const listNotificationsQuery = z.object({
  ...paginationQuery,
  /** `true`: only entries not read yet. */
  unread: z.enum(['true', 'false']).optional(),
});

export const notificationIdParams = z.object({ id: z.string().regex(/^[1-9][0-9]{0,17}$/, 'notification id') });

export const readResponse = notificationView.extend({ unread: z.number().int() });

export const readAllResponse = z.object({ updated: z.number().int(), unread: z.number().int() });

export const savePreferencesBody = z.strictObject({
  items: z.array(z.strictObject({ kind: notificationKindSchema, email: emailChoiceSchema })).min(1).max(50),
});
