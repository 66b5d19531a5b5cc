import { Anchor, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useFormat } from '../../../utils/use-format';
import { innovationPath } from '../../../routes/paths';
import { useHistory, useInnovation } from '../api/catalog-queries';
import { VersionChanges } from '../components/VersionChanges';

/** Who changed what and when: every version of one innovation, newest first, as a field diff. */
export function InnovationHistoryPage() {
  const { t } = useTranslation('catalog');
  const f = useFormat();
  const { id = '' } = useParams();
  const innovation = useInnovation(id);
  const history = useHistory(id);
  if (history.isPending || innovation.isPending) return <PageLoader />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  return (
    <Container size="lg" px={0}>
      <Anchor component={Link} to={innovationPath(id)} size="sm">
        ← {innovation.data?.title ?? ''}
      </Anchor>
      <PageHeader title={t('history.title')} intro={t('history.intro')} />
      <Stack gap="md">
        {history.data.items.map((entry) => (
          <Paper key={entry.version} withBorder p="md" radius="md" component="article">
            <Title order={2} size="h4">
              {t('history.version', { version: entry.version })} · {t(`history.actions.${entry.action}` as 'history.actions.create', { defaultValue: entry.action })}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {f.dateTime(entry.changedAt)} · {t('history.by', { name: entry.changedBy?.name ?? t('history.system') })}
            </Text>
            <VersionChanges entry={entry} />
          </Paper>
        ))}
      </Stack>
    </Container>
  );
}
