import { Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../routes/paths';

function BrandMark() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-blue-9)" />
      <path d="M9 10 16 23 23 10z" fill="none" stroke="#fff" strokeWidth="2" />
      <circle cx="9" cy="10" r="3.2" fill="#fff" />
      <circle cx="23" cy="10" r="3.2" fill="#fff" />
      <circle cx="16" cy="23" r="3.2" fill="#fff" />
    </svg>
  );
}

/** The "Simpul" logo text, linking home. */
export function BrandLink() {
  const { t } = useTranslation(['common', 'shell']);
  return (
    // Named by its visible text plus a hidden hint, so the accessible name contains what is seen (WCAG 2.5.3).
    <UnstyledButton component={Link} to={paths.home}>
      <Group gap={8} wrap="nowrap">
        <BrandMark />
        <Text component="span" fw={800} fz="xl" c="blue.9" lh={1}>
          {t('appName')}
        </Text>
        <Text component="span" size="sm" c="dimmed" visibleFrom="md" lh={1}>
          {t('appTagline')}
        </Text>
        <span className="visually-hidden">{t('shell:homeHint')}</span>
      </Group>
    </UnstyledButton>
  );
}
