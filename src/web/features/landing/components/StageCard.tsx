import { Badge, Paper, Stack, Text, Title } from '@mantine/core';

export function StageCard({ label, title, body }: { label: string; title: string; body: string }) {
  return (
    <Paper withBorder p="lg" radius="md" h="100%">
      <Stack gap="xs" align="flex-start">
        <Badge variant="light" size="sm">
          {label}
        </Badge>
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm">{body}</Text>
      </Stack>
    </Paper>
  );
}
