import { Alert, Anchor, Button, Container, FileInput, Group, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type {
  ColumnMapping,
  HistoricalAgencyChoice,
  HistoricalImportBody,
  HistoricalImportJob,
  HistoricalImportReport,
  HistoricalUpload,
} from '../../../../common/historical-import';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { paths } from '../../../routes/paths';
import { commitHistorical, previewHistorical, uploadHistoricalFile } from '../api/historical-api';
import { AgencyStep } from '../components/AgencyStep';
import { MappingStep, type SaveChoice } from '../components/MappingStep';
import { NotesTable } from '../components/NotesTable';

/** Rows written out of the file's, while the server's import job runs (unknown: an indeterminate bar). */
function CommitProgress({ job, ready }: { job: HistoricalImportJob | null; ready: number }) {
  const { t } = useTranslation('historicalImport');
  const total = job?.total ?? ready;
  const done = job?.done ?? null;
  const label = done === null ? t('report.committing', { count: total }) : t('report.progress', { done, total });
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{label}</Text>
      <Progress value={done === null || total === 0 ? 100 : (100 * done) / total} animated={done === null} striped={done === null} aria-label={label} />
    </Stack>
  );
}

/** The ministry's historical import: upload → map columns → confirm agencies → dry run → import. */
export function HistoricalImportPage() {
  const { t } = useTranslation('historicalImport');
  const client = useQueryClient();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<HistoricalUpload | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [save, setSave] = useState<SaveChoice>({ save: false, name: '', global: false });
  const [choices, setChoices] = useState<Record<string, HistoricalAgencyChoice>>({});
  const [matches, setMatches] = useState<Record<string, 'update' | 'new'>>({});
  const [report, setReport] = useState<HistoricalImportReport | null>(null);
  const [result, setResult] = useState<HistoricalImportReport | null>(null);
  const [job, setJob] = useState<HistoricalImportJob | null>(null);

  const body = (): HistoricalImportBody => ({
    mapping,
    agencies: choices,
    matches,
    ...(save.save && save.name.trim() ? { saveMapping: { name: save.name.trim(), global: save.global } } : {}),
  });
  const send = useMutation({
    mutationFn: async (target: 'upload' | 'preview' | 'commit') => {
      if (target === 'upload') return { target, upload: await uploadHistoricalFile(file!) };
      if (target === 'preview') return { target, report: await previewHistorical(upload!.fileId, body()) };
      return { target, report: await commitHistorical(upload!.fileId, body(), setJob) };
    },
    onSuccess: (answer) => {
      if (answer.target === 'upload' && 'upload' in answer) {
        setUpload(answer.upload);
        setMapping(answer.upload.suggested as ColumnMapping);
        setChoices({});
        setMatches({});
        setStep(1);
      } else if (answer.target === 'preview' && 'report' in answer) {
        setReport(answer.report);
        setStep((s) => (s === 1 ? 2 : 3));
      } else if ('report' in answer) {
        setResult(answer.report);
        void client.invalidateQueries();
      }
    },
  });
  const restart = () => {
    setStep(0);
    setFile(null);
    setUpload(null);
    setReport(null);
    setResult(null);
    setJob(null);
    send.reset();
  };
  const committing = send.isPending && send.variables === 'commit';

  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Stepper active={step} onStepClick={(s) => s < step && !result && setStep(s)} size="sm" allowNextStepsSelect={false} wrap>
        <Stepper.Step label={t('steps.upload')}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (file) send.mutate('upload');
            }}
          >
            <Stack maw={480}>
              <FileInput
                label={t('upload.file')}
                description={t('upload.help')}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={setFile}
                clearable
                required
              />
              <Group>
                <Button type="submit" disabled={!file} loading={send.isPending}>
                  {t('upload.next')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stepper.Step>
        <Stepper.Step label={t('steps.mapping')}>
          {upload ? (
            <MappingStep upload={upload} mapping={mapping} onMapping={setMapping} save={save} onSave={setSave} onNext={() => send.mutate('preview')} busy={send.isPending} />
          ) : null}
        </Stepper.Step>
        <Stepper.Step label={t('steps.agencies')}>
          {report ? (
            <AgencyStep
              report={report}
              choices={choices}
              onChoices={setChoices}
              matches={matches}
              onMatches={setMatches}
              onNext={() => send.mutate('preview')}
              busy={send.isPending}
            />
          ) : null}
        </Stepper.Step>
        <Stepper.Step label={t('steps.report')}>
          {report && !result ? (
            <Stack aria-live="polite">
              <Title order={2} size="h4">
                {t('report.title')}
              </Title>
              <Text>{t('report.summary', { ready: report.ready, rows: report.rows })}</Text>
              {report.matches.some((m) => m.decision === 'update') ? (
                <Text>{t('report.updates', { count: report.matches.filter((m) => m.decision === 'update').length })}</Text>
              ) : null}
              {report.ignoredColumns.length > 0 ? <Text size="sm">{t('report.ignored', { columns: report.ignoredColumns.join(', ') })}</Text> : null}
              {report.pending > 0 ? (
                <Alert color="orange" variant="light">
                  {t('agencies.pending', { count: report.pending })}
                </Alert>
              ) : null}
              {report.problems.length > 0 ? (
                <>
                  <Alert color="red" variant="light" role="alert">
                    {t('report.problems', { count: report.problems.length })}
                  </Alert>
                  <NotesTable notes={report.problems} caption={t('report.problems', { count: report.problems.length })} />
                </>
              ) : null}
              {report.warnings.length > 0 ? <NotesTable notes={report.warnings} caption={t('report.warnings')} /> : null}
              <Group>
                <Button variant="default" onClick={() => setStep(report.pending > 0 ? 2 : 1)}>
                  {t('report.back')}
                </Button>
                <Button disabled={!report.ok} loading={committing} onClick={() => send.mutate('commit')}>
                  {t('report.commit', { count: report.ready })}
                </Button>
              </Group>
              {committing ? <CommitProgress job={job} ready={report.ready} /> : null}
            </Stack>
          ) : null}
          {result ? (
            <Alert color="teal" variant="light" role="status">
              {t('report.done', { created: result.created, updated: result.updated, awards: result.awards })}
              <Group mt="sm">
                <Anchor component={Link} to={paths.catalog}>
                  {t('report.toCatalog')}
                </Anchor>
                <Button variant="subtle" onClick={restart}>
                  {t('report.again')}
                </Button>
              </Group>
            </Alert>
          ) : null}
        </Stepper.Step>
      </Stepper>
      {send.error ? <ErrorAlert error={send.error} /> : null}
    </Container>
  );
}
