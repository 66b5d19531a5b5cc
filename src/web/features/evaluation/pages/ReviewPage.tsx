import { Alert, Card, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { formatInZone, useTimeZone } from '../../competitions/time-zone';
import { useReview } from '../api/evaluation-queries';
import { ScoreForm } from '../components/ScoreForm';

function answerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(answerText).join(', ');
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** One assigned proposal (redacted in a blind round) beside the score sheet. */
export function ReviewPage() {
  const { t, i18n } = useTranslation('evaluation');
  const [zone] = useTimeZone();
  const { roundId = '', proposalId = '' } = useParams();
  const review = useReview(roundId, proposalId);
  if (review.isPending) return <PageLoader />;
  if (!review.data) return <ErrorAlert error={review.error} />;
  const { proposal, round, others } = review.data;
  return (
    <Container size="lg" px={0}>
      <PageHeader title={`${proposal.number} — ${proposal.title}`} intro={`${round.name} · ${proposal.agencyName ?? ''} · ${proposal.regionName ?? ''}`} />
      <Stack>
        {round.deadline && (
          <Alert color={round.deadlinePassed ? 'red' : 'blue'} variant="light">
            {t(round.deadlinePassed ? 'review.deadlinePassed' : 'review.deadline', { at: formatInZone(round.deadline, zone, i18n.language) })}
          </Alert>
        )}
        {proposal.answers.map((a) => (
          <Card key={a.number} withBorder>
            <Title order={2} size="h5">
              {a.number}. {a.question}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{answerText(a.value)}</Text>
          </Card>
        ))}
        <ScoreForm review={review.data} />
        {others && (
          <Card withBorder>
            <Title order={2} size="h5">
              {t('review.others')}
            </Title>
            {others.map((o) => (
              <Text key={o.label}>
                {o.label}: {o.total.toFixed(2)} {o.comments && `— ${o.comments}`}
              </Text>
            ))}
          </Card>
        )}
      </Stack>
    </Container>
  );
}
