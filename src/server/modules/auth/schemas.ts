import { z } from 'zod';
import { TIME_ZONES, type TimeZoneCode } from '../../../common/competitions.js';
import { notificationLanguageSchema } from '../notifications/schemas.js';
import { ROLES } from '../../../common/roles.js';

export const authUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
});

const timeZoneCode = z.enum(Object.keys(TIME_ZONES) as [TimeZoneCode, ...TimeZoneCode[]]);

/** The signed-in account as the web app sees it: who it is plus its preferences. */
export const sessionUserSchema = authUserSchema.extend({ timeZone: timeZoneCode, language: notificationLanguageSchema });

export const meResponse = z.object({ user: sessionUserSchema.nullable(), csrfToken: z.string() });

/** Either or both; at least one (checked by the service). `language`: of notifications and e-mails. */
export const preferencesBody = z.strictObject({ timeZone: timeZoneCode.optional(), language: notificationLanguageSchema.optional() });

export const preferencesResponse = z.object({ timeZone: timeZoneCode, language: notificationLanguageSchema });

export const loginBody = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(200),
});

export const passwordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const inviteAcceptBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: z.string().min(1).max(200),
  name: z.string().trim().min(2).max(200).optional(),
});

export const passwordResetRequestBody = z.strictObject({
  email: z.string().trim().min(3).max(254),
});

export const passwordResetBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: z.string().min(1).max(200),
});
