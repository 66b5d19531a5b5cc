import { Badge, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An honest placeholder for a feature not built yet: says so, shows no invented data. */
export function ComingSoonPanel() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" bg="gray.0">
      <Stack gap="xs" align="flex-start">
        <Badge variant="outline" color="gray.8" size="lg">
          {t('comingSoon.badge')}
        </Badge>
        <Text>{t('comingSoon.body')}</Text>
      </Stack>
    </Paper>
  );
}
