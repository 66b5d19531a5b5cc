import { Alert, Anchor, Box, Card, Container, Grid, Group, Progress, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { paths, reviewPath } from '../../../routes/paths';
import { useFormat } from '../../../utils/use-format';
import type { Review } from '../api/evaluation-api';
import { useMyAssignments, useReview } from '../api/evaluation-queries';
import { ScoreForm } from '../components/ScoreForm';
import { reviewPosition } from '../score-progress';

/** Below Mantine's `md` breakpoint the proposal and the sheet become two steps. */
const NARROW_QUERY = '(max-width: 61.99em)';

function answerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(answerText).join(', ');
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function ProposalAnswers({ review }: { review: Review }) {
  return (
    <Stack>
      {review.proposal.answers.map((a) => (
        <Card key={a.number} withBorder>
          <Title order={2} size="h5">
            {a.number}. {a.question}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{answerText(a.value)}</Text>
        </Card>
      ))}
    </Stack>
  );
}

function OtherScores({ review }: { review: Review }) {
  const { t } = useTranslation('evaluation');
  const f = useFormat();
  if (!review.others) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h5">
        {t('review.others')}
      </Title>
      {review.others.map((o) => (
        <Text key={o.label}>
          {o.label}: {f.score(o.total)} {o.comments && `— ${o.comments}`}
        </Text>
      ))}
    </Card>
  );
}

/**
 * One assigned proposal (redacted in a blind round) and the score sheet, worked proposal by
 * proposal: side by side on a desktop with the sheet kept in view (sticky), as two steps on a
 * phone; progress through the round and a link to the next proposal still to submit.
 */
export function ReviewPage() {
  const { t } = useTranslation('evaluation');
  const f = useFormat();
  const { roundId = '', proposalId = '' } = useParams();
  const review = useReview(roundId, proposalId);
  const mine = useMyAssignments();
  const narrow = useMediaQuery(NARROW_QUERY) ?? false;
  const [step, setStep] = useState<string | null>('proposal');
  if (review.isPending) return <PageLoader />;
  if (!review.data) return <ErrorAlert error={review.error} />;
  const { proposal, round } = review.data;
  const position = mine.data ? reviewPosition(mine.data.items, roundId, proposalId) : null;
  const sheet = <ScoreForm key={proposal.id} review={review.data} />;
  return (
    <Container size="xl" px={0}>
      <PageHeader title={`${proposal.number} — ${proposal.title}`} intro={[round.name, proposal.agencyName, proposal.regionName].filter(Boolean).join(' · ')} />
      <Stack mb="md" gap="xs">
        {position ? (
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Box miw={200} style={{ flex: 1 }}>
              <Text size="sm" id="review-progress-label">
                {t('review.progress', { done: position.done, total: position.total })}
              </Text>
              <Progress.Root mt={4}>
                <Progress.Section
                  value={position.total ? (100 * position.done) / position.total : 0}
                  aria-label={t('review.progress', { done: position.done, total: position.total })}
                />
              </Progress.Root>
            </Box>
            {position.next ? (
              <Anchor component={Link} to={reviewPath(roundId, position.next.proposalId)} fw={600}>
                {t('review.next', { number: position.next.proposalNumber })}
              </Anchor>
            ) : (
              <Anchor component={Link} to={paths.myReviews}>
                {t('review.allDone')}
              </Anchor>
            )}
          </Group>
        ) : null}
        {round.deadline && (
          <Alert color={round.deadlinePassed ? 'red' : 'blue'} variant="light">
            {t(round.deadlinePassed ? 'review.deadlinePassed' : 'review.deadline', { at: f.dateTime(round.deadline) })}
          </Alert>
        )}
      </Stack>
      {narrow ? (
        <Tabs value={step} onChange={setStep} keepMounted>
          <Tabs.List grow>
            <Tabs.Tab value="proposal">{t('review.stepProposal')}</Tabs.Tab>
            <Tabs.Tab value="sheet">{t('review.stepSheet')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="proposal" pt="md">
            <ProposalAnswers review={review.data} />
          </Tabs.Panel>
          <Tabs.Panel value="sheet" pt="md">
            <Stack>
              {sheet}
              <OtherScores review={review.data} />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={7}>
            <ProposalAnswers review={review.data} />
          </Grid.Col>
          <Grid.Col span={5}>
            {/* Kept in view while the proposal scrolls; scrolls on its own when taller than the screen. */}
            <Box style={{ position: 'sticky', top: 76, maxHeight: 'calc(100dvh - 92px)', overflowY: 'auto' }} data-testid="score-sheet">
              <Stack>
                {sheet}
                <OtherScores review={review.data} />
              </Stack>
            </Box>
          </Grid.Col>
        </Grid>
      )}
    </Container>
  );
}
