import { Anchor, Box, Container, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { apiUrl } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { innovationPath, paths } from '../../../routes/paths';
import { formatDate } from '../../catalog/components/format';
import { useHub } from '../api/replication-api';
import { HubForms } from '../components/HubForms';
import { MentorActivityPanel } from '../components/MentorActivityPanel';

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** A hub's page: decree, members, the year's work plan and log, mentors, completed replications, figures. */
export function HubPage() {
  const { t, i18n } = useTranslation('replication');
  const { id } = useParams();
  const query = useHub(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    if ((query.error as { status?: number }).status === 404) return <NotFoundPage />;
    return <ErrorAlert error={query.error} />;
  }
  const hub = query.data;
  const lang = i18n.language;
  return (
    <Container size="lg" px={0}>
      <Anchor component={Link} to={paths.hubs} size="sm">
        ← {t('hubs.title')}
      </Anchor>
      <PageHeader
        title={hub.name}
        intro={`${t(`hubStatuses.${hub.status}`)} · ${t('hubs.year')} ${hub.yearDesignated} · ${t('hubs.decree')}: ${hub.decreeNumber ?? t('hubs.decreeUnknown')}${hub.decreeDate ? ` (${formatDate(hub.decreeDate, lang)})` : ''}`}
      />
      <Text mb="md">
        {t('hubs.coordinators')}: {hub.coordinators.map((c) => c.name).join(', ') || '—'}
      </Text>
      {hub.can.manage ? (
        <Text mb="md">
          {t('hubs.report')}:{' '}
          <Anchor href={apiUrl(`/api/hubs/${encodeURIComponent(hub.id)}/report`, { year: hub.year, format: 'xlsx' })} download>
            XLSX
          </Anchor>{' '}
          ·{' '}
          <Anchor href={apiUrl(`/api/hubs/${encodeURIComponent(hub.id)}/report`, { year: hub.year, format: 'pdf' })} download>
            PDF
          </Anchor>
        </Text>
      ) : null}
      {hub.can.manage ? <HubForms hub={hub} /> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Block title={t('hubs.figures')}>
          <List>
            {Object.entries(hub.figures.byState).map(([state, n]) => (
              <List.Item key={state}>
                {t(`states.${state as 'requested'}`)}: {n}
              </List.Item>
            ))}
            <List.Item>
              {t('hubs.activityLog')}: {hub.figures.logEntries} · {t('hubs.participants', { count: hub.figures.participants })}
            </List.Item>
          </List>
        </Block>
        <Block title={t('hubs.members')}>
          {hub.members.length === 0 ? <Text c="dimmed">{t('hubs.noMembers')}</Text> : null}
          <List>
            {hub.members.map((m) => (
              <List.Item key={m.id}>
                {m.agency.name} · {t(`memberKinds.${m.kind}`)}
              </List.Item>
            ))}
          </List>
        </Block>
        <Block title={t('hubs.plan', { year: hub.year })}>
          {hub.activities.length === 0 ? <Text c="dimmed">{t('hubs.noPlan')}</Text> : null}
          <List>
            {hub.activities.map((a) => (
              <List.Item key={a.id}>
                {t(`activityKinds.${a.kind}`)}: {a.title} — {t('hubs.target', { count: a.targetCount, unit: a.targetUnit, achieved: a.achieved })}
              </List.Item>
            ))}
          </List>
        </Block>
        <Block title={t('hubs.activityLog')}>
          {hub.log.length === 0 ? <Text c="dimmed">{t('hubs.noLog')}</Text> : null}
          <List>
            {hub.log.map((l) => (
              <List.Item key={l.id}>
                {formatDate(l.heldOn, lang)} · {t(`activityKinds.${l.kind}`)} · {t('hubs.participants', { count: l.participants })} {l.notes ? `· ${l.notes}` : ''}
              </List.Item>
            ))}
          </List>
        </Block>
        <Block title={t('hubs.mentors')}>
          <List>
            {hub.mentors.map((m) => (
              <List.Item key={m.id}>
                {m.name} · {m.university} · {m.activeCases}/{m.maxActiveCases}
              </List.Item>
            ))}
          </List>
        </Block>
        <Block title={t('hubs.replications')}>
          <List>
            {hub.replications.map((r) => (
              <List.Item key={r.caseId}>
                <Anchor component={Link} to={innovationPath(r.sourceInnovationId)}>
                  {r.sourceTitle}
                </Anchor>{' '}
                → {r.adopter.name} {r.outcome ? `(${t(`outcomes.${r.outcome as 'replicated'}`)})` : ''}
              </List.Item>
            ))}
          </List>
        </Block>
      </SimpleGrid>
      {hub.can.manage ? (
        <Box mt="md">
          <MentorActivityPanel hubId={hub.id} />
        </Box>
      ) : null}
    </Container>
  );
}
