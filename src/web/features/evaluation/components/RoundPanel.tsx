import { Anchor, Badge, Button, Card, Checkbox, Group, MultiSelect, SegmentedControl, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { assignmentsCsvUrl, type Basis, evaluationApi, resultsXlsxUrl, type RoundStatus } from '../api/evaluation-api';
import { useEvaluationAction, useResults, useReviewers, useRound } from '../api/evaluation-queries';
import { AssignmentsTable } from './AssignmentsTable';
import { CriteriaEditor } from './CriteriaEditor';
import { InterviewsSection } from './InterviewsSection';
import { ResultsTable } from './ResultsTable';
import { SelectionsSection } from './SelectionsSection';

/** One round: criteria, pool, conflicts, assignments, status, results and selections. */
export function RoundPanel({ roundId }: { roundId: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const round = useRound(roundId);
  const reviewers = useReviewers(round.data?.reviewerRole ?? 'evaluator');
  const [pool, setPool] = useState<string[] | null>(null);
  const [csv, setCsv] = useState('');
  const [basis, setBasis] = useState<Basis | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const action = useEvaluationAction(async (run: () => Promise<unknown>) => run());
  const [conflicts, setConflicts] = useState<{ evaluatorName: string; proposalNumber: string; reasons: string[] }[] | null>(null);
  const chosenBasis = basis ?? round.data?.aggregation ?? 'normalised';
  const results = useResults(roundId, chosenBasis, round.data?.status === 'closed');
  if (round.isPending) return <PageLoader />;
  if (!round.data) return <ErrorAlert error={round.error} />;
  const r = round.data;
  const run = (label: string, fn: () => Promise<unknown>) => {
    setMessage(null);
    action.mutate(fn, { onSuccess: () => setMessage(label) });
  };
  const move = (status: RoundStatus) => run(t(`actions.done.${status}`), () => evaluationApi.moveRound(roundId, status));
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={2}>{r.name}</Title>
          <Badge>{t(`roundStatus.${r.status}`)}</Badge>
        </Group>
        <Text>{t('admin.counts', { proposals: r.counts.proposals, assignments: r.counts.assignments, unpublished: r.counts.unpublished })}</Text>
        {message && (
          <Text role="status" c="green">
            {message}
          </Text>
        )}
        <ErrorAlert error={action.error} />

        <Title order={3}>{t('visibility.title')}</Title>
        <Group>
          {(['blind', 'showOthersAfterSubmit', 'scoresEditableAfterSubmit'] as const).map((key) => (
            <Checkbox
              key={key}
              label={t(`visibility.${key}`)}
              checked={r[key]}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                run(t('visibility.saved'), () => evaluationApi.updateRound(roundId, { [key]: checked }));
              }}
            />
          ))}
        </Group>

        <Title order={3}>{t('admin.criteria')}</Title>
        {r.status === 'setup' ? (
          <CriteriaEditor roundId={roundId} criteria={r.criteria} onSaved={setMessage} />
        ) : (
          <>
            <Text>{r.criteria.map((c) => `${(i18n.language === 'en' && c.nameEn) || c.name} (${c.weight})`).join(' · ')}</Text>
            <Text size="sm" c="dimmed">
              {t('criteriaEditor.lockedHint')}
            </Text>
          </>
        )}

        <Title order={3}>{t('admin.pool')}</Title>
        <MultiSelect
          label={t('admin.poolMembers')}
          data={(reviewers.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} <${u.email}>` }))}
          value={pool ?? r.pool.map((m) => m.userId)}
          onChange={setPool}
          searchable
        />
        <Group>
          <Button
            variant="light"
            disabled={pool === null}
            onClick={() =>
              run(t('actions.done.pool'), () =>
                evaluationApi.setPool(
                  roundId,
                  (pool ?? []).map((userId) => ({ userId })),
                ),
              )
            }
          >
            {t('actions.savePool')}
          </Button>
          <Button variant="light" onClick={() => evaluationApi.conflicts(roundId).then((c) => setConflicts(c.conflicts))}>
            {t('actions.checkConflicts')}
          </Button>
        </Group>
        {conflicts && (
          <Text role="status">
            {t('admin.conflictCount', { count: conflicts.length })}{' '}
            {conflicts
              .slice(0, 20)
              .map(
                (c) =>
                  `${c.evaluatorName} × ${c.proposalNumber} (${c.reasons.map((r) => t(`conflictReasons.${r}` as 'conflictReasons.own_proposal', { defaultValue: r })).join(', ')})`,
              )
              .join('; ')}
          </Text>
        )}

        <Title order={3}>{t('admin.assignments')}</Title>
        <Group>
          <Button onClick={() => run(t('actions.done.assigned'), () => evaluationApi.autoAssign(roundId))}>{t('actions.autoAssign')}</Button>
          <Button variant="light" onClick={() => run(t('actions.done.published'), () => evaluationApi.publishAssignments(roundId))}>
            {t('actions.publishAssignments')}
          </Button>
          <Button variant="subtle" onClick={() => run(t('actions.done.undone'), () => evaluationApi.undo(roundId))}>
            {t('actions.undo')}
          </Button>
          <Anchor href={assignmentsCsvUrl(roundId)}>{t('actions.exportCsv')}</Anchor>
        </Group>
        <AssignmentsTable round={r} />
        <Textarea label={t('admin.importCsv')} value={csv} onChange={(e) => setCsv(e.currentTarget.value)} autosize minRows={2} />
        <Button variant="light" disabled={!csv.trim()} onClick={() => run(t('actions.done.imported'), () => evaluationApi.importCsv(roundId, csv))} w="fit-content">
          {t('actions.importCsv')}
        </Button>

        <Group>
          {r.status === 'setup' && <Button onClick={() => move('open')}>{t('actions.open')}</Button>}
          {r.status === 'open' && (
            <Button color="orange" onClick={() => move('closed')}>
              {t('actions.close')}
            </Button>
          )}
          {r.status === 'closed' && (
            <Button variant="light" onClick={() => move('open')}>
              {t('actions.reopen')}
            </Button>
          )}
        </Group>

        {r.reviewerRole === 'panelist' && <InterviewsSection round={r} />}

        {r.status === 'closed' && (
          <>
            <Title order={3}>{t('admin.results')}</Title>
            <Group>
              <SegmentedControl
                aria-label={t('admin.basis')}
                value={chosenBasis}
                onChange={(v) => setBasis(v as Basis)}
                data={(['mean', 'median', 'normalised'] as const).map((b) => ({ value: b, label: t(`basis.${b}`) }))}
              />
              <Anchor href={resultsXlsxUrl(roundId, chosenBasis)}>{t('actions.exportXlsx')}</Anchor>
            </Group>
            <ErrorAlert error={results.error} />
            {results.data && <ResultsTable results={results.data} />}
            <SelectionsSection roundId={roundId} basis={chosenBasis} />
          </>
        )}
        {r.status !== 'closed' && (
          <Table>
            <Table.Tbody>
              {r.pool.map((m) => (
                <Table.Tr key={m.userId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.agencyName ?? '—'}</Table.Td>
                  <Table.Td>{t('admin.load', { load: m.load, max: m.maxProposals })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
