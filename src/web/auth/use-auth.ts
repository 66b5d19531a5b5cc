import { useQuery } from '@tanstack/react-query';
import { setCsrfToken } from '../api/csrf-token';
import { fetchSession } from './auth-api';
import type { SessionUser } from './types';

export const SESSION_QUERY_KEY = ['auth', 'session'] as const;

export interface SessionState {
  user: SessionUser | null;
  csrfToken: string | null;
  /** False when `/api/auth/me` could not be read: the visitor is then treated as anonymous. */
  reachable: boolean;
}

const ANONYMOUS_UNREACHABLE: SessionState = { user: null, csrfToken: null, reachable: false };

/** Reads the session; a failure means "anonymous", so public pages render without the API. */
export async function loadSession(signal?: AbortSignal): Promise<SessionState> {
  try {
    const session = await fetchSession(signal);
    setCsrfToken(session.csrfToken);
    return { user: session.user, csrfToken: session.csrfToken, reachable: true };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    setCsrfToken(null);
    return ANONYMOUS_UNREACHABLE;
  }
}

export interface AuthState {
  /** True until the first answer (or failure) of `/api/auth/me`. */
  loading: boolean;
  user: SessionUser | null;
  csrfToken: string | null;
  reachable: boolean;
}

/** The signed-in user, if any, and the session's CSRF token. */
export function useAuth(): AuthState {
  const { data, isPending } = useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => loadSession(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
  return {
    loading: isPending,
    user: data?.user ?? null,
    csrfToken: data?.csrfToken ?? null,
    reachable: data?.reachable ?? true,
  };
}
