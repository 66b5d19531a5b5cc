import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { innovationPath } from '../../../routes/paths';
import { useReminders } from '../api/catalog-queries';
import { formatDate } from './format';

/**
 * For the dashboard of agency staff: running innovations whose status was not confirmed for
 * 12 months, so the national database stays true (running / stopped).
 */
export function StatusRemindersPanel() {
  const { t, i18n } = useTranslation('catalog');
  const reminders = useReminders(true);
  if (!reminders.isSuccess) return null;
  const items = reminders.data.items;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="status-reminders">
      <Stack gap={6}>
        <Title order={2} size="h4" id="status-reminders">
          {t('reminders.title')}
        </Title>
        {items.length === 0 ? (
          <Text c="dimmed">{t('reminders.none')}</Text>
        ) : (
          <>
            <Text size="sm">{t('reminders.intro')}</Text>
            <List>
              {items.map((item) => (
                <List.Item key={item.id}>
                  <Anchor component={Link} to={innovationPath(item.id)}>
                    {item.title}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    ({t('reminders.lastConfirmed', { date: formatDate(item.statusConfirmedAt, i18n.language) })})
                  </Text>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
