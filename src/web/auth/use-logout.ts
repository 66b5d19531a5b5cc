import { useMutation } from '@tanstack/react-query';
import { paths } from '../routes/paths';
import { logout } from './auth-api';

/**
 * Signs out, then loads the home page afresh. The full reload drops every query cached for
 * the user and the old CSRF token in one stroke, and avoids a protected page's guard
 * bouncing to the login page while the session is being cleared.
 */
export function useLogout() {
  return useMutation({
    mutationFn: () => logout(),
    onSuccess: () => {
      window.location.replace(paths.home);
    },
  });
}
