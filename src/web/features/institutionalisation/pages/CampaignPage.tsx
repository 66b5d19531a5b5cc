import { Anchor, Badge, Button, Container, Group, NativeSelect, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CAMPAIGN_AGENCY_SORTS, CAMPAIGN_AGENCY_STATUSES, CAMPAIGN_ANSWERS, type CampaignAnswer, type CampaignRecordsView } from '../../../../common/institutionalisation';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { SearchField } from '../../../components/SearchField';
import { StatusMessage } from '../../../components/StatusMessage';
import { TablePagination } from '../../../components/TablePagination';
import { useListParams } from '../../../hooks/use-list-params';
import { knownValue } from '../../../utils/known-value';
import { innovationPath } from '../../../routes/paths';
import { campaignProgressExportUrl, useCampaignProgress, useCampaignRecords, useConfirmRecord } from '../api/institutionalisation-api';
import { AgencyOaoi } from './OaoiPage';
import { TallyLine } from './CampaignsPage';

const PROGRESS_FILTERS = ['q', 'province', 'status', 'sort'] as const;

function ConfirmRow({ campaignId, item, onDone }: { campaignId: string; item: CampaignRecordsView['items'][number]; onDone: (m: string) => void }) {
  const { t } = useTranslation('institutionalisation');
  const confirm = useConfirmRecord(campaignId);
  const [answer, setAnswer] = useState<CampaignAnswer>(item.answer ?? 'continuing');
  const [note, setNote] = useState('');
  return (
    <Paper withBorder p="sm" component="li" data-testid="campaign-record">
      <Stack gap={6}>
        <Anchor component={Link} to={innovationPath(item.innovationId)} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Anchor>
        <Badge variant="light" color={item.answer ? 'teal.9' : 'red.9'} tt="none" w="fit-content">
          {item.answer ? t('campaigns.confirmed', { answer: t(`campaigns.answers.${item.answer}`) }) : t('campaigns.notYet')}
        </Badge>
        <Group align="flex-end" wrap="wrap" gap="xs">
          <NativeSelect
            label={t('campaigns.answer')}
            value={answer}
            data={CAMPAIGN_ANSWERS.map((a) => ({ value: a, label: t(`campaigns.answers.${a}`) }))}
            onChange={(e) => setAnswer(e.currentTarget.value as CampaignAnswer)}
          />
          <TextInput
            label={answer === 'stopped' ? t('campaigns.reason') : t('campaigns.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button
            aria-label={t('campaigns.confirmLabel', { title: item.title })}
            loading={confirm.isPending}
            onClick={() => confirm.mutate({ innovationId: item.innovationId, answer, note }, { onSuccess: () => onDone(t('campaigns.saved')) })}
          >
            {t('campaigns.confirm')}
          </Button>
        </Group>
        {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
      </Stack>
    </Paper>
  );
}

function AgencyView({ id, agencyId }: { id: string; agencyId: string }) {
  const { t } = useTranslation('institutionalisation');
  const records = useCampaignRecords(id, true);
  const [status, setStatus] = useState<string | null>(null);
  if (records.isPending) return <PageLoader />;
  if (records.isError) return <ErrorAlert error={records.error} />;
  const r = records.data;
  return (
    <Stack gap="md">
      <PageHeader title={r.campaign.title} intro={r.campaign.message || undefined} />
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      <TallyLine c={{ ...r.tally, updated: r.tally.continuing + r.tally.developed + r.tally.stopped }} />
      <Title order={2} size="h4">
        {t('campaigns.myRecords')}
      </Title>
      <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
        {r.items.map((item) => (
          <ConfirmRow key={item.innovationId} campaignId={id} item={item} onDone={setStatus} />
        ))}
      </Stack>
      <AgencyOaoi agencyId={agencyId} year={r.campaign.year} />
    </Stack>
  );
}

function MinistryView({ id }: { id: string }) {
  const { t } = useTranslation('institutionalisation');
  const { page, filters, setFilter, setPage } = useListParams(PROGRESS_FILTERS);
  // A status or order the server does not know reads as not set.
  const query = { q: filters.q, province: filters.province, status: knownValue(CAMPAIGN_AGENCY_STATUSES, filters.status), sort: knownValue(CAMPAIGN_AGENCY_SORTS, filters.sort) };
  const progress = useCampaignProgress(id, query, page, true);
  if (progress.isPending) return <PageLoader />;
  if (progress.isError) return <ErrorAlert error={progress.error} />;
  const p = progress.data;
  const cols = ['asked', 'continuing', 'developed', 'stopped', 'silent'] as const;
  const table = (rows: { key: string; name: string; asked: number; continuing: number; developed: number; stopped: number; silent: number }[]) => (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('oaoi.columns.name')}</Table.Th>
          {cols.map((c) => (
            <Table.Th key={c}>{t(`campaigns.tally.${c}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.name}</Table.Td>
            {cols.map((c) => (
              <Table.Td key={c}>{r[c]}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Stack gap="md">
      <PageHeader title={p.campaign.title} intro={p.campaign.message || undefined} />
      <Paper withBorder p="md">
        <Title order={2} size="h4">
          {t('campaigns.result')}
        </Title>
        <TallyLine c={p.campaign.result} />
        <Anchor href={campaignProgressExportUrl(p.campaign.id)} download size="sm">
          {t('campaigns.exportProgress')}
        </Anchor>
      </Paper>
      <Title order={2} size="h4">
        {t('campaigns.progressByProvince')}
      </Title>
      {table(p.byProvince.map((r) => ({ ...r, key: r.code })))}
      <Title order={2} size="h4">
        {t('campaigns.progressByAgency')}
      </Title>
      <Group align="flex-end" gap="md" wrap="wrap">
        <SearchField label={t('campaigns.agencyFilters.q')} value={filters.q} onSearch={(v) => setFilter('q', v)} />
        <NativeSelect
          label={t('oaoi.filters.province')}
          value={filters.province}
          onChange={(e) => setFilter('province', e.currentTarget.value)}
          data={[{ value: '', label: t('campaigns.agencyFilters.all') }, ...p.byProvince.filter((r) => r.code).map((r) => ({ value: r.code, label: r.name }))]}
          style={{ flex: '1 1 12rem' }}
        />
        <NativeSelect
          label={t('campaigns.agencyFilters.status')}
          value={filters.status}
          onChange={(e) => setFilter('status', e.currentTarget.value)}
          data={[{ value: '', label: t('campaigns.agencyFilters.all') }, ...CAMPAIGN_AGENCY_STATUSES.map((v) => ({ value: v, label: t(`campaigns.agencyStatuses.${v}`) }))]}
          style={{ flex: '1 1 12rem' }}
        />
        <NativeSelect
          label={t('campaigns.agencyFilters.sort')}
          value={filters.sort || 'silent'}
          onChange={(e) => setFilter('sort', e.currentTarget.value === 'silent' ? '' : e.currentTarget.value)}
          data={CAMPAIGN_AGENCY_SORTS.map((v) => ({ value: v, label: t(`campaigns.agencySorts.${v}`) }))}
          style={{ flex: '1 1 10rem' }}
        />
      </Group>
      {table(p.byAgency.map((r) => ({ ...r, key: r.id })))}
      <TablePagination page={page} total={p.total} onChange={setPage} />
    </Stack>
  );
}

/** One campaign: the ministry's live progress; an agency's records to confirm and its coverage. */
export function CampaignPage() {
  const { t } = useTranslation('institutionalisation');
  const { id } = useParams();
  const { user } = useAuth();
  return (
    <Container size="xl" px={0}>
      <Anchor component={Link} to="/pemutakhiran" size="sm">
        ← {t('campaigns.title')}
      </Anchor>
      {!id ? null : user?.role === 'ministry_admin' ? <MinistryView id={id} /> : user?.agencyId ? <AgencyView id={id} agencyId={user.agencyId} /> : null}
    </Container>
  );
}
