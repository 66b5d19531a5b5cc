import { Anchor, Button, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { documentUrl } from '../api/catalog-api';
import type { InnovationView } from '../api/catalog-types';
import { useDocumentChange } from '../api/catalog-queries';
import { formatBytes } from './format';

/** Supporting documents of a saved record: list, upload, remove. */
export function DocumentsPanel({ view }: { view: InnovationView }) {
  const { t } = useTranslation('catalog');
  const [file, setFile] = useState<File | null>(null);
  const { upload, remove } = useDocumentChange(view.id);
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h3">
        {t('documents.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('documents.hint', { size: '10 MB' })}
      </Text>
      {view.documents.length > 0 ? (
        <List size="sm">
          {view.documents.map((d) => (
            <List.Item key={d.id}>
              <Anchor href={documentUrl(view.id, d.id)} download={d.filename}>
                {d.filename}
              </Anchor>{' '}
              ({formatBytes(d.sizeBytes)})
              <Button
                variant="subtle"
                color="red"
                size="compact-xs"
                ml="xs"
                loading={remove.isPending && remove.variables === d.id}
                onClick={() => remove.mutate(d.id)}
                aria-label={t('documents.remove', { name: d.filename })}
              >
                {t('documents.removeShort')}
              </Button>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('detail.noDocuments')}</Text>
      )}
      <Group align="flex-end">
        <FileInput label={t('documents.choose')} accept="application/pdf,image/png,image/jpeg,image/webp" value={file} onChange={setFile} clearable w={{ base: '100%', xs: 320 }} />
        <Button variant="light" disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}>
          {t('documents.upload')}
        </Button>
      </Group>
      <ErrorAlert error={upload.error ?? remove.error} />
    </Stack>
  );
}
