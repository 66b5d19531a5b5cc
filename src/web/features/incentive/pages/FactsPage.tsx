import { Button, Container, Group, NumberInput, Switch, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FACT_CODES } from '../../../../common/incentive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import type { RegionFacts } from '../api/incentive-api';
import { useFacts } from '../api/incentive-queries';
import { EditFactsDialog } from '../components/EditFactsDialog';
import { FactsImport } from '../components/FactsImport';
import { FinanceDecidesNote } from '../components/FinanceDecidesNote';
import { incentivePaths } from '../paths';

/** Facts per regional government and fiscal year, each with its source: by hand or by file. */
export function FactsPage() {
  const { t } = useTranslation('incentive');
  const [year, setYear] = useState(2026);
  const [province, setProvince] = useState('');
  const [missing, setMissing] = useState(false);
  const [editing, setEditing] = useState<RegionFacts | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const facts = useFacts(year, /^\d{2}$/.test(province) ? province : undefined, missing);
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('facts')}
        actions={
          <Button component={Link} to={incentivePaths.home} variant="default">
            {t('back')}
          </Button>
        }
      />
      <FinanceDecidesNote />
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      <Group align="flex-end" mb="md" wrap="wrap">
        <NumberInput label={t('fiscalYear')} value={year} min={2017} max={2100} onChange={(v) => setYear(Number(v) || year)} w={160} />
        <TextInput label={`${t('province')} (mis. 35)`} value={province} maxLength={2} onChange={(e) => setProvince(e.currentTarget.value.replace(/\D/g, ''))} w={160} />
        <Switch label={t('missingOnly')} checked={missing} onChange={(e) => setMissing(e.currentTarget.checked)} mb={6} />
      </Group>
      <Title order={2} size="h4" mb="xs">
        {t('importFacts')}
      </Title>
      <FactsImport year={year} />
      {facts.isPending ? (
        <PageLoader />
      ) : facts.isError ? (
        <ErrorAlert error={facts.error} />
      ) : (
        <Table.ScrollContainer minWidth={760} mt="lg">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('region')}</Table.Th>
                {FACT_CODES.map((f) => (
                  <Table.Th key={f}>{t(`factNames.${f}`)}</Table.Th>
                ))}
                <Table.Th>
                  <span className="visually-hidden">{t('editFacts')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {facts.data.items.map((r) => (
                <Table.Tr key={r.regionCode}>
                  <Table.Td>
                    <Text fw={500}>{r.regionName}</Text>
                    <Text size="xs" c="dimmed">
                      {r.regionCode}
                    </Text>
                  </Table.Td>
                  {FACT_CODES.map((f) => {
                    const fact = r.facts[f];
                    return (
                      <Table.Td key={f}>
                        {fact ? (
                          <Tooltip label={`${t('source')}: ${fact.source}${fact.sourceDate ? `, ${fact.sourceDate}` : ''}`}>
                            <span tabIndex={0}>{t(`values.${fact.value}` as 'values.ya', { defaultValue: fact.value })}</span>
                          </Tooltip>
                        ) : (
                          <Text span c="dimmed" size="sm">
                            {t('notRecorded')}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => setEditing(r)} aria-label={`${t('editFacts')}: ${r.regionName}`}>
                      {t('editFacts')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <EditFactsDialog
        key={editing?.regionCode ?? 'none'}
        year={year}
        region={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setStatus(`${t('editFacts')}: ${editing?.regionName ?? ''} ✓`);
          setEditing(null);
        }}
      />
    </Container>
  );
}
