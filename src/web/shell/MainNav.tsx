import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Role } from '../auth/roles';
import { activeItemId, type NavItem, visibleItems } from './navigation';

function NavEntry({ item, active, onNavigate }: { item: NavItem; active: boolean; onNavigate: () => void }) {
  const { t } = useTranslation('nav');
  return (
    <NavLink
      component={Link}
      to={item.path}
      label={t(item.labelKey)}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="light"
      fw={active ? 700 : 500}
      onClick={onNavigate}
    />
  );
}

/** The navbar's links for the current role, grouped by section. */
export function MainNav({ role, onNavigate }: { role: Role | null; onNavigate: () => void }) {
  const { t } = useTranslation('nav');
  const items = visibleItems(role, 'navbar');
  const activeId = activeItemId(items, useLocation().pathname);
  const general = items.filter((item) => !item.section);
  const admin = items.filter((item) => item.section === 'admin');
  return (
    <Stack gap={4}>
      {general.map((item) => (
        <NavEntry key={item.id} item={item} active={item.id === activeId} onNavigate={onNavigate} />
      ))}
      {admin.length > 0 ? (
        <Stack gap={4} role="group" aria-labelledby="nav-section-admin" mt="md">
          <Text id="nav-section-admin" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm">
            {t('adminSection')}
          </Text>
          {admin.map((item) => (
            <NavEntry key={item.id} item={item} active={item.id === activeId} onNavigate={onNavigate} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
