import { z } from 'zod';
import { PREDICATES, REPORT_STATUSES, ROW_STATUSES, CLUSTERS, type IndexScore } from './innovation-index.js';
import type { Equals, Expect } from './type-equality.js';

/**
 * A region's index report and the verification queue: request bodies and answers shared by the
 * server (its routes validate and serialise with these; modules/innovation-index/schemas.ts
 * re-exports them) and the web client (`z.input` of the bodies, `Serialised<z.output<…>>` of the
 * answers, whose Dates arrive as ISO strings).
 */

const text = z.object({ id: z.string(), en: z.string() });

export const indexScoreView = z.object({
  spd: z.number(),
  sidIndicators: z.number(),
  sidAverage: z.number(),
  countScore: z.number(),
  sid: z.number(),
  iid: z.number(),
  predicate: z.enum(PREDICATES),
  disclaimer: z.enum(['no_report', 'not_evidence_based']).nullable(),
  innovations: z.number(),
  divisor: z.number(),
  basicAffairsCovered: z.number(),
  points: z.record(z.string(), z.number()),
});
/** The pure scoring (server domain) and the answer's score must not drift apart. */
export type IndexScoreMatches = Expect<Equals<z.output<typeof indexScoreView>, IndexScore>>;

const evidenceView = z.object({
  id: z.string(),
  evidenceType: z.string(),
  kind: z.enum(['file', 'link', 'video_link']),
  url: z.string().nullable(),
  filename: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  platformFact: z.boolean(),
});

export const reportView = z.object({
  id: z.string(),
  year: z.number(),
  regionCode: z.string(),
  status: z.enum(REPORT_STATUSES),
  sentAt: z.date().nullable(),
  verifiedAt: z.date().nullable(),
  innovations: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      affair: z.string().nullable(),
      digital: z.boolean(),
      initiator: z.string().nullable(),
      replicationRegions: z.number(),
      suggestedReplicationLevel: z.number().nullable(),
    }),
  ),
  rows: z.array(
    z.object({
      id: z.string(),
      indicatorCode: z.string(),
      innovationId: z.string().nullable(),
      claimedLevel: z.number(),
      basis: z.string().nullable(),
      status: z.enum(ROW_STATUSES),
      verifiedLevel: z.number().nullable(),
      rejectReason: z.string().nullable(),
      answer: z.string().nullable(),
      answeredAt: z.date().nullable(),
      answerDueAt: z.date().nullable(),
      evidenceCount: z.number(),
      evidence: z.array(evidenceView),
    }),
  ),
  claimed: indexScoreView,
  verified: indexScoreView,
  gap: z.number(),
  warnings: z.array(z.object({ code: z.string(), message: text })),
});

export const ownReportView = z.object({ report: reportView.nullable() });

export const availableView = z.object({
  items: z.array(
    z.object({ id: z.string(), title: z.string(), governmentAffair: z.string().nullable(), digital: z.boolean(), initiator: z.string().nullable(), workflowState: z.string() }),
  ),
});

export const innovationBody = z.strictObject({ innovationId: z.uuid() });
export const levelBody = z.strictObject({
  indicatorCode: z.string().regex(/^[a-z0-9_]{1,40}$/),
  innovationId: z.uuid().nullable(),
  level: z.number().int().min(1).max(3),
  basis: z.string().max(40).nullable().optional(),
  usePlatformFact: z.boolean().optional(),
});
export const linkEvidenceBody = z.strictObject({
  evidenceType: z.string().regex(/^[a-z0-9_]{1,40}$/),
  url: z.string().trim().min(8).max(2000),
  label: z.string().trim().max(200).optional(),
});
export const answerBody = z.strictObject({ answer: z.string().trim().min(5).max(2000) });
export const reviewBody = z.strictObject({ decision: z.enum(['send', 'return']), note: z.string().trim().max(2000).optional() });
export const decisionBody = z.strictObject({
  decision: z.enum(['accept', 'reject', 'correct']),
  level: z.number().int().min(1).max(3).optional(),
  reason: z.string().trim().max(2000).optional(),
});

export const queueQuery = z.strictObject({
  province: z
    .string()
    .regex(/^[0-9]{2}$/)
    .optional(),
  cluster: z.enum(CLUSTERS).optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const queueView = z.object({
  items: z.array(
    z.object({
      reportId: z.string(),
      regionCode: z.string(),
      regionName: z.string(),
      provinceCode: z.string().nullable(),
      status: z.enum(REPORT_STATUSES),
      sentAt: z.date().nullable(),
      pending: z.number(),
      accepted: z.number(),
      rejected: z.number(),
      corrected: z.number(),
      answered: z.number(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
