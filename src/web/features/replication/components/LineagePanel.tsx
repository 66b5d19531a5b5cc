import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { innovationPath } from '../../../routes/paths';
import { useLineage } from '../api/replication-api';

/**
 * "Direplikasi dari" and the whole family of a catalog record across generations, from confirmed
 * replications only (GET /api/innovations/:id/lineage). Records not yet published show their agency.
 */
export function LineagePanel({ innovationId }: { innovationId: string }) {
  const { t } = useTranslation('replication');
  const lineage = useLineage(innovationId);
  if (!lineage.data) return null;
  const { nodes, edges } = lineage.data;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parents = edges
    .filter((e) => e.to === innovationId)
    .map((e) => byId.get(e.from))
    .filter((n) => n !== undefined);
  const label = (id: string | null, agency: string) => {
    const node = id ? byId.get(id) : undefined;
    if (node?.published && node.title) {
      return (
        <Anchor component={Link} to={innovationPath(node.id)}>
          {node.title}
        </Anchor>
      );
    }
    return <Text span>{t('lineage.unpublished', { agency: node?.agency.name ?? agency })}</Text>;
  };
  const generations = [...new Set(nodes.map((n) => n.generation))].sort((a, b) => a - b);
  return (
    <Paper withBorder p="md" mt="xl" component="section" aria-labelledby="lineage-title">
      <Title order={2} size="h3" id="lineage-title" mb="sm">
        {t('lineage.title')}
      </Title>
      {parents.length > 0 ? (
        <Text mb="sm">
          <strong>{t('lineage.from')}:</strong> {parents.map((p) => (p.published && p.title ? `${p.title} (${p.agency.name})` : p.agency.name)).join(', ')}
        </Text>
      ) : null}
      {edges.length === 0 ? (
        <Text c="dimmed">{t('lineage.none')}</Text>
      ) : (
        <Stack gap="xs">
          {generations.map((g) => (
            <div key={g}>
              <Text fw={600} size="sm">
                {t('lineage.generation', { n: g })}
              </Text>
              <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                {nodes
                  .filter((n) => n.generation === g)
                  .map((n) => (
                    <li key={n.id} aria-current={n.id === innovationId ? 'true' : undefined}>
                      {label(n.id, n.agency.name)} · {n.agency.name}, {n.province.name}
                      {edges.some((e) => e.from === n.id) ? (
                        <Text size="sm" c="dimmed">
                          {t('lineage.in')}:{' '}
                          {edges
                            .filter((e) => e.from === n.id)
                            .map((e) => e.adopterAgency.name + (e.region ? ` (${e.region.name})` : ''))
                            .join(', ')}
                        </Text>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
