import { z } from 'zod';
import { CLUSTERS, modelConfigSchema, PREDICATES, REPORT_STATUSES, ROW_STATUSES } from '../../../common/innovation-index.js';

/** Request and response schemas of the index routes (shapes shared with the web in src/common/innovation-index.ts). */

export const yearParams = z.strictObject({ year: z.coerce.number().int().min(2015).max(2100) });
export const yearIdParams = yearParams.extend({ id: z.uuid() });
export const reportRowParams = z.strictObject({ id: z.uuid(), rowId: z.uuid() });
export const idParams = z.strictObject({ id: z.uuid() });
export const regionParams = yearParams.extend({ code: z.string().regex(/^[0-9.]{2,13}$/) });

const text = z.object({ id: z.string(), en: z.string() });

export const modelView = z.object({
  id: z.string(),
  year: z.number(),
  status: z.enum(['draft', 'published']),
  config: modelConfigSchema,
  windowOpensAt: z.date().nullable(),
  windowClosesAt: z.date().nullable(),
  resultsPublishedAt: z.date().nullable(),
  copiedFrom: z.string().nullable(),
  updatedAt: z.date(),
  publishedAt: z.date().nullable(),
});

export const createModelBody = z.strictObject({ year: z.number().int().min(2015).max(2100), copyFromYear: z.number().int().min(2015).max(2100).optional() });
export const changeModelBody = z.strictObject({ config: z.unknown() });
export const windowBody = z.strictObject({ opensAt: z.coerce.date(), closesAt: z.coerce.date() });
export const borderBody = z.strictObject({ border: z.boolean() });

const score = z.object({
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
  claimed: score,
  verified: score,
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
export const evidenceTypeQuery = z.strictObject({ evidenceType: z.string().regex(/^[a-z0-9_]{1,40}$/) });
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

export const resultsQuery = z.strictObject({
  cluster: z.enum(CLUSTERS).optional(),
  province: z
    .string()
    .regex(/^[0-9]{2}$/)
    .optional(),
});

export const resultsView = z.object({
  year: z.number(),
  publishedAt: z.date().nullable(),
  items: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      provinceCode: z.string().nullable(),
      clusters: z.array(z.enum(CLUSTERS)),
      rank: z.number().nullable(),
      verifiedIid: z.number(),
      predicate: z.enum(PREDICATES),
      claimedIid: z.number(),
      gap: z.number(),
      disclaimer: z.string().nullable(),
      innovations: z.number(),
    }),
  ),
});

export const reportCardView = z.object({
  year: z.number(),
  regionCode: z.string(),
  regionName: z.string(),
  result: z.object({
    regionCode: z.string(),
    claimedIid: z.number(),
    claimedPredicate: z.string(),
    verifiedIid: z.number(),
    predicate: z.string(),
    disclaimer: z.string().nullable(),
    spd: z.number(),
    sid: z.number(),
    countScore: z.number(),
    innovations: z.number(),
    points: z.record(z.string(), z.number()),
  }),
  previous: z.object({ year: z.number(), verifiedIid: z.number(), predicate: z.string() }).nullable(),
  indicators: z.array(
    z.object({
      no: z.number(),
      code: z.string(),
      aspect: z.enum(['spd', 'sid']),
      name: text,
      points: z.number(),
      previousPoints: z.number().nullable(),
      change: z.number().nullable(),
    }),
  ),
});

export const recomputeView = z.object({ regions: z.number(), reported: z.number() });
