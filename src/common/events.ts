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
  hub: ref.nullable(),
});
export type EventSummary = z.infer<typeof eventSummary>;

export const eventView = eventSummary.extend({
  description: z.string(),
  onlineUrl: z.string().nullable(),
  agenda: z.array(z.object({ time: z.string(), title: z.string() })),
  waitlisted: z.number().int(),
  showcased: z.array(z.object({ innovationId: z.string(), title: z.string() })),
  materials: z.array(z.object({ id: z.string(), kind: z.enum(['video', 'document']), title: z.string(), url: z.string().nullable() })),
  /** The caller's registration, null when not registered or not signed in. */
  myRegistration: z.enum(['registered', 'waitlisted']).nullable(),
  can: z.object({ manage: z.boolean() }),
});
export type EventView = z.infer<typeof eventView>;

export const eventList = z.object({ items: z.array(eventSummary) });
export const eventsQuery = z.strictObject({ when: z.enum(['upcoming', 'past', 'all']).default('upcoming') });

export const registrationView = z.object({ eventId: z.string(), status: z.enum(['registered', 'waitlisted']), position: z.number().int().nullable() });
export const interestBody = z.strictObject({ innovationId: z.uuid() });
export const interestView = z.object({ id: z.string(), eventId: z.string(), innovationId: z.string(), caseId: z.string().nullable() });
export const attendanceBody = z.strictObject({ userIds: z.array(z.uuid()).min(1).max(1000), attended: z.boolean() });
