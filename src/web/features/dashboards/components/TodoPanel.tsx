import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useTodo } from '../api/dashboards-api';

/** The role home's to-do list: what waits for the signed-in user, with counts and the nearest deadline. */
export function TodoPanel() {
  const { t, i18n } = useTranslation('dashboards');
  const todo = useTodo();
  if (!todo.isSuccess) return null;
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const items = todo.data.items;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="todo-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="todo-title">
          {t('todo.title')}
        </Title>
        {items.length === 0 ? (
          <Text c="dimmed">{t('todo.empty')}</Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0}>
            {items.map((item) => (
              <List.Item key={item.id}>
                <Group gap="xs" wrap="wrap">
                  <Badge variant="filled" color="blue" size="lg" aria-hidden="true">
                    {item.count.toLocaleString(i18n.language)}
                  </Badge>
                  <Anchor component={Link} to={item.href}>
                    <Text span className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                      {item.count.toLocaleString(i18n.language)}{' '}
                    </Text>
                    {item.title[lang]}
                  </Anchor>
                  {item.deadline ? (
                    <Text span size="sm" c="dimmed">
                      {t('todo.deadline', { date: new Date(item.deadline).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }) })}{' '}
                      WIB
                    </Text>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
