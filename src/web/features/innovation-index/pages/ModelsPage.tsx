import { Button, Container, Group, NumberInput, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useFormat } from '../../../utils/use-format';
import { indexApi, useFullModel, useIndexMutation, useModels } from '../api/index-api';
import { ModelEditor } from '../components/ModelEditor';

/** The index team's model years (draft / published), a new year as a copy, and the editor of one year. */
export function ModelsPage() {
  const { t } = useTranslation('innovationIndex');
  const format = useFormat();
  const models = useModels();
  const [year, setYear] = useState<number | null>(null);
  const [newYear, setNewYear] = useState<number | ''>('');
  const [copyFrom, setCopyFrom] = useState<string | null>(null);
  const model = useFullModel(year);
  const create = useIndexMutation(() => indexApi.createModel({ year: Number(newYear), copyFromYear: copyFrom ? Number(copyFrom) : undefined }));
  if (models.isPending) return <PageLoader />;
  if (models.isError) return <ErrorAlert error={models.error} />;
  const items = [...models.data.items].sort((a, b) => b.year - a.year);
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('editor.title')} intro={t('editor.intro')} />
      <Table.ScrollContainer minWidth={320}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('year')}</Table.Th>
              <Table.Th>{t('status')}</Table.Th>
              <Table.Th>{t('editor.window')}</Table.Th>
              <Table.Th>{t('open')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.year}>
                <Table.Td>{m.year}</Table.Td>
                <Table.Td>{t(`editor.status.${m.status}`)}</Table.Td>
                <Table.Td>{m.windowOpensAt ? `${format.date(m.windowOpensAt)} – ${format.date(m.windowClosesAt)}` : '—'}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="light" onClick={() => setYear(m.year)} aria-label={t('editor.openYear', { year: m.year })}>
                    {t('open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group mt="md" mb="lg" align="end" wrap="wrap">
        <NumberInput label={t('editor.newYear')} value={newYear} min={2015} max={2100} w={140} onChange={(v) => setNewYear(typeof v === 'number' ? v : '')} />
        <Select
          label={t('editor.copyFrom')}
          value={copyFrom}
          onChange={setCopyFrom}
          clearable
          data={items.map((m) => ({ value: String(m.year), label: String(m.year) }))}
          w={160}
        />
        <Button disabled={newYear === ''} loading={create.isPending} onClick={() => create.mutate(undefined, { onSuccess: (m) => setYear(m.year) })}>
          {t('editor.create')}
        </Button>
      </Group>
      <ErrorAlert error={create.error} />
      {year !== null &&
        (model.isPending ? (
          <PageLoader />
        ) : model.isError ? (
          <ErrorAlert error={model.error} />
        ) : (
          <ModelEditor key={`${model.data.year}:${model.data.status}`} model={model.data} />
        ))}
      {year === null && <Text c="dimmed">{t('editor.pick')}</Text>}
    </Container>
  );
}
