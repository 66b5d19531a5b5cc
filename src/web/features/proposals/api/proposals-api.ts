import { ApiError, api } from '../../../api/client';
import { getCsrfToken } from '../../../api/csrf-token';
import { currentLanguage } from '../../../i18n';
import type { AdminCheckStatus, ProposalStatus } from '../../../../common/competitions';

export interface AnswerValue {
  questionId: string;
  value: unknown;
  wordCount: number;
  updatedAt: string;
}

export interface Attachment {
  id: string;
  questionId: string | null;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface ProposalSummary {
  id: string;
  number: string;
  title: string;
  status: ProposalStatus;
  competition: { id: string; name: string; year: number };
  group: { id: string; code: string; name: string };
  category: { id: string; code: string; name: string };
  agency: { id: string; name: string; type: string } | null;
  owner: { id: string; name: string };
  updatedAt: string;
  submittedAt: string | null;
  lateSeconds: number | null;
  adminCheck: { status: AdminCheckStatus; reason: string | null; decidedAt: string | null } | null;
}

export interface Proposal extends ProposalSummary {
  applicantKind: 'agency' | 'citizen';
  participantType: string;
  innovationId: string | null;
  sdgs: number[];
  version: number;
  createdAt: string;
  contentHash: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  answers: AnswerValue[];
  attachments: Attachment[];
  returns: { comment: string; returnedAt: string; returnedBy: string | null }[];
  can: { edit: boolean; markReady: boolean; reopen: boolean; return: boolean; submit: boolean; withdraw: boolean };
}

export interface Receipt {
  proposalId: string;
  number: string;
  title: string;
  competition: string;
  submittedAt: string;
  submittedBy: string | null;
  lateSeconds: number | null;
  contentHash: string;
  hashAlgorithm: 'sha256';
  replayed: boolean;
}

export interface NewInnovation {
  title: string;
  summary: string;
  regionCode: string;
  startDate: string;
  categoryId: number;
  sdgs: number[];
}

export interface StartProposal {
  competitionId: string;
  groupId: string;
  categoryId: string;
  innovationId?: string;
  newInnovation?: NewInnovation;
  title?: string;
}

export interface SaveProposal {
  baseVersion: number;
  title?: string;
  answers?: { questionId: string; value: unknown }[];
}

const base = (id: string) => `/api/proposals/${encodeURIComponent(id)}`;

export const proposalsApi = {
  list: (query: { competitionId?: string; status?: string; q?: string; page?: number }, signal?: AbortSignal) =>
    api.get<{ items: ProposalSummary[]; total: number }>('/api/proposals', { ...query, pageSize: 50 }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Proposal>(base(id), undefined, signal),
  start: (body: StartProposal) => api.post<Proposal>('/api/proposals', body),
  save: (id: string, body: SaveProposal) => api.patch<Proposal>(base(id), body),
  ready: (id: string) => api.post<Proposal>(`${base(id)}/ready`),
  reopen: (id: string) => api.post<Proposal>(`${base(id)}/reopen`),
  returnToDrafters: (id: string, comment: string) => api.post<Proposal>(`${base(id)}/return`, { comment }),
  withdraw: (id: string, reason: string) => api.post<Proposal>(`${base(id)}/withdraw`, { reason }),
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
