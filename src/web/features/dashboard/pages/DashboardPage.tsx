import { Container, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/use-auth';
import { PageHeader } from '../../../components/PageHeader';
import { StatusRemindersPanel } from '../../catalog/components/StatusRemindersPanel';
import { TodoPanel } from '../../dashboards/components/TodoPanel';

/** The signed-in landing page: a greeting and what the user's role is for. */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'roles']);
  const { user } = useAuth();
  if (!user) return null;

  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('greeting', { name: user.name })} documentTitle={t('title')} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Paper withBorder p="lg" radius="md">
            <Stack gap={6}>
              <Text size="sm" c="dimmed" fw={600}>
                {t('yourRole')}
              </Text>
              <Title order={2} size="h3">
                {t(`roles:${user.role}.name`)}
              </Title>
              <Text>{t(`roles:${user.role}.description`)}</Text>
            </Stack>
          </Paper>
          <Paper withBorder p="lg" radius="md">
            <Stack gap={6}>
              <Text size="sm" c="dimmed" fw={600}>
                {t('yourAgency')}
              </Text>
              <Title order={2} size="h3">
                {user.agencyName ?? t('noAgency')}
              </Title>
            </Stack>
          </Paper>
        </SimpleGrid>
        {user.role === 'agency_operator' || user.role === 'agency_admin' ? <StatusRemindersPanel /> : null}
        <TodoPanel />
      </Stack>
    </Container>
  );
}
