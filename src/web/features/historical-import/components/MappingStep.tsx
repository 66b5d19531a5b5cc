import { Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ColumnMapping, HISTORICAL_FIELDS, type HistoricalField, type HistoricalUpload } from '../../../../common/historical-import';

export interface SaveChoice {
  save: boolean;
  name: string;
  global: boolean;
}

/** Step 2: each file column → a profile field (suggested by name, or a saved mapping), or ignored. */
export function MappingStep(props: {
  upload: HistoricalUpload;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  save: SaveChoice;
  onSave: (save: SaveChoice) => void;
  onNext: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('historicalImport');
  const { upload, mapping } = props;
  const fieldOptions = [{ value: '', label: t('mapping.ignore') }, ...HISTORICAL_FIELDS.map((f) => ({ value: f, label: t(`fields.${f}`) }))];
  const applySaved = (id: string) => {
    const saved = upload.saved.find((s) => s.id === id);
    const source = saved ? saved.mapping : upload.suggested;
    props.onMapping(Object.fromEntries(upload.headers.filter((h) => source[h]).map((h) => [h, source[h] as HistoricalField])));
  };
  return (
    <Stack>
      <Text>{t('mapping.intro', { filename: upload.filename, rows: upload.rows })}</Text>
      {upload.saved.length > 0 ? (
        <NativeSelect
          label={t('mapping.saved')}
          maw={400}
          data={[{ value: '', label: t('mapping.savedNone') }, ...upload.saved.map((s) => ({ value: s.id, label: s.name }))]}
          onChange={(e) => applySaved(e.currentTarget.value)}
        />
      ) : null}
      <Table.ScrollContainer minWidth={300}>
        <Table striped style={{ wordBreak: 'break-word' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mapping.column')}</Table.Th>
              <Table.Th>{t('mapping.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {upload.headers.map((header) => (
              <Table.Tr key={header}>
                <Table.Td>{header}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`${t('mapping.field')}: ${header}`}
                    data={fieldOptions}
                    value={mapping[header] ?? ''}
                    onChange={(e) => {
                      const next = { ...mapping };
                      const value = e.currentTarget.value as HistoricalField | '';
                      if (value) next[header] = value;
                      else delete next[header];
                      props.onMapping(next);
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Checkbox label={t('mapping.save')} checked={props.save.save} onChange={(e) => props.onSave({ ...props.save, save: e.currentTarget.checked })} />
      {props.save.save ? (
        <Group align="flex-end">
          <TextInput
            label={t('mapping.saveName')}
            value={props.save.name}
            onChange={(e) => props.onSave({ ...props.save, name: e.currentTarget.value })}
            maxLength={100}
            required
          />
          <Checkbox label={t('mapping.saveGlobal')} checked={props.save.global} onChange={(e) => props.onSave({ ...props.save, global: e.currentTarget.checked })} />
        </Group>
      ) : null}
      <Group>
        <Button onClick={props.onNext} loading={props.busy}>
          {t('mapping.next')}
        </Button>
      </Group>
    </Stack>
  );
}
