import { Badge, Button, Group, List, NativeSelect, NumberInput, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOG_MODES, type LogMode } from '../../../../common/replication';
import type { CaseView } from '../../../../common/replication-views';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../catalog/components/format';
import { useCaseAction } from '../api/replication-api';
import { FileLinks, FileUpload } from './CaseFiles';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The transfer plan, the mentoring log and the indicators, with the forms the caller may use. */
export function CaseWork({ view, onDone }: { view: CaseView; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('replication');
  const action = useCaseAction(view.id);
  const [log, setLog] = useState<{ heldOn: string; mode: LogMode; notes: string }>({ heldOn: '', mode: 'visit', notes: '' });
  const [indicator, setIndicator] = useState<{ name: string; unit: string; baseline: number | string; followUp: number | string }>({
    name: '',
    unit: '',
    baseline: '',
    followUp: '',
  });
  const saved = () => onDone(t('case.saved'));
  const lang = i18n.language;
  return (
    <>
      <ErrorAlert error={action.error} />
      <Section id="case-milestones" title={t('case.milestones')}>
        <List spacing="xs">
          {view.milestones.map((m) => (
            <List.Item key={m.id}>
              <Group gap="xs" wrap="wrap">
                <Text span fw={500}>
                  {t(`milestoneKinds.${m.kind}`)}: {m.title}
                </Text>
                <Text span size="sm">
                  {m.doneAt ? t('case.done', { date: formatDate(m.doneAt, lang) }) : t('case.due', { date: formatDate(m.dueOn, lang) })}
                </Text>
                {m.overdue ? <Badge color="red">{t('case.overdue')}</Badge> : null}
                {!m.doneAt && view.can.markMilestone ? (
                  <Button size="xs" variant="light" onClick={() => action.mutate({ kind: 'milestoneDone', milestoneId: m.id }, { onSuccess: saved })}>
                    {t('case.markDone')} ({m.title})
                  </Button>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      </Section>

      <Section id="case-logs" title={t('case.logs')}>
        {view.logs.length === 0 ? <Text c="dimmed">{t('case.noLogs')}</Text> : null}
        <List spacing="xs" mb="sm">
          {view.logs.map((l) => (
            <List.Item key={l.id}>
              {formatDate(l.heldOn, lang)} · {t(`logModes.${l.mode}`)} · {l.notes}
              {l.author ? ` (${l.author.name})` : ''}
              <FileLinks caseId={view.id} files={view.files.filter((f) => f.logId === l.id)} />
              {view.can.log ? (
                <FileUpload
                  caseId={view.id}
                  url={`/api/replications/${encodeURIComponent(view.id)}/logs/${encodeURIComponent(l.id)}/photos`}
                  label={t('files.photo')}
                  accept="image/png,image/jpeg,image/webp"
                />
              ) : null}
            </List.Item>
          ))}
        </List>
        {view.can.log ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              action.mutate({ kind: 'logs', ...log }, { onSuccess: () => (setLog({ heldOn: '', mode: 'visit', notes: '' }), saved()) });
            }}
          >
            <Stack gap="xs">
              <Group align="flex-end" wrap="wrap">
                <TextInput type="date" required label={t('case.logDate')} value={log.heldOn} onChange={(e) => setLog({ ...log, heldOn: e.currentTarget.value })} />
                <NativeSelect
                  label={t('case.logMode')}
                  value={log.mode}
                  onChange={(e) => setLog({ ...log, mode: e.currentTarget.value as LogMode })}
                  data={LOG_MODES.map((m) => ({ value: m, label: t(`logModes.${m}`) }))}
                />
              </Group>
              <Textarea required minLength={5} label={t('case.logNotes')} value={log.notes} onChange={(e) => setLog({ ...log, notes: e.currentTarget.value })} />
              <Button type="submit" w="fit-content">
                {t('case.addLog')}
              </Button>
            </Stack>
          </form>
        ) : null}
      </Section>

      <Section id="case-indicators" title={t('case.indicators')}>
        {view.indicators.length === 0 ? (
          <Text c="dimmed">{t('case.noIndicators')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('case.indicatorName')}</Table.Th>
                  <Table.Th>{t('case.baseline')}</Table.Th>
                  <Table.Th>{t('case.followUp')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.indicators.map((x) => (
                  <Table.Tr key={x.id}>
                    <Table.Td>
                      {x.name} {x.unit ? `(${x.unit})` : ''}
                    </Table.Td>
                    <Table.Td>{x.baseline.toLocaleString(lang)}</Table.Td>
                    <Table.Td>{x.followUp === null ? '—' : x.followUp.toLocaleString(lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {view.can.editIndicators ? (
          <Group align="flex-end" wrap="wrap" mt="sm">
            <TextInput label={t('case.indicatorName')} value={indicator.name} onChange={(e) => setIndicator({ ...indicator, name: e.currentTarget.value })} />
            <TextInput label={t('case.indicatorUnit')} w={110} value={indicator.unit} onChange={(e) => setIndicator({ ...indicator, unit: e.currentTarget.value })} />
            <NumberInput label={t('case.baseline')} w={120} value={indicator.baseline} onChange={(v) => setIndicator({ ...indicator, baseline: v })} />
            <NumberInput label={t('case.followUp')} w={120} value={indicator.followUp} onChange={(v) => setIndicator({ ...indicator, followUp: v })} />
            <Button
              onClick={() =>
                action.mutate(
                  {
                    kind: 'indicators',
                    indicators: [
                      ...view.indicators.map((x) => ({ name: x.name, unit: x.unit, baseline: x.baseline, followUp: x.followUp })),
                      { name: indicator.name, unit: indicator.unit, baseline: Number(indicator.baseline), followUp: indicator.followUp === '' ? null : Number(indicator.followUp) },
                    ],
                  },
                  { onSuccess: () => (setIndicator({ name: '', unit: '', baseline: '', followUp: '' }), saved()) },
                )
              }
            >
              {t('case.addIndicator')}
            </Button>
          </Group>
        ) : null}
      </Section>
    </>
  );
}
