import { Anchor, Badge, Button, Container, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MatchProposalView } from '../../../../common/matchmaking';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { innovationPath, replicationCasePath } from '../../../routes/paths';
import { useAnswerProposal, useProposals } from '../api/matchmaking-api';

function Answer({ proposal }: { proposal: MatchProposalView }) {
  const { t } = useTranslation('matchmaking');
  const answer = useAnswerProposal();
  const [reason, setReason] = useState('');
  if (!proposal.can.answerAsAdopter && !proposal.can.answerAsSource) return null;
  return (
    <Stack gap="xs" mt="sm">
      <ErrorAlert error={answer.error} />
      <TextInput label={t('proposals.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <Group>
        <Button loading={answer.isPending} onClick={() => answer.mutate({ id: proposal.id, accept: true })}>
          {t('proposals.accept')}
        </Button>
        <Button variant="outline" color="red.9" loading={answer.isPending} onClick={() => answer.mutate({ id: proposal.id, accept: false, reason })}>
          {t('proposals.decline')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Open and past matchmaking proposals with their outcome; agencies answer theirs here. */
export function MatchProposalsPage() {
  const { t } = useTranslation('matchmaking');
  const [status, setStatus] = useState<'open' | 'past'>('open');
  const list = useProposals(status);
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('proposals.title')} intro={t('proposals.intro')} />
      <SegmentedControl
        mb="md"
        value={status}
        onChange={(v) => setStatus(v as 'open' | 'past')}
        data={[
          { value: 'open', label: t('proposals.open') },
          { value: 'past', label: t('proposals.past') },
        ]}
      />
      {list.isPending ? <PageLoader /> : null}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 ? <Text>{t('proposals.empty')}</Text> : null}
      <Stack>
        {list.data?.items.map((p) => (
          <Paper withBorder p="md" key={p.id}>
            <Group justify="space-between" align="start">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {t('proposals.source')}:{' '}
                <Anchor component={Link} to={innovationPath(p.source.innovationId)}>
                  {p.source.title}
                </Anchor>{' '}
                ({p.source.agency.name})
              </Text>
              <Badge color="blue.9" style={{ whiteSpace: 'normal', height: 'auto' }}>
                {t(`proposals.states.${p.state}`)}
              </Badge>
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('proposals.adopter')}: {p.adopter.name}
            </Text>
            <Text size="sm" mt="xs" style={{ overflowWrap: 'anywhere' }}>
              {p.problem}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {p.message}
            </Text>
            {p.caseId ? (
              <Anchor component={Link} to={replicationCasePath(p.caseId)} size="sm">
                {t('proposals.openCase')}
              </Anchor>
            ) : null}
            <Answer proposal={p} />
          </Paper>
        ))}
      </Stack>
    </Container>
  );
}
