import { Alert, Anchor, Container, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import { paths } from '../../../routes/paths';
import { caseUrl } from '../api/catalog-api';
import { useInnovation } from '../api/catalog-queries';
import { formatDate } from '../components/format';
import { InnovationActions } from '../components/InnovationActions';
import { InnovationDetails } from '../components/InnovationDetails';
import { InnovationStatusBadge, WorkflowBadge } from '../components/InnovationStatusBadge';
import { InstitutionalisationPanel } from '../../institutionalisation/components/InstitutionalisationPanel';
import { MaturityLine } from '../../institutionalisation/components/MaturityBadges';
import { LineagePanel } from '../../replication/components/LineagePanel';
import { RequestReplication } from '../../replication/components/RequestReplication';

/** One innovation: everything public, its awards, where it was replicated; staff actions for its agency. */
export function InnovationPage() {
  const { t, i18n } = useTranslation('catalog');
  const { id } = useParams();
  const innovation = useInnovation(id);
  const [message, setMessage] = useState<string | null>(null);
  if (innovation.isPending) return <PageLoader />;
  if (innovation.isError) {
    if ((innovation.error as { status?: number }).status === 404) return <NotFoundPage />;
    return <ErrorAlert error={innovation.error} />;
  }
  const view = innovation.data;
  return (
    <Container size="lg" px={0}>
      <Anchor component={Link} to={paths.catalog} size="sm">
        ← {t('detail.back')}
      </Anchor>
      <PageHeader title={view.title} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="sm" mb="md">
        <Group gap="xs">
          <InnovationStatusBadge status={view.status} />
          {view.workflowState !== 'published' ? <WorkflowBadge state={view.workflowState} /> : null}
          <Text size="sm" c="dimmed">
            {t('detail.statusConfirmed', { date: formatDate(view.statusConfirmedAt, i18n.language) })}
          </Text>
        </Group>
        <MaturityLine innovationId={view.id} />
        {view.status === 'stopped' && view.stoppedReason ? <Text>{t('detail.stoppedReason', { reason: view.stoppedReason })}</Text> : null}
        {view.statusStale ? (
          <Alert color="yellow" variant="light">
            {t('detail.staleStatus')}
          </Alert>
        ) : null}
        {view.workflowState !== 'published' ? (
          <Alert color="gray" variant="light">
            {t('detail.notPublishedNote')}
          </Alert>
        ) : null}
        {view.reviewNote ? (
          <Alert color="orange" variant="light">
            {t('detail.reviewNote', { note: view.reviewNote })}
          </Alert>
        ) : null}
      </Stack>
      <InnovationActions view={view} onMessage={setMessage} />
      <RequestReplication innovationId={view.id} ownerAgencyId={view.agency.id} published={view.workflowState === 'published'} />
      <InnovationDetails view={view} />
      <InstitutionalisationPanel innovationId={view.id} agencyId={view.agency.id} />
      <LineagePanel innovationId={view.id} />
      <Group gap="sm" mt="xl">
        <Text size="sm">{t('detail.caseExport')}:</Text>
        <Anchor href={caseUrl(view.id, 'md')} download size="sm">
          {t('detail.caseMarkdown')}
        </Anchor>
        <Anchor href={caseUrl(view.id, 'pdf')} download size="sm">
          {t('detail.casePdf')}
        </Anchor>
      </Group>
    </Container>
  );
}
