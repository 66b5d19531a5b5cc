import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { evaluationApi, type Round } from '../api/evaluation-api';
import { useAssignments, useEvaluationAction } from '../api/evaluation-queries';

/** Who reviews what, with manual add/remove per proposal and "move this evaluator's work". */
export function AssignmentsTable({ round }: { round: Round }) {
  const { t } = useTranslation('evaluation');
  const assignments = useAssignments(round.id);
  const [adding, setAdding] = useState<Record<string, string | null>>({});
  const action = useEvaluationAction(async (fn: () => Promise<unknown>) => fn());
  const closed = round.status === 'closed';
  return (
    <>
      <ErrorAlert error={action.error ?? assignments.error} />
      {assignments.data?.lastBulkAction && (
        <Text size="sm">{t('assign.lastBulk', { kind: assignments.data.lastBulkAction.kind, at: new Date(assignments.data.lastBulkAction.at).toLocaleString() })}</Text>
      )}
      <Table striped withTableBorder aria-label={t('admin.assignments')}>
        <Table.Tbody>
          {(assignments.data?.items ?? []).map((row) => (
            <Table.Tr key={row.proposalId}>
              <Table.Td>
                {row.proposalNumber} — {row.title}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {row.evaluators.map((e) => (
                    <Badge key={e.evaluatorId} variant={e.published ? 'filled' : 'outline'}>
                      {e.name}
                      {!closed && (
                        <Button
                          size="compact-xs"
                          variant="transparent"
                          c="inherit"
                          aria-label={t('assign.remove', { name: e.name, number: row.proposalNumber })}
                          onClick={() => action.mutate(() => evaluationApi.unassign(round.id, { proposalId: row.proposalId, evaluatorId: e.evaluatorId }))}
                        >
                          ×
                        </Button>
                      )}
                    </Badge>
                  ))}
                  {row.missing > 0 && <Badge color="red">{t('assign.missing', { count: row.missing })}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>
                {!closed && (
                  <Group gap="xs" wrap="nowrap">
                    <Select
                      size="xs"
                      aria-label={t('assign.addFor', { number: row.proposalNumber })}
                      data={round.pool.filter((m) => !row.evaluators.some((e) => e.evaluatorId === m.userId)).map((m) => ({ value: m.userId, label: m.name }))}
                      value={adding[row.proposalId] ?? null}
                      onChange={(v) => setAdding({ ...adding, [row.proposalId]: v })}
                    />
                    <Button
                      size="xs"
                      variant="light"
                      disabled={!adding[row.proposalId]}
                      onClick={() => action.mutate(() => evaluationApi.assign(round.id, { proposalId: row.proposalId, evaluatorId: adding[row.proposalId]! }))}
                    >
                      {t('assign.add')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!closed && (
        <Group gap="xs">
          {round.pool
            .filter((m) => m.load > 0)
            .map((m) => (
              <Button key={m.userId} size="xs" variant="subtle" onClick={() => action.mutate(() => evaluationApi.reassign(round.id, m.userId))}>
                {t('assign.reassign', { name: m.name })}
              </Button>
            ))}
        </Group>
      )}
    </>
  );
}
