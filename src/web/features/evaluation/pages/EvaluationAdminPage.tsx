import { Anchor, Button, Card, Checkbox, Container, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withYear } from '../../../../common/format';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { resultsPath } from '../../../routes/paths';
import { evaluationApi, type NewRound, type RoundSummary } from '../api/evaluation-api';
import { EVALUATION_KEY, useCompetitions, useEvaluationAction, useRounds } from '../api/evaluation-queries';
import { RoundPanel } from '../components/RoundPanel';

/** Ministry admin: evaluation rounds of a competition, from configuration to published results. */
export function EvaluationAdminPage() {
  const { t } = useTranslation('evaluation');
  const competitions = useCompetitions();
  // `?kompetisi=<id>` (e.g. from the index's award nominees) opens that competition.
  const [search] = useSearchParams();
  const [chosenId, setCompetitionId] = useState<string | null>(search.get('kompetisi'));
  // Start on the first competition past draft (the call being run), as the administrative check does.
  const competitionId = chosenId ?? competitions.data?.items.find((c) => c.status !== 'draft')?.id ?? null;
  const rounds = useRounds(competitionId);
  const [roundId, setRoundId] = useState<string | null>(null);
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('admin.title')} intro={t('admin.intro')} />
      <ErrorAlert error={competitions.error} />
      <Select
        label={t('admin.competition')}
        data={(competitions.data?.items ?? []).map((c) => ({ value: c.id, label: withYear(c.name, c.year) }))}
        value={competitionId}
        onChange={(v) => {
          setCompetitionId(v);
          setRoundId(null);
        }}
        searchable
        mb="md"
      />
      {competitionId && (
        <Stack>
          <Anchor component={Link} to={resultsPath(competitionId)}>
            {t('admin.publicPage')}
          </Anchor>
          <Table striped withTableBorder aria-label={t('admin.rounds')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.roundName')}</Table.Th>
                <Table.Th>{t('admin.reviewerRole')}</Table.Th>
                <Table.Th>{t('admin.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(rounds.data?.items ?? []).map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{t(`roles.${r.reviewerRole}`)}</Table.Td>
                  <Table.Td>{t(`roundStatus.${r.status}`)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setRoundId(r.id)} aria-label={`${t('admin.manage')} ${r.name}`}>
                      {t('admin.manage')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <CreateRoundForm competitionId={competitionId} rounds={rounds.data?.items ?? []} onCreated={setRoundId} />
          {roundId && <RoundPanel key={roundId} roundId={roundId} />}
        </Stack>
      )}
    </Container>
  );
}

function CreateRoundForm({ competitionId, rounds, onCreated }: { competitionId: string; rounds: RoundSummary[]; onCreated: (id: string) => void }) {
  const { t } = useTranslation('evaluation');
  const [name, setName] = useState('');
  const [role, setRole] = useState<'evaluator' | 'panelist'>('evaluator');
  const [k, setK] = useState<number>(3);
  const [cap, setCap] = useState<number>(100);
  const [blind, setBlind] = useState(true);
  const [sourceSelectionId, setSource] = useState<string | null>(null);
  // Final selections of this competition's rounds: a later round takes the proposals they advanced.
  const selections = useQueries({
    queries: rounds.map((r) => ({ queryKey: [...EVALUATION_KEY, 'selections', r.id], queryFn: () => evaluationApi.selections(r.id) })),
  });
  const sources = selections.flatMap((q, i) =>
    (q.data?.items ?? []).filter((s) => s.status === 'final').map((s) => ({ value: s.id, label: `${rounds[i]?.name ?? ''} → ${s.name}` })),
  );
  const create = useEvaluationAction((body: NewRound) => evaluationApi.createRound(body));
  const submit = () =>
    create.mutate(
      {
        competitionId,
        name,
        reviewerRole: role,
        reviewersPerProposal: k,
        defaultMaxPerEvaluator: cap,
        blind,
        showOthersAfterSubmit: !blind,
        scoresEditableAfterSubmit: true,
        aggregation: 'normalised',
        sourceSelectionId,
      },
      { onSuccess: (round) => onCreated(round.id) },
    );
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {t('admin.newRound')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('admin.roundName')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Select
          label={t('admin.reviewerRole')}
          data={[
            { value: 'evaluator', label: t('roles.evaluator') },
            { value: 'panelist', label: t('roles.panelist') },
          ]}
          value={role}
          onChange={(v) => setRole((v as 'evaluator' | 'panelist') ?? 'evaluator')}
          allowDeselect={false}
        />
        <NumberInput label={t('admin.reviewersPerProposal')} value={k} min={1} max={20} onChange={(v) => setK(Number(v) || 1)} w={160} />
        <NumberInput label={t('admin.cap')} value={cap} min={1} onChange={(v) => setCap(Number(v) || 1)} w={160} />
        <Select label={t('admin.sourceSelection')} data={sources} value={sourceSelectionId} onChange={setSource} clearable w={300} />
        <Checkbox label={t('admin.blind')} checked={blind} onChange={(e) => setBlind(e.currentTarget.checked)} />
        <Button onClick={submit} loading={create.isPending}>
          {t('admin.createRound')}
        </Button>
      </Group>
      <ErrorAlert error={create.error} />
    </Card>
  );
}
