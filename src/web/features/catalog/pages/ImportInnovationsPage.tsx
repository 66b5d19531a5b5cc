import { Alert, Anchor, Button, Checkbox, Container, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { paths } from '../../../routes/paths';
import { ImportRejected, importFile, templateUrl } from '../api/catalog-api';
import type { ImportProblem, ImportReport } from '../api/catalog-types';
import { CATALOG_KEY } from '../api/catalog-queries';

function ProblemTable({ problems, caption }: { problems: ImportProblem[]; caption: string }) {
  const { t } = useTranslation('catalog');
  return (
    <Table withTableBorder striped>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.row')}</Table.Th>
          <Table.Th>{t('import.column')}</Table.Th>
          <Table.Th>{t('import.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one row can have several problems in one column.
          <Table.Tr key={`${p.row}-${p.column}-${i}`}>
            <Table.Td>{p.row}</Table.Td>
            <Table.Td>{p.column}</Table.Td>
            <Table.Td>{p.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Bulk import: template download, a check, the row-level report, then an all-or-nothing import. */
export function ImportInnovationsPage() {
  const { t } = useTranslation('catalog');
  const { user } = useAuth();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(false);
  const [report, setReport] = useState<{ report: ImportReport; message?: string } | null>(null);
  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => importFile(file!, { dryRun, publish }),
    onMutate: () => setReport(null),
    onSuccess: (result) => {
      setReport({ report: result });
      if (!result.dryRun) void client.invalidateQueries({ queryKey: CATALOG_KEY });
    },
    onError: (error) => {
      if (error instanceof ImportRejected) setReport({ report: error.report, message: error.message });
    },
  });
  const r = report?.report;
  return (
    <Container size="lg" px={0}>
      <Anchor component={Link} to={paths.myInnovations} size="sm">
        ← {t('mine.title')}
      </Anchor>
      <PageHeader title={t('import.title')} intro={t('import.intro')} />
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('import.template')}
          </Title>
          <Group>
            <Anchor href={templateUrl('xlsx')} download>
              {t('import.templateXlsx')}
            </Anchor>
            <Anchor href={templateUrl('csv')} download>
              {t('import.templateCsv')}
            </Anchor>
          </Group>
        </Stack>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (file) run.mutate({ dryRun: false });
          }}
        >
          <Stack>
            <FileInput
              label={t('import.file')}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={setFile}
              clearable
              w={400}
              required
            />
            {user?.role === 'agency_admin' ? <Checkbox label={t('import.publish')} checked={publish} onChange={(e) => setPublish(e.currentTarget.checked)} /> : null}
            <Group>
              <Button variant="light" disabled={!file} loading={run.isPending && run.variables?.dryRun} onClick={() => file && run.mutate({ dryRun: true })}>
                {t('import.check')}
              </Button>
              <Button type="submit" disabled={!file} loading={run.isPending && !run.variables?.dryRun}>
                {t('import.run')}
              </Button>
            </Group>
          </Stack>
        </form>
        {run.error && !(run.error instanceof ImportRejected) ? <ErrorAlert error={run.error} /> : null}
        {r ? (
          <Stack gap="sm" aria-live="polite">
            <Title order={2} size="h4">
              {t('import.reportTitle')}
            </Title>
            {r.errors.length > 0 ? (
              <>
                <Alert color="red" variant="light" role="alert">
                  {report?.message ?? t('import.problems', { count: r.errors.length })}
                </Alert>
                <ProblemTable problems={r.errors} caption={t('import.problems', { count: r.errors.length })} />
              </>
            ) : r.dryRun ? (
              <Alert color="teal" variant="light">
                {t('import.ok', { rows: r.rows })}
              </Alert>
            ) : (
              <Alert color="teal" variant="light">
                {t('import.imported', { count: r.created, state: publish ? t('import.asPublished') : t('import.asDraft') })}
                <Text size="sm" mt="xs">
                  <Anchor component={Link} to={paths.myInnovations}>
                    {t('mine.title')}
                  </Anchor>
                </Text>
              </Alert>
            )}
            {r.warnings.length > 0 ? <ProblemTable problems={r.warnings} caption={t('import.warnings')} /> : null}
          </Stack>
        ) : null}
      </Stack>
    </Container>
  );
}
