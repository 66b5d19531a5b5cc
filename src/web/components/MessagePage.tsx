import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../hooks/use-document-title';
import { paths } from '../routes/paths';

/** A full-page message (404, 403, load failure) with a way back. */
export function MessagePage({ code, title, body, action }: { code?: string; title: string; body: string; action?: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <Paper withBorder p="xl" maw={560} mx="auto" mt="xl">
      <Stack gap="sm" align="flex-start">
        {code ? (
          <Text fw={700} c="dimmed" size="sm">
            {code}
          </Text>
        ) : null}
        <Title order={1}>{title}</Title>
        <Text>{body}</Text>
        {action ?? (
          <Button component={Link} to={paths.home} variant="light">
            {t('backHome')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
