import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';

export function ProgramCard({ title, body, link }: { title: string; body: string; link?: { to: string; label: string } }) {
  return (
    <Paper withBorder p="lg" radius="md" h="100%" bg="gray.0">
      <Stack gap="xs" align="flex-start">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm">{body}</Text>
        {link ? (
          <Anchor component={Link} to={link.to} fw={600} size="sm">
            {link.label} →
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}
