import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title';

/** The page's single `<h1>`, an optional intro and actions; also sets the document title. */
export function PageHeader({
  title,
  intro,
  actions,
  documentTitle,
}: {
  title: string;
  /** When the tab title should differ from the heading. */
  documentTitle?: string;
  intro?: ReactNode;
  actions?: ReactNode;
}) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md">
      <Stack gap={4} style={{ flex: '1 1 20rem' }}>
        <Title order={1}>{title}</Title>
        {intro ? <Text c="dimmed">{intro}</Text> : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
