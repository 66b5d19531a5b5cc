import { z } from 'zod';
import { type NewInnovationStart, startProposalBody, type StartProposalRequest } from '../../../common/proposals.js';
import type { Equals, Expect } from '../../../common/type-equality.js';
import { createInnovationBody } from '../catalog/schemas.js';

/**
 * Request and response shapes of the proposals API. The bodies and answers the web client
 * shares live in src/common/proposals.ts (the list query too); here are the path shapes and the start
 * body's new catalog record (the catalog's own create body, a server schema).
 */
export {
  answerInput,
  answerView,
  adminCheckView,
  attachmentView,
  listProposalsQuery,
  listProposalsResponse,
  proposalSummary,
  proposalView,
  receiptView,
  returnBody,
  saveProposalBody,
  withdrawBody,
} from '../../../common/proposals.js';
export type { ProposalSummary, ProposalView, ReceiptView, SaveProposalInput } from '../../../common/proposals.js';

export const proposalIdParams = z.strictObject({ proposalId: z.uuid() });
export const attachmentParams = z.strictObject({ proposalId: z.uuid(), attachmentId: z.uuid() });

export const createProposalBody = startProposalBody
  .extend({
    /** …or a new one, registered in the catalog on the way (agency entrants). */
    newInnovation: createInnovationBody.optional(),
  })
  .refine((b) => !(b.innovationId && b.newInnovation), { message: "give 'innovationId' or 'newInnovation', not both", path: ['newInnovation'] });
export type CreateProposalInput = z.infer<typeof createProposalBody>;

/** The fields a type requires (those `{}` does not already satisfy). */
type RequiredPart<T> = { [K in keyof T as object extends Pick<T, K> ? never : K]: T[K] };
/** The web's new catalog record holds exactly the fields the catalog's create body requires… */
export type NewInnovationIsCatalogMinimum = Expect<Equals<RequiredPart<z.input<typeof createInnovationBody>>, NewInnovationStart>>;
/** …so what it sends to start a proposal is a valid start body. */
export type StartRequestIsBody = Expect<StartProposalRequest extends z.input<typeof createProposalBody> ? true : false>;

export const submitBody = z.strictObject({}).optional();
