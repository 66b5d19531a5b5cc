import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../api/csrf-token';
import { login } from './auth-api';
import type { Credentials } from './types';
import { SESSION_QUERY_KEY, type SessionState } from './use-auth';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => login(credentials),
    onSuccess: ({ user, csrfToken }) => {
      setCsrfToken(csrfToken);
      // Data cached for the anonymous visitor must not leak into the new session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData<SessionState>(SESSION_QUERY_KEY, {
        user,
        csrfToken,
        reachable: true,
      });
    },
  });
}
