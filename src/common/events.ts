import { z } from 'zod';

/** Knowledge-sharing events (issue #15), shared by the server and the web. */
export const EVENT_KINDS = ['forum', 'exhibition', 'workshop', 'study_visit', 'peer_learning'] as const;
export const EVENT_MODES = ['online', 'onsite', 'hybrid'] as const;
export const EVENT_ZONES = ['WIB', 'WITA', 'WIT'] as const;

export const eventBody = z.strictObject({
  title: z.string().trim().min(3).max(300),
  kind: z.enum(EVENT_KINDS),
  mode: z.enum(EVENT_MODES),
  location: z.string().trim().max(500).optional(),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  description: z.string().trim().max(10_000).default(''),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  timeZone: z.enum(EVENT_ZONES),
  capacity: z.number().int().min(1).max(100_000),
  agenda: z
    .array(z.strictObject({ time: z.string().trim().min(1).max(40), title: z.string().trim().min(1).max(300) }))
    .max(100)
    .default([]),
  hubId: z.uuid().optional(),
  showcased: z.array(z.uuid()).max(200).default([]),
  videos: z
    .array(z.strictObject({ title: z.string().trim().min(1).max(300), url: z.url({ protocol: /^https?$/ }).max(500) }))
    .max(50)
    .default([]),
});
export type EventInput = z.infer<typeof eventBody>;

/** An edit: everything but the hub and the materials (which have their own routes). */
export const eventUpdateBody = eventBody.omit({ hubId: true, videos: true });
export type EventUpdateInput = z.infer<typeof eventUpdateBody>;
export const videoBody = z.strictObject({ title: z.string().trim().min(1).max(300), url: z.url({ protocol: /^https?$/ }).max(500) });
export const materialQuery = z.strictObject({ title: z.string().trim().min(1).max(300) });
/** Documents an organiser may upload as event materials (type sniffed from the bytes). */
export const MATERIAL_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
] as const;
export const MATERIAL_LIMIT_BYTES = 20 * 1024 * 1024;

const ref = z.object({ id: z.string(), name: z.string() });

export const eventSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  mode: z.enum(EVENT_MODES),
  location: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.enum(EVENT_ZONES),
  capacity: z.number().int(),
  registered: z.number().int(),
  hub: ref.extend({ provinceCode: z.string() }).nullable(),
  cancelled: z.boolean(),
});
export type EventSummary = z.infer<typeof eventSummary>;

export const eventView = eventSummary.extend({
  description: z.string(),
  onlineUrl: z.string().nullable(),
  agenda: z.array(z.object({ time: z.string(), title: z.string() })),
  waitlisted: z.number().int(),
  showcased: z.array(z.object({ innovationId: z.string(), title: z.string(), agency: z.string(), summary: z.string() })),
  /** A document's `url` is its download path on this API; a video's the link given. */
  materials: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['video', 'document']),
      title: z.string(),
      url: z.string().nullable(),
      filename: z.string().nullable(),
      sizeBytes: z.number().int().nullable(),
    }),
  ),
  /** The caller's registration, null when not registered or not signed in. */
  myRegistration: z.enum(['registered', 'waitlisted']).nullable(),
  /** The caller's place on the waiting list (1 = next), null when not waiting. */
  myPosition: z.number().int().nullable(),
  can: z.object({ manage: z.boolean() }),
});
export type EventView = z.infer<typeof eventView>;

/** A page of events; `nextPage` is the page to ask for next, null on the last one. */
export const eventList = z.object({ items: z.array(eventSummary), nextPage: z.number().int().nullable() });
/** Events per page of the list: every answer stays bounded, a longer list is read page by page. */
export const EVENTS_PAGE_SIZE = 500;
/** The longest range one list may ask for: a calendar month in any zone, with room to spare. */
export const EVENTS_RANGE_DAYS = 62;

export const eventsQuery = z
  .strictObject({
    when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
    kind: z.enum(EVENT_KINDS).optional(),
    mode: z.enum(EVENT_MODES).optional(),
    /** A province code of the organising hub, or `national` for the ministry's events. */
    province: z
      .string()
      .regex(/^(\d{2}|national)$/)
      .optional(),
    /** With `to`: only the events on at some moment in [from, to) — the calendar's month. */
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), { message: "give both 'from' and 'to', or neither", path: ['to'] })
  .refine((q) => !q.from || !q.to || (Date.parse(q.to) > Date.parse(q.from) && Date.parse(q.to) - Date.parse(q.from) <= EVENTS_RANGE_DAYS * 86_400_000), {
    message: `'to' must be after 'from', at most ${EVENTS_RANGE_DAYS} days later`,
    path: ['to'],
  });

export const registrationList = z.object({
  items: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      agency: z.string().nullable(),
      status: z.enum(['registered', 'waitlisted']),
      attended: z.boolean(),
      /** Place on the waiting list, null for a seat. */
      position: z.number().int().nullable(),
      registeredAt: z.string(),
    }),
  ),
});
export const interestList = z.object({
  items: z.array(
    z.object({ id: z.string(), innovationId: z.string(), innovation: z.string(), agency: z.string(), name: z.string(), caseId: z.string().nullable(), createdAt: z.string() }),
  ),
});

export const registrationView = z.object({ eventId: z.string(), status: z.enum(['registered', 'waitlisted']), position: z.number().int().nullable() });
export const interestBody = z.strictObject({ innovationId: z.uuid() });
export const interestView = z.object({ id: z.string(), eventId: z.string(), innovationId: z.string(), caseId: z.string().nullable() });
export const attendanceBody = z.strictObject({ userIds: z.array(z.uuid()).min(1).max(1000), attended: z.boolean() });
