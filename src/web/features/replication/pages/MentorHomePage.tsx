import { Anchor, Badge, Container, List, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { replicationCasePath } from '../../../routes/paths';
import { formatDate } from '../../catalog/components/format';
import { useMentorHome } from '../api/replication-api';
import { CaseBadges } from '../components/CaseBadges';

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The mentor's home: milestones due and overdue, log entries owed, and the cases assigned. */
export function MentorHomePage() {
  const { t, i18n } = useTranslation('replication');
  const home = useMentorHome();
  if (home.isPending) return <PageLoader />;
  if (home.isError) return <ErrorAlert error={home.error} />;
  const { mentor, cases, milestones, logsOwed } = home.data;
  const lang = i18n.language;
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('mentor.title')} intro={t('mentor.intro')} />
      {!mentor ? (
        <Text>{t('mentor.notAppointed')}</Text>
      ) : (
        <>
          <Text mb="md">
            {mentor.hub?.name ?? ''} · {t('mentor.load', { active: mentor.activeCases, max: mentor.maxActiveCases })}
          </Text>
          <Block id="mentor-due" title={t('mentor.due')}>
            {milestones.length === 0 ? <Text c="dimmed">{t('mentor.noDue')}</Text> : null}
            <List spacing="xs">
              {milestones.map((m) => (
                <List.Item key={m.milestoneId}>
                  <Anchor component={Link} to={replicationCasePath(m.caseId)}>
                    {m.sourceTitle}
                  </Anchor>{' '}
                  · {m.adopter} · {m.title} · {formatDate(m.dueOn, lang)} {m.overdue ? <Badge color="red">{t('case.overdue')}</Badge> : null}
                </List.Item>
              ))}
            </List>
          </Block>
          <Block id="mentor-owed" title={t('mentor.owed')}>
            {logsOwed.length === 0 ? <Text c="dimmed">{t('mentor.noOwed')}</Text> : null}
            <List spacing="xs">
              {logsOwed.map((c) => (
                <List.Item key={c.caseId}>
                  <Anchor component={Link} to={replicationCasePath(c.caseId)}>
                    {c.sourceTitle}
                  </Anchor>{' '}
                  · {c.adopter} {c.lastLogOn ? `· ${formatDate(c.lastLogOn, lang)}` : ''}
                </List.Item>
              ))}
            </List>
          </Block>
          <Block id="mentor-cases" title={t('mentor.cases')}>
            <List spacing="xs">
              {cases.map((c) => (
                <List.Item key={c.id}>
                  <Anchor component={Link} to={replicationCasePath(c.id)}>
                    {c.source.title}
                  </Anchor>{' '}
                  · {c.adopter.name}
                  <CaseBadges state={c.state} overdue={c.overdueMilestones} silent={c.silent} />
                </List.Item>
              ))}
            </List>
          </Block>
        </>
      )}
    </Container>
  );
}
