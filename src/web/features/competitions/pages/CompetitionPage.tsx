import { Alert, Button, Container, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { competitionConfigPath } from '../../../routes/paths';
import { StartProposalDialog } from '../../proposals/components/StartProposalDialog';
import { useCompetition } from '../api/competitions-queries';
import { CompetitionOverview } from '../components/CompetitionOverview';
import { PhaseBadge } from '../components/PhaseBadge';
import { TimeZoneSelect } from '../components/TimeZoneSelect';

const ENTRANTS = ['agency_operator', 'agency_admin', 'citizen'];

/** One call as participants see it, with "start a proposal" while registration is open. */
export function CompetitionPage() {
  const { id } = useParams();
  const { t } = useTranslation('competitions');
  const { user } = useAuth();
  const competition = useCompetition(id);
  const [starting, setStarting] = useState(false);

  if (competition.isPending) return <PageLoader />;
  if (competition.isError) return <ErrorAlert error={competition.error} />;
  const c = competition.data;
  const citizenClosed = user?.role === 'citizen' && !c.participantTypes.includes('citizen');
  const canStart = !!user && ENTRANTS.includes(user.role) && c.phase === 'open' && !citizenClosed;

  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={c.name}
        intro={c.theme}
        actions={
          <>
            <PhaseBadge phase={c.phase} />
            {user?.role === 'ministry_admin' ? (
              <Button component={Link} to={competitionConfigPath(c.id)} variant="light">
                {t('configure')}
              </Button>
            ) : null}
            {canStart ? <Button onClick={() => setStarting(true)}>{t('startProposal')}</Button> : null}
          </>
        }
      />
      {citizenClosed ? (
        <Alert color="orange" mb="md">
          {t('closedToCitizens')}
        </Alert>
      ) : null}
      <Group justify="flex-end" mb="md">
        <TimeZoneSelect />
      </Group>
      <CompetitionOverview competition={c} />
      {canStart ? <StartProposalDialog competition={c} opened={starting} onClose={() => setStarting(false)} /> : null}
    </Container>
  );
}
