import { Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchHealth } from '../api/health-api';

function Dot({ color }: { color: string }) {
  return <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: '50%', background: color, flex: 'none' }} />;
}

/** One line telling whether the API answers `GET /api/health`. */
export function ServiceStatus() {
  const { t } = useTranslation('landing');
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchHealth(signal),
    retry: false,
    staleTime: 60_000,
  });
  const [color, text] = health.isPending
    ? ['var(--mantine-color-gray-6)', t('status.checking')]
    : health.isSuccess
      ? ['var(--mantine-color-teal-8)', t('status.ok', { version: health.data.version })]
      : ['var(--mantine-color-red-8)', t('status.unavailable')];
  return (
    <Group gap="xs" wrap="nowrap" role="status">
      <Dot color={color} />
      <Text size="sm">
        <Text component="span" fw={600} size="sm">
          {t('status.title')}:
        </Text>{' '}
        {text}
      </Text>
    </Group>
  );
}
