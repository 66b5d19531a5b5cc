import { Alert, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { type FactImportReport, incentiveApi } from '../api/incentive-api';
import { useIncentiveMutation } from '../api/incentive-queries';

/** Check a facts file (dry run) and then import it; problems are listed by row and the file's own column names. */
export function FactsImport({ year }: { year: number }) {
  const { t } = useTranslation('incentive');
  const lang = currentLanguage() === 'en' ? 'en' : 'id';
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<FactImportReport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const send = useIncentiveMutation(async ({ dryRun }: { dryRun: boolean }) => {
    const { status, body } = await incentiveApi.importFacts(year, file!, dryRun);
    const r = 'error' in body ? (body.error.details ?? null) : body;
    setReport(r);
    if ('error' in body && !body.error.details) throw new Error(body.error.message);
    if (status < 300 && r) setMessage(dryRun ? t('importChecked', { rows: r.rows, facts: r.facts }) : t('imported', { rows: r.rows, facts: r.facts }));
    else setMessage(null);
    return r;
  });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('importHint')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <FileInput
          label={t('importFacts')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => {
            setFile(f);
            setReport(null);
            setMessage(null);
          }}
          w={320}
          clearable
        />
        <Button variant="light" disabled={!file} loading={send.isPending} onClick={() => send.mutate({ dryRun: true })}>
          {t('checkFile')}
        </Button>
        <Button disabled={!file || !report?.ok || !report.dryRun} loading={send.isPending} onClick={() => send.mutate({ dryRun: false })}>
          {t('importFile')}
        </Button>
      </Group>
      {message ? <Alert color="teal">{message}</Alert> : null}
      {report?.warnings.length ? <Alert color="yellow">{report.warnings.map((w) => `${w.column}: ${w.message[lang]}`).join('; ')}</Alert> : null}
      {report && report.errors.length > 0 ? (
        <Alert color="red" title={t('importProblems')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('row')}</Table.Th>
                <Table.Th>{t('column')}</Table.Th>
                <Table.Th>{t('reasons')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((e, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{e.column}</Table.Td>
                  <Table.Td>{e.message[lang]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      ) : null}
    </Stack>
  );
}
