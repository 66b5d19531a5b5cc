import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ForbiddenPage } from '../components/ForbiddenPage';
import { PageLoader } from '../components/PageLoader';
import { paths } from '../routes/paths';
import { canAccess, type NavItemId, requiresSignIn } from '../shell/navigation';
import { useAuth } from './use-auth';

export interface LoginRedirectState {
  from?: string;
}

/**
 * Route guard: renders the page only for the audience the navigation table allows.
 * Anonymous visitors of a signed-in page go to the login page (and come back afterwards);
 * a signed-in user whose role is not allowed gets a 403 page.
 */
export function RequireAccess({ page, children }: { page: NavItemId; children: ReactNode }) {
  const { loading, user } = useAuth();
  const location = useLocation();

  if (loading) return <PageLoader />;
  if (canAccess(page, user?.role ?? null)) return children;
  if (!user && requiresSignIn(page)) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to={paths.login} replace state={state} />;
  }
  return <ForbiddenPage />;
}
