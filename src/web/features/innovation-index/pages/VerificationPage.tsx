import { Button, Container, Group, NumberInput, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Cluster, CLUSTERS, REPORT_STATUSES, type ReportStatus } from '../../../../common/innovation-index';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { currentLanguage } from '../../../i18n';
import { indexApi, useIndexMutation, useModel, useQueue, useStaffReport } from '../api/index-api';
import { ScoreSummary } from '../components/ScoreSummary';
import { useIndexYear } from '../use-index-year';

/** The verifiers' queue (filter by province, cluster, status) and one report's rows to accept, reject or correct. */
export function VerificationPage() {
  const YEAR = useIndexYear();
  const { t } = useTranslation('innovationIndex');
  const lang = currentLanguage() === 'en' ? 'en' : 'id';
  const { user } = useAuth();
  const [province, setProvince] = useState('');
  const [cluster, setCluster] = useState<Cluster | null>(null);
  const [status, setStatus] = useState<ReportStatus | null>('sent');
  const [open, setOpen] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const queue = useQueue(YEAR, { province: /^\d{2}$/.test(province) ? province : undefined, cluster: cluster ?? undefined, status: status ?? undefined });
  const report = useStaffReport(open);
  const model = useModel(YEAR);
  const mutate = useIndexMutation((fn: () => Promise<unknown>) => fn());
  const verifier = user?.role === 'index_verifier';
  const name = (code: string) => model.data?.config.indicators.find((i) => i.code === code);
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('verificationTitle')} intro={t('verificationIntro')} />
      <Group mb="md" align="end" wrap="wrap">
        <TextInput label={t('province')} value={province} onChange={(e) => setProvince(e.currentTarget.value)} w={120} />
        <Select
          label={t('cluster')}
          value={cluster}
          onChange={setCluster}
          clearable
          placeholder={t('allClusters')}
          data={CLUSTERS.map((c) => ({ value: c, label: t(`clusters.${c}`) }))}
          w={220}
        />
        <Select
          label={t('status')}
          value={status}
          onChange={setStatus}
          clearable
          placeholder={t('anyStatus')}
          data={REPORT_STATUSES.filter((s) => s === 'sent' || s === 'verified').map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          w={180}
        />
      </Group>
      {mutate.isError && <ErrorAlert error={mutate.error} />}
      {queue.isPending ? (
        <PageLoader />
      ) : queue.isError ? (
        <ErrorAlert error={queue.error} />
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('region')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
                <Table.Th>{t('open')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.items.map((q) => (
                <Table.Tr key={q.reportId}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{q.regionName}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`statuses.${q.status}`)}</Text>
                    <Text size="xs">{t('counts', { pending: q.pending, accepted: q.accepted, rejected: q.rejected, corrected: q.corrected })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="light" onClick={() => setOpen(q.reportId)}>
                      {t('open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report.data && (
        <>
          <Title order={2} size="h4" mt="lg" mb="xs">
            {report.data.regionCode}
          </Title>
          <ScoreSummary report={report.data} />
          <Table.ScrollContainer minWidth={320}>
            <Table striped verticalSpacing="xs">
              <Table.Tbody>
                {report.data.rows.map((row) => {
                  const decide = (decision: 'accept' | 'reject' | 'correct', level?: number) =>
                    mutate.mutate(() => indexApi.decide(report.data!.id, row.id, { decision, level, reason: decision === 'reject' ? reasons[row.id] : undefined }));
                  return (
                    <Table.Tr key={row.id}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        <Text size="sm">
                          {name(row.indicatorCode)?.no}. {name(row.indicatorCode)?.name[lang]} · {t('level')} {row.claimedLevel} · {t(`rowStatuses.${row.status}`)}
                        </Text>
                        {row.evidence.map((e) => (
                          <Text key={e.id} size="xs" style={{ overflowWrap: 'anywhere' }}>
                            {e.filename ?? e.url}
                          </Text>
                        ))}
                        {row.answer && <Text size="xs">↳ {row.answer}</Text>}
                      </Table.Td>
                      <Table.Td>
                        {verifier && (
                          <Group gap={4} wrap="wrap">
                            <Button size="compact-xs" onClick={() => decide('accept')}>
                              {t('accept')}
                            </Button>
                            <TextInput
                              size="xs"
                              aria-label={t('reason')}
                              placeholder={t('reason')}
                              value={reasons[row.id] ?? ''}
                              onChange={(e) => setReasons({ ...reasons, [row.id]: e.currentTarget.value })}
                              w={160}
                            />
                            <Button size="compact-xs" color="red.9" onClick={() => decide('reject')}>
                              {t('reject')}
                            </Button>
                            <NumberInput
                              size="xs"
                              aria-label={t('correct')}
                              placeholder={t('correct')}
                              min={1}
                              max={3}
                              w={110}
                              onChange={(v) => Number(v) && Number(v) !== row.claimedLevel && decide('correct', Number(v))}
                            />
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {verifier && (
            <Button mt="md" onClick={() => mutate.mutate(() => indexApi.finish(report.data!.id))}>
              {t('finish')}
            </Button>
          )}
        </>
      )}
    </Container>
  );
}
