import { Alert, Container, List, NumberInput, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { currentLanguage } from '../../../i18n';
import { usePrecheck } from '../api/incentive-queries';
import { FinanceDecidesNote } from '../components/FinanceDecidesNote';

/** A regional government's own pre-check: what it meets and fails, so a wrong fact can be corrected in time. */
export function PrecheckPage() {
  const { t } = useTranslation('incentive');
  const lang = currentLanguage() === 'en' ? 'en' : 'id';
  const [year, setYear] = useState(2026);
  const precheck = usePrecheck(year);
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('precheck')} intro={t('precheckIntro')} />
      <FinanceDecidesNote />
      <NumberInput label={t('fiscalYear')} value={year} min={2017} max={2100} onChange={(v) => setYear(Number(v) || year)} w={160} mb="md" />
      {precheck.isPending ? (
        <PageLoader />
      ) : precheck.isError ? (
        <ErrorAlert error={precheck.error} />
      ) : (
        <>
          <Alert color={precheck.data.region.eligible ? 'teal' : 'yellow'} mb="md" title={`${precheck.data.region.regionName} · ${precheck.data.ruleSet.name}`}>
            {precheck.data.region.eligible ? t('precheckEligible') : t('precheckNotEligible')}
          </Alert>
          <List spacing={4} mb="lg">
            {precheck.data.region.reasons.map((r, i) => (
              <List.Item key={i} c={r.met ? undefined : 'red.9'}>
                {r.text[lang]}
              </List.Item>
            ))}
          </List>
          <Title order={2} size="h4" mb="xs">
            {t('facts')}
          </Title>
          {precheck.data.facts.length === 0 ? (
            <Text c="dimmed">{t('notRecorded')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('fact')}</Table.Th>
                    <Table.Th>{t('passes')}</Table.Th>
                    <Table.Th>{t('source')}</Table.Th>
                    <Table.Th>{t('sourceDate')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {precheck.data.facts.map((f) => (
                    <Table.Tr key={f.fact}>
                      <Table.Td>{t(`factNames.${f.fact}`)}</Table.Td>
                      <Table.Td>{t(`values.${f.value}` as 'values.ya', { defaultValue: f.value })}</Table.Td>
                      <Table.Td>{f.source}</Table.Td>
                      <Table.Td>{f.sourceDate ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Container>
  );
}
