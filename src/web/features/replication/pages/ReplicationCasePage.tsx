import { Anchor, Container, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import { hubPath, innovationPath, paths } from '../../../routes/paths';
import { formatDate } from '../../catalog/components/format';
import { useCase } from '../api/replication-api';
import { CaseActions } from '../components/CaseActions';
import { CaseBadges } from '../components/CaseBadges';
import { FileLinks, FileUpload } from '../components/CaseFiles';
import { CaseWork } from '../components/CaseWork';

/** One replication case: parties, decisions, plan, log, indicators, outcome and its timeline. */
export function ReplicationCasePage() {
  const { t, i18n } = useTranslation('replication');
  const { id } = useParams();
  const query = useCase(id);
  const [message, setMessage] = useState<string | null>(null);
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    if ((query.error as { status?: number }).status === 404) return <NotFoundPage />;
    return <ErrorAlert error={query.error} />;
  }
  const view = query.data;
  const lang = i18n.language;
  const fact = (label: string, value: ReactNode) => (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
  return (
    <Container size="lg" px={0}>
      <Anchor component={Link} to={paths.replications} size="sm">
        ← {t('case.back')}
      </Anchor>
      <PageHeader title={t('case.title', { title: view.source.title })} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="xs" mb="md">
        <CaseBadges state={view.state} overdue={view.overdueMilestones} silent={view.silent} />
        <Anchor component={Link} to={innovationPath(view.source.id)}>
          {view.source.title}
        </Anchor>
      </Stack>
      <CaseActions view={view} onDone={setMessage} />
      <Paper withBorder p="md" mb="md" component="section" aria-labelledby="case-parties">
        <Title order={2} size="h4" id="case-parties" mb="sm">
          {t('case.parties')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {fact(t('case.origin'), view.origin.name)}
          {fact(t('case.adopter'), view.adopter.name)}
          {fact(
            t('case.hub'),
            view.hub ? (
              <Anchor component={Link} to={hubPath(view.hub.id)}>
                {view.hub.name}
              </Anchor>
            ) : (
              '—'
            ),
          )}
          {fact(t('case.mentor'), view.mentor?.name ?? t('case.noMentor'))}
          {fact(t('case.lead'), view.leadName)}
          {view.agreement
            ? fact(
                t('case.agreement'),
                `${t('case.agreementLine', { number: view.agreement.number, date: formatDate(view.agreement.date, lang) })}${view.agreement.document ? ` · ${view.agreement.document}` : ''}`,
              )
            : null}
          {view.outcome ? fact(t('case.outcome'), t(`outcomes.${view.outcome}`)) : null}
          {view.adopterInnovationId
            ? fact(
                t('case.adopterRecord'),
                <Anchor component={Link} to={innovationPath(view.adopterInnovationId)}>
                  {t('case.adopterRecord')}
                </Anchor>,
              )
            : null}
        </SimpleGrid>
        <Stack gap="xs" mt="md">
          {fact(t('case.problem'), view.problem)}
          {fact(t('case.context'), view.context)}
          {view.decisionReason ? fact(t('case.decisionReason'), view.decisionReason) : null}
          {view.stopReason ? fact(t('case.stopReason'), view.stopReason) : null}
        </Stack>
        {view.agreement ? (
          <Stack gap="xs" mt="md">
            <Text size="sm" c="dimmed">
              {t('files.agreement')}
            </Text>
            <FileLinks caseId={view.id} files={view.files.filter((f) => f.kind === 'agreement')} />
            {view.can.attachAgreement ? (
              <FileUpload
                caseId={view.id}
                url={`/api/replications/${encodeURIComponent(view.id)}/agreement/files`}
                label={t('files.agreementFile')}
                accept="application/pdf,image/png,image/jpeg,image/webp"
              />
            ) : null}
          </Stack>
        ) : null}
      </Paper>
      {view.state !== 'requested' && view.state !== 'declined' ? <CaseWork view={view} onDone={setMessage} /> : null}
      <Paper withBorder p="md" component="section" aria-labelledby="case-timeline">
        <Title order={2} size="h4" id="case-timeline" mb="sm">
          {t('case.timeline')}
        </Title>
        <List spacing={4}>
          {view.timeline.map((e, i) => (
            <List.Item key={`${e.at}-${i}`}>
              {formatDate(e.at, lang)} · {e.toState ? t(`states.${e.toState as 'requested'}`) : e.action}
              {e.actor ? ` · ${e.actor.name}` : ''}
              {e.note ? ` · ${e.note}` : ''}
            </List.Item>
          ))}
        </List>
      </Paper>
    </Container>
  );
}
