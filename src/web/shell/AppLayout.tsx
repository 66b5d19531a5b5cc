import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { type KeyboardEvent, lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/use-auth';
import { PageLoader } from '../components/PageLoader';
import { paths } from '../routes/paths';
import { RouteErrorBoundary } from '../routes/RouteErrorBoundary';
import { RouteErrorPage } from '../routes/RouteErrorPage';
import { BrandLink } from './BrandLink';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate';
import { SignInButton } from './SignInButton';

/** The user menu (Menu + floating UI) is only needed once signed in: keep it out of the entry. */
const UserMenu = lazy(async () => ({ default: (await import('./UserMenu')).UserMenu }));
/** The notification bell (unread count), likewise only for a signed-in account. */
const NotificationBell = lazy(async () => ({ default: (await import('../features/notifications/components/NotificationBell')).NotificationBell }));

const NAVBAR_ID = 'main-navigation';
/** Below Mantine's `sm` breakpoint (48em) the navbar becomes a burger menu. */
const PHONE_QUERY = '(max-width: 47.99em)';

/** The frame of every page: header, role-aware navbar (a burger on phones) and main region. */
export function AppLayout() {
  const { t } = useTranslation('nav');
  const { user, loading } = useAuth();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const isPhone = useMediaQuery(PHONE_QUERY) ?? false;
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const burgerRef = useRef<HTMLButtonElement>(null);
  useFocusMainOnNavigate(mainRef);

  // A collapsed navbar is only moved off screen: make it inert so Tab and screen readers skip it.
  const navHidden = isPhone && !navOpened;
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isPhone || !navOpened) return;
    close();
    burgerRef.current?.focus();
  };

  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding={{ base: 'md', md: 'xl' }}>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                ref={burgerRef}
                opened={navOpened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t('closeMenu') : t('openMenu')}
                aria-expanded={navOpened}
                aria-controls={NAVBAR_ID}
              />
              <BrandLink />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              {loading ? null : user ? (
                <Suspense fallback={null}>
                  <NotificationBell />
                  <UserMenu user={user} />
                </Suspense>
              ) : pathname === paths.login ? null : (
                <SignInButton />
              )}
            </Group>
          </Group>
        </AppShell.Header>

        {/* The ministry's menu is taller than a laptop screen: the navbar scrolls on its own. */}
        <AppShell.Navbar id={NAVBAR_ID} p="sm" aria-label={t('label')} inert={navHidden} onKeyDown={closeOnEscape} style={{ overflowY: 'auto' }}>
          <MainNav role={user?.role ?? null} onNavigate={close} />
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1}>
          <RouteErrorBoundary resetKey={pathname} fallback={<RouteErrorPage />}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </RouteErrorBoundary>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
