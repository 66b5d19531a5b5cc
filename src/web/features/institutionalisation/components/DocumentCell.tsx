import { Anchor, Button, FileInput, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionalisationDocumentSection, InstitutionalisationView } from '../../../../common/institutionalisation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { documentUrl, useDocumentUpload } from '../api/institutionalisation-api';

export type DocumentFile = InstitutionalisationView['legalBases'][number]['document'];

/** The document of a legal basis or plan: a download link, and for the agency's staff a picker to upload or replace it. */
export function DocumentCell(props: { innovationId: string; section: InstitutionalisationDocumentSection; itemId: string; entry: string; file: DocumentFile; canEdit: boolean }) {
  const { t } = useTranslation('institutionalisation');
  const [picked, setPicked] = useState<File | null>(null);
  const upload = useDocumentUpload(props.innovationId, props.section, props.itemId, t('record.docFailed'));
  return (
    <Stack gap={4} mt={4}>
      {props.file ? (
        <Anchor href={documentUrl(props.innovationId, props.section, props.itemId)} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('record.docDownload', { name: props.file.name })}
        </Anchor>
      ) : null}
      {props.canEdit ? (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <FileInput
            size="xs"
            label={t('record.document')}
            aria-label={t('record.docLabel', { name: props.entry })}
            accept="application/pdf,image/png,image/jpeg,image/webp"
            value={picked}
            onChange={setPicked}
            clearable
            w={{ base: '100%', xs: 240 }}
          />
          <Button size="xs" variant="light" disabled={!picked} loading={upload.isPending} onClick={() => picked && upload.mutate(picked, { onSuccess: () => setPicked(null) })}>
            {t('record.docUpload')}
          </Button>
        </Group>
      ) : null}
      {upload.error ? <ErrorAlert error={upload.error} /> : null}
    </Stack>
  );
}
