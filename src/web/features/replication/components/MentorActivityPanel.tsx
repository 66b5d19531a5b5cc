import { Anchor, Box, Group, NativeSelect, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorActivity } from '../../../../common/replication-views';
import { api, apiUrl } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { BarChart } from '../../dashboards/components/BarChart';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => String(THIS_YEAR - i));

/** Mentor activity per month (log entries and visits on each mentor's cases): a chart of the months, a table per mentor, an XLSX. */
export function MentorActivityPanel({ hubId }: { hubId?: string }) {
  const { t, i18n } = useTranslation('replication');
  const [year, setYear] = useState(String(THIS_YEAR));
  const params = { year, hubId };
  const query = useQuery({
    queryKey: ['replication', 'mentor-activity', params],
    queryFn: ({ signal }) => api.get<MentorActivity>('/api/mentors/activity', params, signal),
  });
  const monthName = useMemo(() => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { month: 'short', timeZone: 'UTC' }), [i18n.language]);
  const label = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));
  const data = query.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mentor-activity-title">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="mentor-activity-title">
          {t('activity.title')}
        </Title>
        <Group gap="sm" align="flex-end">
          <NativeSelect label={t('activity.year')} value={year} onChange={(e) => setYear(e.currentTarget.value)} data={YEARS} />
          <Anchor href={apiUrl('/api/mentors/activity.xlsx', params)} download>
            {t('list.export')}
          </Anchor>
        </Group>
      </Group>
      {query.isError ? <ErrorAlert error={query.error} /> : null}
      {data ? (
        <>
          <BarChart
            data={data.months.map((m, i) => ({ label: label(m), value: data.totals[i] ?? 0 }))}
            summary={t('activity.summary', { year: data.year, count: data.totals.reduce((s, n) => s + n, 0) })}
            height={220}
          />
          {data.items.length === 0 ? <Text c="dimmed">{t('activity.empty')}</Text> : null}
          {/* A plain scroll region that keyboard users can focus (the table holds no link to tab to). */}
          <Box tabIndex={0} role="region" aria-label={t('activity.title')} style={{ overflowX: 'auto' }}>
            <Table striped miw={520}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('case.mentor')}</Table.Th>
                  <Table.Th>{t('case.hub')}</Table.Th>
                  <Table.Th>{t('activity.entries')}</Table.Th>
                  <Table.Th>{t('activity.visits')}</Table.Th>
                  <Table.Th>{t('activity.months')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((m) => (
                  <Table.Tr key={m.mentor.id}>
                    <Table.Td>{m.mentor.name}</Table.Td>
                    <Table.Td>{m.hub?.name ?? '—'}</Table.Td>
                    <Table.Td>{m.totalEntries}</Table.Td>
                    <Table.Td>{m.totalVisits}</Table.Td>
                    <Table.Td>
                      {data.months
                        .map((month, i) => (m.entries[i] ? `${label(month)} ${m.entries[i]}` : null))
                        .filter(Boolean)
                        .join(' · ') || '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        </>
      ) : null}
    </Paper>
  );
}
