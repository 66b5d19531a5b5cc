import { Badge, Group, List, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah, type RegionResult } from '../../../../common/incentive';
import { currentLanguage } from '../../../i18n';
import { useFormat } from '../../../utils/use-format';

/** Every region of a scenario: eligibility, cluster, index, amount, and its reasons in plain words. */
export function RegionResultsTable({ regions }: { regions: RegionResult[] }) {
  const { t } = useTranslation('incentive');
  const format = useFormat();
  const lang = currentLanguage() === 'en' ? 'en' : 'id';
  const [all, setAll] = useState(false);
  const [q, setQ] = useState('');
  const shown = regions.filter((r) => (all || r.eligible) && (!q || `${r.regionCode} ${r.regionName}`.toLowerCase().includes(q.toLowerCase())));
  return (
    <>
      <Group mb="sm" gap="md" wrap="wrap">
        <TextInput label={t('searchRegion')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={260} />
        <Switch label={all ? t('showAll') : t('onlyEligible')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} mt="lg" />
        <Text c="dimmed" mt="lg">
          {t('regionsCount', { count: shown.length })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('region')}</Table.Th>
              <Table.Th ta="right">{t('amount')}</Table.Th>
              <Table.Th>{t('eligible')}</Table.Th>
              <Table.Th>{t('cluster')}</Table.Th>
              <Table.Th ta="right">{t('index')}</Table.Th>
              <Table.Th>{t('reasons')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.regionCode}>
                <Table.Td>
                  <Text fw={500}>{r.regionName}</Text>
                  <Text size="xs" c="dimmed">
                    {r.regionCode} · {t(`kinds.${r.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatRupiah(r.amount)}
                </Table.Td>
                <Table.Td>
                  <Badge color={r.eligible ? 'teal' : 'gray'} variant="light" tt="none" style={{ minWidth: 'max-content' }}>
                    {r.eligible ? t('yes') : t('no')}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.clusterCode ?? '—'}</Table.Td>
                <Table.Td ta="right">{format.number(r.categoryIndex)}</Table.Td>
                <Table.Td>
                  <List size="xs" spacing={2}>
                    {r.reasons.map((reason, i) => (
                      <List.Item key={i} c={reason.met ? undefined : 'red.9'}>
                        {reason.text[lang]}
                      </List.Item>
                    ))}
                  </List>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
