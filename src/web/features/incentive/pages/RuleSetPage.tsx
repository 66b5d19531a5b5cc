import { Alert, Anchor, Badge, Button, Container, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatRupiah, type RuleSetConfig } from '../../../../common/incentive';
import { useAuth } from '../../../auth/use-auth';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import { useFormat } from '../../../utils/use-format';
import { incentiveApi } from '../api/incentive-api';
import { useIncentiveMutation, useRuleSet, useScenarios } from '../api/incentive-queries';
import { FinanceDecidesNote } from '../components/FinanceDecidesNote';
import { RuleSetForm } from '../components/RuleSetForm';
import { RunScenarioDialog } from '../components/RunScenarioDialog';
import { incentivePaths } from '../paths';

/** One fiscal year's rules: read in plain words, edited while a draft, frozen by publishing; its scenarios. */
export function RuleSetPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('incentive');
  const { user } = useAuth();
  const format = useFormat();
  const navigate = useNavigate();
  const manage = user?.role === 'ministry_admin';
  const ruleSet = useRuleSet(id);
  const scenarios = useScenarios(id);
  const [draft, setDraft] = useState<RuleSetConfig | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [running, setRunning] = useState(false);
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const save = useIncentiveMutation((config: RuleSetConfig) => incentiveApi.updateRuleSet(id, { name: ruleSet.data!.name, config }));
  const publish = useIncentiveMutation(() => incentiveApi.publishRuleSet(id));

  if (ruleSet.isPending) return <PageLoader />;
  if (ruleSet.isError) return <ErrorAlert error={ruleSet.error} />;
  const r = ruleSet.data;
  const editable = manage && r.status === 'draft';
  const c = r.config;
  // The editor starts from the stored rules and keeps the user's changes until they are saved.
  const editing = draft ?? c;

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={`${r.name}`}
        intro={`${t('fiscalYear')} ${r.fiscalYear} · ${t(`status.${r.status}`)}`}
        actions={
          <>
            <Button component={Link} to={incentivePaths.home} variant="default">
              {t('back')}
            </Button>
            {editable ? <Button onClick={() => setPublishing(true)}>{t('publish')}</Button> : null}
            {manage && r.status === 'published' ? <Button onClick={() => setRunning(true)}>{t('runScenario')}</Button> : null}
          </>
        }
      />
      <FinanceDecidesNote />
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      <Alert variant="light" color={r.status === 'published' ? 'blue' : 'yellow'} mb="md">
        {r.status === 'published' ? t('frozenNote') : t('draftNote')}
      </Alert>

      <Title order={2} size="h3" mb="sm">
        {t('rules')}
      </Title>
      {editable ? (
        <Stack mb="xl">
          <RuleSetForm value={editing} onChange={setDraft} />
          <ErrorAlert error={save.error} />
          <Group>
            <Button loading={save.isPending} onClick={() => save.mutate(editing, { onSuccess: () => setStatus(t('saved')) })}>
              {t('save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <List mb="xl" spacing={4}>
          {c.conditions.map((x) => (
            <List.Item key={x.code}>
              {t('conditions')}: {t(`factNames.${x.fact}`)} = {x.passes.map((v) => t(`values.${v}` as 'values.ya', { defaultValue: v })).join(' / ')}
            </List.Item>
          ))}
          {c.categories.map((x) => (
            <List.Item key={x.code}>
              {x.name}: {t(`measures.${x.measure}`)} {c.resultsYear} · {t('weight')} {x.weight}
            </List.Item>
          ))}
          {c.clusters.map((x) => (
            <List.Item key={x.code}>
              {x.name} ({x.values.map((v) => (x.by === 'kind' ? t(`kinds.${v as 'kota'}`) : t(`values.${v as 'ya'}`))).join(', ')}): {format.number(x.shareBasisPoints / 100)}%
            </List.Item>
          ))}
          <List.Item>
            {t('pool')}: {formatRupiah(c.pool)} · {t('minPerRegion')}: {formatRupiah(c.minPerRegion)} · {t('maxPerRegion')}: {c.maxPerRegion ? formatRupiah(c.maxPerRegion) : '—'}
          </List.Item>
        </List>
      )}

      <Title order={2} size="h3" mb="sm">
        {t('scenarios')}
      </Title>
      {scenarios.isPending ? (
        <PageLoader />
      ) : scenarios.isError ? (
        <ErrorAlert error={scenarios.error} />
      ) : scenarios.data.items.length === 0 ? (
        <Text c="dimmed">{t('noScenarios')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('scenarioName')}</Table.Th>
                  <Table.Th ta="right">{t('allocated')}</Table.Th>
                  <Table.Th ta="right">{t('eligible')}</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {scenarios.data.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={incentivePaths.scenario(s.id)}>
                        {s.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {format.dateTime(s.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatRupiah(s.allocated)}
                    </Table.Td>
                    <Table.Td ta="right">{s.eligibleCount}</Table.Td>
                    <Table.Td>
                      {s.recommendedAt ? (
                        <Badge color="teal" variant="light" tt="none" style={{ minWidth: 'max-content' }}>
                          {t('recommended')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {scenarios.data.items.length >= 2 ? (
            <Group align="flex-end" mt="md" wrap="wrap">
              <Select label={t('scenarioA')} data={scenarios.data.items.map((s) => ({ value: s.id, label: s.name }))} value={a} onChange={setA} w={260} />
              <Select label={t('scenarioB')} data={scenarios.data.items.map((s) => ({ value: s.id, label: s.name }))} value={b} onChange={setB} w={260} />
              <Button variant="light" disabled={!a || !b || a === b} onClick={() => a && b && navigate(incentivePaths.comparison(a, b))}>
                {t('compare')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
      <ConfirmDialog
        opened={publishing}
        title={t('publish')}
        body={t('publishConfirm')}
        confirmLabel={t('publish')}
        busy={publish.isPending}
        error={publish.error}
        onClose={() => setPublishing(false)}
        onConfirm={() =>
          publish.mutate(undefined, {
            onSuccess: () => {
              setPublishing(false);
              setStatus(t('published'));
            },
          })
        }
      />
      <RunScenarioDialog ruleSet={r} opened={running} onClose={() => setRunning(false)} onDone={(sid) => navigate(incentivePaths.scenario(sid))} />
    </Container>
  );
}
