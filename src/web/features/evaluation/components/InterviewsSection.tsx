import { Button, Checkbox, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../utils/use-format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { evaluationApi, type Round } from '../api/evaluation-api';
import { useEvaluationAction, useFieldVisits, useInterviews, useRoundProposals } from '../api/evaluation-queries';

/** WIB wall-clock "2026-10-05T08:00" → an instant with the +07:00 offset. */
const wib = (local: string) => `${local}:00+07:00`;

/** Panel rounds: presentation + interview timetable (one day, panels split from the pool) and field visits. */
export function InterviewsSection({ round }: { round: Round }) {
  const { t } = useTranslation('evaluation');
  const f = useFormat();
  const slots = useInterviews(round.id);
  const visits = useFieldVisits(round.id);
  const finalists = useRoundProposals(round.id);
  const [panels, setPanels] = useState('2');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [visit, setVisit] = useState<{ proposalId: string | null; visitedOn: string; findings: string; verified: boolean }>({
    proposalId: null,
    visitedOn: '',
    findings: '',
    verified: true,
  });
  const action = useEvaluationAction(async (fn: () => Promise<unknown>) => fn());
  const schedule = () => {
    const count = Math.max(1, Math.min(Number(panels) || 1, round.pool.length));
    const groups = Array.from({ length: count }, (_, i) => ({ code: String.fromCharCode(65 + i), panelistIds: round.pool.filter((_, j) => j % count === i).map((m) => m.userId) }));
    action.mutate(() => evaluationApi.scheduleInterviews(round.id, { panels: groups, days: [{ start: wib(start), end: wib(end) }], breaks: [] }));
  };
  return (
    <Stack>
      <Title order={3}>{t('interviews.title')}</Title>
      <ErrorAlert error={action.error} />
      <Group align="flex-end">
        <Select label={t('interviews.panels')} data={['1', '2', '3', '4']} value={panels} onChange={(v) => setPanels(v ?? '1')} w={120} />
        <TextInput label={t('interviews.start')} type="datetime-local" value={start} onChange={(e) => setStart(e.currentTarget.value)} />
        <TextInput label={t('interviews.end')} type="datetime-local" value={end} onChange={(e) => setEnd(e.currentTarget.value)} />
        <Button disabled={!start || !end || round.pool.length === 0} onClick={schedule}>
          {t('interviews.schedule')}
        </Button>
      </Group>
      {(slots.data?.items.length ?? 0) > 0 && (
        <Table striped aria-label={t('interviews.title')}>
          <Table.Tbody>
            {slots.data!.items.map((s) => (
              <Table.Tr key={s.proposalId}>
                <Table.Td>{f.dateTime(s.startsAt)}</Table.Td>
                <Table.Td>{t('interviews.panel', { code: s.panel })}</Table.Td>
                <Table.Td>
                  {s.proposalNumber} — {s.title}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3}>{t('interviews.fieldVisits')}</Title>
      <Group align="flex-end">
        <Select
          label={t('results.proposal')}
          data={(finalists.data ?? []).map((f) => ({ value: f.proposalId, label: `${f.proposalNumber} — ${f.title}` }))}
          value={visit.proposalId}
          onChange={(v) => setVisit({ ...visit, proposalId: v })}
          w={320}
        />
        <TextInput label={t('interviews.visitedOn')} type="date" value={visit.visitedOn} onChange={(e) => setVisit({ ...visit, visitedOn: e.currentTarget.value })} />
        <Checkbox label={t('interviews.verified')} checked={visit.verified} onChange={(e) => setVisit({ ...visit, verified: e.currentTarget.checked })} />
      </Group>
      <Textarea label={t('interviews.findings')} value={visit.findings} onChange={(e) => setVisit({ ...visit, findings: e.currentTarget.value })} autosize />
      <Button
        w="fit-content"
        variant="light"
        disabled={!visit.proposalId}
        onClick={() =>
          action.mutate(() => evaluationApi.recordFieldVisit(round.id, visit.proposalId!, { visitedOn: visit.visitedOn, findings: visit.findings, verified: visit.verified }))
        }
      >
        {t('interviews.record')}
      </Button>
      {(visits.data?.items ?? []).map((v) => (
        <Text key={v.proposalId} size="sm">
          {v.visitedOn}: {v.findings} ({v.verified ? t('interviews.verified') : t('interviews.notVerified')})
        </Text>
      ))}
    </Stack>
  );
}
