import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../api/csrf-token';
import { logout } from './auth-api';
import { SESSION_QUERY_KEY, type SessionState } from './use-auth';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logout(),
    onSuccess: async () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData<SessionState>(SESSION_QUERY_KEY, {
        user: null,
        csrfToken: null,
        reachable: true,
      });
      // The server issues a fresh CSRF token for the anonymous session.
      await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    },
  });
}
