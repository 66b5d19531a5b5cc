import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SessionUser } from '../auth/types';
import { useLogout } from '../auth/use-logout';
import { visibleItems } from './navigation';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** Signed in: a menu with the user's identity, account links and sign out (lazy-loaded). */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation(['shell', 'nav', 'roles']);
  const logout = useLogout();
  const accountItems = visibleItems(user.role, 'userMenu');

  const signOut = () => logout.mutate();

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        {/* Named by its (hidden) text, not an aria-label, so the name contains everything shown (WCAG 2.5.3). */}
        <UnstyledButton style={{ display: 'flex', alignItems: 'center', gap: 8, borderRadius: 8, padding: 2 }}>
          <Avatar color="blue.9" variant="filled" radius="xl" size={34} aria-hidden="true">
            {initials(user.name)}
          </Avatar>
          <Text component="span" size="sm" fw={600} visibleFrom="sm" maw={180} truncate aria-hidden="true">
            {user.name}
          </Text>
          <span className="visually-hidden">{t('shell:userMenu', { name: user.name })}</span>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell:signedInAs')}</Menu.Label>
        <div style={{ padding: '0 12px 8px' }}>
          <Text size="sm" fw={600}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {user.email}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`roles:${user.role}.name`)}
          </Text>
        </div>
        <Menu.Divider />
        {accountItems.map((item) => (
          <Menu.Item key={item.id} component={Link} to={item.path}>
            {t(`nav:${item.labelKey}`)}
          </Menu.Item>
        ))}
        <Menu.Item onClick={signOut} disabled={logout.isPending} closeMenuOnClick={false}>
          {t('shell:logout')}
        </Menu.Item>
        {logout.isError ? (
          <Text role="alert" size="xs" c="red.9" px="sm" pb="xs">
            {t('shell:logoutFailed')}
          </Text>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
