import { Button, Container, Group, Select, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useFormat } from '../../../utils/use-format';
import { indexApi, useAvailable, useIndexMutation, useModel, useOwnReport } from '../api/index-api';
import { IndicatorTable } from '../components/IndicatorTable';
import { ScoreSummary } from '../components/ScoreSummary';
import { useIndexYear } from '../use-index-year';

/** A regional government's own report: innovations, levels, evidence, the live claimed score, local review and sending. */
export function ReportPage() {
  const YEAR = useIndexYear();
  const { t } = useTranslation('innovationIndex');
  const format = useFormat();
  const { user } = useAuth();
  const model = useModel(YEAR);
  const own = useOwnReport(YEAR);
  const available = useAvailable(YEAR);
  const [pick, setPick] = useState<string | null>(null);
  const mutate = useIndexMutation((fn: () => Promise<unknown>) => fn());
  if (model.isPending || own.isPending) return <PageLoader />;
  if (model.isError) return <ErrorAlert error={model.error} />;
  if (own.isError) return <ErrorAlert error={own.error} />;
  const report = own.data.report;
  const editable = !report || report.status === 'draft';
  const indicators = model.data.config.indicators;
  const act = (fn: () => Promise<unknown>) => mutate.mutate(fn);
  const handlers = {
    onLevel: (indicatorCode: string, level: number, innovationId: string | null, usePlatformFact?: boolean) =>
      act(() => indexApi.setLevel(YEAR, { indicatorCode, innovationId, level, usePlatformFact })),
    onLink: (rowId: string, evidenceType: string, url: string) => act(() => indexApi.addLink(YEAR, rowId, { evidenceType, url })),
    onAnswer: (rowId: string, answer: string) => act(() => indexApi.answer(YEAR, rowId, answer)),
  };
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('reportTitle')} intro={t('reportIntro')} />
      <Text size="sm" mb="sm">
        {t('window', { opens: format.date(model.data.windowOpensAt), closes: format.date(model.data.windowClosesAt) })}
      </Text>
      {mutate.isError && <ErrorAlert error={mutate.error} />}
      {report ? <ScoreSummary report={report} /> : <Text mb="md">{t('notStarted')}</Text>}
      {editable && (available.data?.items.length ?? 0) > 0 && (
        <Group mb="md" align="end" wrap="wrap">
          <Select label={t('addInnovation')} value={pick} onChange={setPick} data={available.data!.items.map((i) => ({ value: i.id, label: i.title }))} w={320} maw="100%" />
          <Button disabled={!pick} onClick={() => pick && act(() => indexApi.addInnovation(YEAR, pick))}>
            {t('add')}
          </Button>
        </Group>
      )}
      <Title order={2} size="h4" mb="xs">
        {t('spd')}
      </Title>
      <IndicatorTable indicators={indicators.filter((i) => i.aspect === 'spd')} rows={report?.rows ?? []} innovationId={null} editable={editable} {...bind(handlers, null)} />
      {report?.innovations.map((innovation) => (
        <div key={innovation.id}>
          <Title order={2} size="h4" mt="lg" mb="xs" style={{ overflowWrap: 'anywhere' }}>
            {t('sid', { title: innovation.title })}
          </Title>
          <IndicatorTable
            indicators={indicators.filter((i) => i.aspect === 'sid')}
            rows={report.rows}
            innovationId={innovation.id}
            editable={editable}
            replicationRegions={innovation.replicationRegions}
            {...bind(handlers, innovation.id)}
          />
        </div>
      ))}
      <Group mt="lg" wrap="wrap">
        {report?.status === 'draft' && <Button onClick={() => act(() => indexApi.ready(YEAR))}>{t('ready')}</Button>}
        {report?.status === 'ready' && user?.role === 'agency_admin' && (
          <>
            <Button onClick={() => act(() => indexApi.review(YEAR, 'send'))}>{t('send')}</Button>
            <Button variant="default" onClick={() => act(() => indexApi.review(YEAR, 'return'))}>
              {t('returnDraft')}
            </Button>
          </>
        )}
      </Group>
    </Container>
  );
}

function bind(
  h: {
    onLevel: (code: string, level: number, innovationId: string | null, fact?: boolean) => void;
    onLink: (rowId: string, type: string, url: string) => void;
    onAnswer: (rowId: string, answer: string) => void;
  },
  innovationId: string | null,
) {
  return { onLevel: (code: string, level: number, fact?: boolean) => h.onLevel(code, level, innovationId, fact), onLink: h.onLink, onAnswer: h.onAnswer };
}
