import { ApiError, api } from '../../../api/client';
import { getCsrfToken } from '../../../api/csrf-token';
import { currentLanguage } from '../../../i18n';
import type { z } from 'zod';
import type {
  AnswerValue,
  NewInnovationStart as NewInnovation,
  StartProposalRequest as StartProposal,
  attachmentView,
  listProposalsQuery,
  listProposalsResponse,
  proposalSummary,
  proposalView,
  receiptView,
  returnBody,
  saveProposalBody,
  withdrawBody,
} from '../../../../common/proposals';

/**
 * The proposals API as the web client reads it: answers are `z.output` and request bodies
 * `z.input` of the schemas the server validates and serialises with (src/common/proposals.ts),
 * so a changed shape breaks the web build instead of the page.
 */
export type ProposalSummary = z.output<typeof proposalSummary>;
export type Proposal = z.output<typeof proposalView>;
export type Attachment = z.output<typeof attachmentView>;
export type Receipt = z.output<typeof receiptView>;
export type ProposalList = z.output<typeof listProposalsResponse>;

export type { AnswerValue, NewInnovation, StartProposal };
export type SaveProposal = z.input<typeof saveProposalBody>;
type ReturnBody = z.input<typeof returnBody>;
type WithdrawBody = z.input<typeof withdrawBody>;

/** The list's filters and page (the client asks 50 a page): the server's own list query. */
export type ProposalListParams = Omit<z.input<typeof listProposalsQuery>, 'pageSize'>;

const base = (id: string) => `/api/proposals/${encodeURIComponent(id)}`;

export const proposalsApi = {
  list: (query: ProposalListParams, signal?: AbortSignal) => api.get<ProposalList>('/api/proposals', { ...query, pageSize: 50 }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Proposal>(base(id), undefined, signal),
  start: (body: StartProposal) => api.post<Proposal>('/api/proposals', body),
  save: (id: string, body: SaveProposal) => api.patch<Proposal>(base(id), body),
  ready: (id: string) => api.post<Proposal>(`${base(id)}/ready`),
  reopen: (id: string) => api.post<Proposal>(`${base(id)}/reopen`),
  returnToDrafters: (id: string, comment: string) => api.post<Proposal>(`${base(id)}/return`, { comment } satisfies ReturnBody),
  withdraw: (id: string, reason: string) => api.post<Proposal>(`${base(id)}/withdraw`, { reason } satisfies WithdrawBody),
  receipt: (id: string, signal?: AbortSignal) => api.get<Receipt>(`${base(id)}/receipt`, undefined, signal),
  /** One key per intent: a double click or a retry sends the same key and gets the same receipt. */
  submit: (id: string, idempotencyKey: string) => apiRequestWithHeaders<Receipt>(`${base(id)}/submit`, { 'idempotency-key': idempotencyKey }),
  removeAttachment: (id: string, attachmentId: string) => api.delete<void>(`${base(id)}/attachments/${encodeURIComponent(attachmentId)}`),
  attachmentUrl: (id: string, attachmentId: string) => `${base(id)}/attachments/${encodeURIComponent(attachmentId)}`,
};

async function readResult<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (response.ok) return body as T;
  throw new ApiError(body?.error?.code ?? `BAD_RESPONSE_${response.status}`, body?.error?.message ?? response.statusText, response.status);
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { Accept: 'application/json', 'Accept-Language': currentLanguage(), 'x-csrf-token': getCsrfToken() ?? '', ...extra };
}

/** POST with extra headers (the shared client sends JSON bodies only). */
async function apiRequestWithHeaders<T>(path: string, extra: Record<string, string>): Promise<T> {
  return readResult<T>(await fetch(path, { method: 'POST', credentials: 'same-origin', headers: headers(extra) }));
}

/** Uploads one file (multipart), optionally for a file question. */
export async function uploadAttachment(id: string, file: File, questionId: string | null): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const url = `${base(id)}/attachments${questionId ? `?questionId=${encodeURIComponent(questionId)}` : ''}`;
  return readResult<Attachment>(await fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers(), body: form }));
}

/**
 * Saves a draft while the page is being closed: `keepalive` lets the request outlive the tab,
 * so the last words typed are not lost.
 */
export function saveOnExit(id: string, body: SaveProposal): void {
  void fetch(base(id), {
    method: 'PATCH',
    credentials: 'same-origin',
    keepalive: true,
    headers: headers({ 'Content-Type': 'application/json' }),
    body: JSON.stringify(body),
  }).catch(() => undefined);
}
