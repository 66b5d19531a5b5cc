import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../utils/use-format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TablePagination } from '../../../components/TablePagination';
import { type AssignmentFilters, evaluationApi, type Round } from '../api/evaluation-api';
import { useAssignments, useEvaluationAction } from '../api/evaluation-queries';
import { AssignmentFilterBar } from './AssignmentFilterBar';
import { RedactionDialog, type RedactionTarget } from './RedactionDialog';

const NO_FILTERS: AssignmentFilters = {};

/**
 * Who reviews what, a page at a time (a national round has ~3,500 proposals), with filters,
 * manual add/remove per proposal and "move this evaluator's work". Filters and page live in the
 * panel's state: the panel is keyed by round, so another round starts unfiltered on page 1.
 */
export function AssignmentsTable({ round }: { round: Round }) {
  const { t } = useTranslation('evaluation');
  const f = useFormat();
  const [filters, setFilters] = useState<AssignmentFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const assignments = useAssignments(round.id, filters, page);
  const setFilter = <K extends keyof AssignmentFilters>(name: K, value: AssignmentFilters[K]) => {
    setFilters((previous) => ({ ...previous, [name]: value }));
    setPage(1);
  };
  const [adding, setAdding] = useState<Record<string, string | null>>({});
  const action = useEvaluationAction(async (fn: () => Promise<unknown>) => fn());
  const closed = round.status === 'closed';
  // Blind rounds serve a hand-redacted copy when the secretariat stored one; opened per proposal.
  const [redacting, setRedacting] = useState<RedactionTarget | null>(null);
  return (
    <>
      <ErrorAlert error={action.error ?? assignments.error} />
      {assignments.data?.lastBulkAction && (
        <Text size="sm">
          {t('assign.lastBulk', {
            kind: t(`bulkKinds.${assignments.data.lastBulkAction.kind}` as 'bulkKinds.auto_assign', { defaultValue: assignments.data.lastBulkAction.kind }),
            at: f.dateTime(assignments.data.lastBulkAction.at),
          })}
        </Text>
      )}
      <AssignmentFilterBar round={round} filters={filters} onChange={setFilter} />
      <Table striped withTableBorder aria-label={t('admin.assignments')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assign.columns.proposal')}</Table.Th>
            <Table.Th>{t('assign.columns.evaluators')}</Table.Th>
            <Table.Th>{closed ? <span className="visually-hidden">{t('assign.columns.add')}</span> : t('assign.columns.add')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(assignments.data?.items ?? []).map((row) => (
            <Table.Tr key={row.proposalId}>
              <Table.Td>
                {row.proposalNumber} — {row.title}
                {round.blind && (
                  <Group gap="xs" mt={4}>
                    <Button
                      size="compact-xs"
                      variant="light"
                      aria-label={t('redaction.openFor', { number: row.proposalNumber })}
                      onClick={() => setRedacting({ proposalId: row.proposalId, proposalNumber: row.proposalNumber })}
                    >
                      {t('redaction.open')}
                    </Button>
                    {row.redacted && (
                      <Badge size="sm" variant="outline" color="green">
                        {t('redaction.exists')}
                      </Badge>
                    )}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {row.evaluators.map((e) => (
                    <Badge
                      key={e.evaluatorId}
                      variant={e.published ? 'filled' : 'outline'}
                      color={e.status === 'submitted' ? 'green' : e.status === 'draft' ? 'yellow' : undefined}
                    >
                      {e.name}
                      {e.status !== 'not_started' && ` · ${t(`sheetStatus.${e.status}`)}`}
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
      <RedactionDialog target={redacting} onClose={() => setRedacting(null)} />
      {assignments.data && assignments.data.total === 0 && <Text c="dimmed">{t('assign.filters.noMatch')}</Text>}
      {assignments.data && <TablePagination page={page} total={assignments.data.total} onChange={setPage} />}
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
