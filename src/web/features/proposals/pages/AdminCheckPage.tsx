import { Alert, Anchor, Badge, Button, Checkbox, Container, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TablePagination } from '../../../components/TablePagination';
import { useListParams } from '../../../hooks/use-list-params';
import { proposalPath } from '../../../routes/paths';
import { adminCheckApi, type BulkResult, checkFilterFrom, checkFilterOf, type CheckListParams, type Flags, type Stats } from '../api/admin-check-api';
import { CHECK_SORTS } from '../../../../common/proposals';
import { knownValue } from '../../../utils/known-value';
import { DecisionDialog, type DecisionTarget } from '../components/DecisionDialog';
import { useCompetition, useCompetitions } from '../../competitions/api/competitions-queries';
import { formatInZone, useTimeZone } from '../../competitions/time-zone';
import { withYear } from '../../../../common/format';
import { useFormat } from '../../../utils/use-format';

/** Kept in the URL; `flagged` and `sort` use the own-content flags the server stores at submission. */
const FILTERS = ['competitionId', 'status', 'groupId', 'categoryId', 'flagged', 'sort'] as const;
const PAGE_SIZE = 25;

/** The secretariat's administrative check: flagged list, decisions one by one or in bulk, live counts, exports. */
export function AdminCheckPage() {
  const { t, i18n } = useTranslation('proposals');
  const [zone] = useTimeZone();
  const { page, filters, setFilter, setPage } = useListParams(FILTERS);
  const competitions = useCompetitions();
  const competitionId = filters.competitionId || competitions.data?.items.find((c) => c.status !== 'draft')?.id || '';
  const competition = useCompetition(competitionId || undefined);
  const client = useQueryClient();
  const urlFilter = { competitionId, status: filters.status, groupId: filters.groupId, categoryId: filters.categoryId, flagged: filters.flagged };
  const query: CheckListParams = { ...checkFilterFrom(urlFilter), sort: knownValue(CHECK_SORTS, filters.sort), page, pageSize: PAGE_SIZE };
  const list = useQuery({
    queryKey: ['admin-checks', query],
    queryFn: ({ signal }) => adminCheckApi.list(query, signal),
    enabled: !!competitionId,
    placeholderData: keepPreviousData,
  });
  const stats = useQuery({
    queryKey: ['admin-checks', 'stats', competitionId],
    queryFn: ({ signal }) => adminCheckApi.stats(competitionId, signal),
    enabled: !!competitionId,
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [decision, setDecision] = useState<{ decision: 'passed' | 'failed'; target: DecisionTarget } | null>(null);
  const [outcome, setOutcome] = useState<BulkResult | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['admin-checks'] });
  const bulkFilter = checkFilterOf(urlFilter);
  const done = (result: BulkResult | null) => {
    setDecision(null);
    setOutcome(result);
    setSelected(new Set());
    void refresh();
  };

  const items = list.data?.items ?? [];
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('check.title')} intro={t('check.intro')} />
      {competitions.isPending ? <PageLoader /> : <ErrorAlert error={competitions.error} />}
      <Group align="flex-end" mb="md" wrap="wrap">
        <NativeSelect
          label={t('check.competition')}
          value={competitionId}
          onChange={(e) => setFilter('competitionId', e.currentTarget.value)}
          data={(competitions.data?.items ?? []).filter((c) => c.status !== 'draft').map((c) => ({ value: c.id, label: withYear(c.name, c.year) }))}
        />
        <NativeSelect
          label={t('check.statusFilter')}
          value={filters.status}
          onChange={(e) => setFilter('status', e.currentTarget.value)}
          data={[{ value: '', label: t('check.all') }, ...(['pending', 'passed', 'failed'] as const).map((s) => ({ value: s, label: t(`check.${s}`) }))]}
        />
        <NativeSelect
          label={t('fields.group')}
          value={filters.groupId}
          onChange={(e) => setFilter('groupId', e.currentTarget.value)}
          data={[{ value: '', label: t('check.all') }, ...(competition.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        />
        <NativeSelect
          label={t('fields.category')}
          value={filters.categoryId}
          onChange={(e) => setFilter('categoryId', e.currentTarget.value)}
          data={[{ value: '', label: t('check.all') }, ...(competition.data?.categories ?? []).map((k) => ({ value: k.id, label: k.name }))]}
        />
        <NativeSelect
          label={t('check.sort')}
          value={filters.sort}
          onChange={(e) => setFilter('sort', e.currentTarget.value)}
          data={[
            { value: '', label: t('check.sortSubmitted') },
            { value: 'flags', label: t('check.sortFlags') },
          ]}
        />
        <Switch
          label={t('check.flaggedOnly')}
          description={t('check.flaggedOnlyHelp')}
          maw={320}
          checked={filters.flagged === 'true'}
          onChange={(e) => setFilter('flagged', e.currentTarget.checked ? 'true' : '')}
        />
      </Group>

      {stats.data ? <StatsPanel stats={stats.data} competitionId={competitionId} /> : null}

      <Group my="md">
        <Button disabled={selected.size === 0} onClick={() => setDecision({ decision: 'passed', target: { kind: 'selected', proposalIds: [...selected] } })}>
          {t('check.passSelected', { count: selected.size })}
        </Button>
        <Button
          color="red"
          variant="light"
          disabled={selected.size === 0}
          onClick={() => setDecision({ decision: 'failed', target: { kind: 'selected', proposalIds: [...selected] } })}
        >
          {t('check.failSelected', { count: selected.size })}
        </Button>
        <Button
          variant="default"
          disabled={!list.data?.total || !bulkFilter}
          onClick={() => bulkFilter && setDecision({ decision: 'passed', target: { kind: 'filter', filter: bulkFilter, total: list.data?.total ?? 0 } })}
        >
          {t('check.passFiltered', { count: list.data?.total ?? 0 })}
        </Button>
      </Group>

      {outcome ? (
        <Alert color="teal" variant="light" role="status" withCloseButton closeButtonLabel={t('dialogs.close')} onClose={() => setOutcome(null)} mb="md">
          {t('bulk.done', { count: outcome.updated })} {outcome.skippedDecided > 0 ? t('bulk.doneSkippedDecided', { count: outcome.skippedDecided }) : ''}
        </Alert>
      ) : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isPending && competitionId ? <PageLoader /> : null}
      {list.data ? (
        <>
          <Table.ScrollContainer minWidth={980}>
            <Table verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    <Checkbox
                      aria-label={t('check.selectPage')}
                      checked={items.length > 0 && items.every((i) => selected.has(i.proposalId))}
                      onChange={(e) => setSelected(e.currentTarget.checked ? new Set(items.map((i) => i.proposalId)) : new Set())}
                    />
                  </Table.Th>
                  <Table.Th scope="col">{t('columns.title')}</Table.Th>
                  <Table.Th scope="col">{t('check.entrant')}</Table.Th>
                  <Table.Th scope="col">{t('check.submitted')}</Table.Th>
                  <Table.Th scope="col">{t('check.flags')}</Table.Th>
                  <Table.Th scope="col">{t('check.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.proposalId}>
                    <Table.Td>
                      <Checkbox aria-label={t('check.select', { number: item.number })} checked={selected.has(item.proposalId)} onChange={() => toggle(item.proposalId)} />
                    </Table.Td>
                    <Table.Th scope="row" fw={400}>
                      <Anchor component={Link} to={proposalPath(item.proposalId)} fw={600}>
                        {item.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {item.number} · {item.group.name} · {item.category.name}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{item.agency ?? item.owner}</Text>
                      <Text size="xs" c="dimmed">
                        {item.province ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatInZone(item.submittedAt, zone, i18n.language)}</Text>
                      {item.lateSeconds ? (
                        <Badge color="orange" variant="light" tt="none">
                          {t('check.late', { seconds: item.lateSeconds })}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <FlagList flags={item.flags} />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <Badge variant="light" tt="none" color={item.status === 'passed' ? 'teal' : item.status === 'failed' ? 'red' : 'gray'}>
                          {t(`check.${item.status}`)}
                        </Badge>
                        {item.reason ? <Text size="xs">{item.reason}</Text> : null}
                        <Group gap={4}>
                          {/* The number is read out after the visible word, so the name starts with what is seen. */}
                          <Button size="compact-xs" onClick={() => setDecision({ decision: 'passed', target: { kind: 'one', proposalId: item.proposalId, number: item.number } })}>
                            {t('check.pass')}
                            <span className="visually-hidden"> {item.number}</span>
                          </Button>
                          <Button
                            size="compact-xs"
                            color="red"
                            variant="light"
                            onClick={() => setDecision({ decision: 'failed', target: { kind: 'one', proposalId: item.proposalId, number: item.number } })}
                          >
                            {t('check.fail')}
                            <span className="visually-hidden"> {item.number}</span>
                          </Button>
                        </Group>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {items.length === 0 ? <Text c="dimmed">{t('check.empty')}</Text> : null}
          <TablePagination page={page} total={list.data.total} onChange={setPage} />
        </>
      ) : null}

      {decision ? <DecisionDialog decision={decision.decision} target={decision.target} onClose={() => setDecision(null)} onDone={done} /> : null}
    </Container>
  );
}

function FlagList({ flags }: { flags: Flags }) {
  const { t } = useTranslation('proposals');
  const lines: string[] = [];
  if (!flags.age.ok) lines.push(t('flags.age', { months: flags.age.months ?? '?', required: flags.age.requiredMonths }));
  if (flags.complete.missing.length > 0) lines.push(t('flags.missing', { questions: flags.complete.missing.join(', ') }));
  if (flags.complete.tooShort.length > 0) lines.push(t('flags.tooShort', { questions: flags.complete.tooShort.join(', ') }));
  for (const n of flags.nonsense) lines.push(t('flags.nonsense', { question: n.question, kind: t(`flags.kind.${n.kind}` as never) }));
  for (const c of flags.copiedWithin) lines.push(t('flags.copiedWithin', { a: c.questions[0], b: c.questions[1], pct: Math.round(c.similarity * 100) }));
  for (const c of flags.copiedAcross) lines.push(t('flags.copiedAcross', { question: c.question, other: c.otherNumber, pct: Math.round(c.similarity * 100) }));
  for (const d of flags.duplicateTitles)
    lines.push(t(d.source === 'catalog' ? 'flags.titleCatalog' : 'flags.titleProposal', { label: d.label, pct: Math.round(d.similarity * 100) }));
  if (lines.length === 0)
    return (
      <Text size="sm" c="teal">
        {t('flags.none')}
      </Text>
    );
  return (
    <List size="xs" spacing={2}>
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}

function StatsPanel({ stats, competitionId }: { stats: Stats; competitionId: string }) {
  const { t } = useTranslation(['proposals', 'agencyTypes', 'competitions']);
  const f = useFormat();
  // Participant types arrive as codes (kabupaten, citizen): shown by their names.
  const typeName = (type: string) => (type === 'citizen' ? t('competitions:citizen') : t(`agencyTypes:${type}` as never, { defaultValue: type }));
  const cells: [string, number][] = [
    [t('stats.registered'), stats.totals.registered],
    [t('stats.drafting'), stats.totals.drafting + stats.totals.ready + stats.totals.returned],
    [t('stats.submitted'), stats.totals.submitted],
    [t('stats.late'), stats.totals.late],
    [t('stats.withdrawn'), stats.totals.withdrawn],
    [t('stats.passed'), stats.totals.checkPassed],
    [t('stats.failed'), stats.totals.checkFailed],
    [t('stats.pending'), stats.totals.checkPending],
  ];
  const dimensions = [
    ['byGroup', stats.byGroup],
    ['byCategory', stats.byCategory],
    ['byProvince', stats.byProvince],
    ['byParticipantType', stats.byParticipantType],
  ] as const;
  const exportUrl = (report: string, format: string) => `/api/competitions/${competitionId}/export?report=${report}&format=${format}`;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('stats.title')}
        </Title>
        <Group gap="xs">
          <Button component="a" href={exportUrl('proposals', 'csv')} size="xs" variant="default">
            {t('stats.exportProposalsCsv')}
          </Button>
          <Button component="a" href={exportUrl('proposals', 'xlsx')} size="xs" variant="default">
            {t('stats.exportProposalsXlsx')}
          </Button>
          <Button component="a" href={exportUrl('counts', 'csv')} size="xs" variant="default">
            {t('stats.exportCountsCsv')}
          </Button>
          <Button component="a" href={exportUrl('counts', 'xlsx')} size="xs" variant="default">
            {t('stats.exportCountsXlsx')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4, md: 8 }} mb="md">
        {cells.map(([label, value]) => (
          <Stack key={label} gap={0}>
            <Text size="xl" fw={700}>
              {f.number(value)}
            </Text>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {dimensions.map(([key, rows]) => (
          // Narrow spacing on phones so the four columns fit in 360 px without a scroll region.
          <Table key={key} verticalSpacing={4} className="compact-on-phone" fz={{ base: 'xs', sm: 'sm' }} captionSide="top" style={{ overflowWrap: 'anywhere' }}>
            <Table.Caption>{t(`stats.${key}`)}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('stats.name')}</Table.Th>
                <Table.Th scope="col">{t('stats.registered')}</Table.Th>
                <Table.Th scope="col">{t('stats.submitted')}</Table.Th>
                <Table.Th scope="col">{t('stats.passed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Th scope="row" fw={400}>
                    {key === 'byParticipantType' ? typeName(r.key) : r.label}
                  </Table.Th>
                  <Table.Td>{f.number(r.registered)}</Table.Td>
                  <Table.Td>{f.number(r.submitted)}</Table.Td>
                  <Table.Td>{f.number(r.checkPassed)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
