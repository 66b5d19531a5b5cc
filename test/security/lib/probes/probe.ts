import type { Role } from '../../../../src/common/roles.js';
import type { Agent } from '../../../helpers/agent.js';
import { multipartFile } from '../../../helpers/multipart.js';
import type { TestApp } from '../../../helpers/test-app.js';
import type { Outcome, Who } from '../matrix.js';

/**
 * The shape of a record probe: a record of some module, put in the caller's own agency or in
 * another agency, and every route that addresses it with the answer each caller must get.
 */
export type Where = 'own' | 'other';

/** A probed record: its id, the agency it lives in, and ids the routes address it through. */
export interface ProbeRecord {
  id: string;
  agencyId: string;
  /** E.g. the evaluation round a proposal is assigned in, or an attachment of the proposal. */
  refs: Readonly<Record<string, string>>;
}

export interface ProbeRequest {
  url: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as `multipart/form-data` in the field `file` instead of a JSON body. */
  upload?: { filename: string; contentType: string; bytes: Buffer };
}

export interface ProbeRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  request(record: ProbeRecord): ProbeRequest;
  /** Expected outcome for a caller the permission table lets in. */
  expect(who: Who, where: Where): Outcome;
  /**
   * The route changes the record so that the next caller would meet another state (a draft
   * marked ready, an attachment deleted): every caller the permission table lets in then gets
   * records of its own, created for that one request.
   */
  fresh?: boolean;
}

/** The signed-in matrix callers' account ids, for records that name a caller (an assignment). */
export type CallerIds = Readonly<Record<Role, string>>;

export interface RecordProbe {
  record: string;
  /** Creates the record inside `agencyId`. */
  create(t: TestApp, agencyId: string, callers: CallerIds): Promise<{ id: string; refs?: Record<string, string> }>;
  routes: ProbeRoute[];
}

export const STAFF: readonly Who[] = ['agency_admin', 'agency_operator'];

/** Own agency's operators and coordinator only (a draft, an attachment of one). */
export const ownStaff = (who: Who, where: Where): Outcome => (STAFF.includes(who) && where === 'own' ? 'allow' : 'hidden');

/** Own agency's staff, and the ministry wherever the record lives. */
export const ownStaffOrMinistry = (who: Who, where: Where): Outcome => (who === 'ministry_admin' || (STAFF.includes(who) && where === 'own') ? 'allow' : 'hidden');

/** A multipart body with one file in the field `file`, as the web app uploads. */
export const multipart = (upload: NonNullable<ProbeRequest['upload']>) => multipartFile(upload.filename, upload.bytes, { contentType: upload.contentType });

/** One signed-in account per key and test app, so probes creating many records sign in once. */
const agents = new WeakMap<TestApp, Map<string, Promise<Agent>>>();
export function signedInOnce(t: TestApp, role: Role, agencyId?: string): Promise<Agent> {
  let forApp = agents.get(t);
  if (!forApp) agents.set(t, (forApp = new Map()));
  const key = `${role}:${agencyId ?? ''}`;
  let agent = forApp.get(key);
  if (!agent) forApp.set(key, (agent = t.signedIn(role, agencyId ? { agencyId } : {}).then((s) => s.agent)));
  return agent;
}
