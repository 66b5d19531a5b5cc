import { z } from 'zod';
import { CLUSTERS, PREDICATES } from './innovation-index.js';

/** Award nominees of the regional innovation index per cluster (issue #17 item 4): shapes shared by server and web. */

export const NOMINEES_DEFAULT_N = 3;
export const NOMINEES_MAX_N = 50;

export const nomineeSent = z.object({
  nominationId: z.string(),
  competitionId: z.string(),
  competitionName: z.string(),
  proposalId: z.string().nullable(),
  proposalNumber: z.string().nullable(),
  nominatedAt: z.string(),
});

export const nomineeView = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  cluster: z.enum(CLUSTERS),
  rank: z.number().int(),
  verifiedIid: z.number(),
  predicate: z.enum(PREDICATES),
  tied: z.boolean(),
  /** The region's government agency (null: none registered, so it cannot be sent). */
  agencyId: z.string().nullable(),
  sent: nomineeSent.nullable(),
});
export type NomineeView = z.infer<typeof nomineeView>;

export const clusterNominees = z.object({
  cluster: z.enum(CLUSTERS),
  n: z.number().int(),
  tiedAtCut: z.boolean(),
  items: z.array(nomineeView),
});
export type ClusterNominees = z.infer<typeof clusterNominees>;

export const nomineesView = z.object({
  year: z.number().int(),
  publishedAt: z.string(),
  /** The year's "Innovative Government Award" call, if created. */
  awardCall: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Calls a nominee may be sent to: special calls of the year that are not archived. */
  competitions: z.array(z.object({ id: z.string(), name: z.string(), year: z.number().int(), status: z.string() })),
  clusters: z.array(clusterNominees),
});
export type NomineesView = z.infer<typeof nomineesView>;

export const sendNomineesBody = z.strictObject({
  cluster: z.enum(CLUSTERS),
  n: z.number().int().min(1).max(NOMINEES_MAX_N),
  /** Omitted or null: the year's "Innovative Government Award" call, created from its template if missing. */
  competitionId: z.uuid().nullable().optional(),
});
export type SendNomineesInput = z.infer<typeof sendNomineesBody>;

export const sendNomineesResult = z.object({
  competition: z.object({ id: z.string(), name: z.string() }),
  created: z.number().int(),
  alreadySent: z.number().int(),
  cluster: clusterNominees,
});
export type SendNomineesResult = z.infer<typeof sendNomineesResult>;

export const nominationView = z.object({
  id: z.string(),
  year: z.number().int(),
  cluster: z.enum(CLUSTERS),
  regionCode: z.string(),
  regionName: z.string(),
  rank: z.number().int(),
  verifiedIid: z.number(),
  predicate: z.enum(PREDICATES),
  tied: z.boolean(),
  competitionId: z.string(),
  competitionName: z.string(),
  proposalId: z.string().nullable(),
  proposalNumber: z.string().nullable(),
  nominatedAt: z.string(),
});
export type NominationView = z.infer<typeof nominationView>;
