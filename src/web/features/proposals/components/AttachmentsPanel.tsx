import { Anchor, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { type Attachment, proposalsApi } from '../api/proposals-api';
import { useAttachmentChange } from '../api/proposals-queries';

/** The server's default upload limit (`UPLOAD_LIMIT_BYTES`, 10 MiB); a larger file is refused with 413. */
const UPLOAD_LIMIT_MB = 10;

/** Documents of one file question (or of the proposal as a whole): list, upload, remove. */
export function AttachmentsPanel({
  proposalId,
  questionId,
  label,
  attachments,
  editable,
}: {
  proposalId: string;
  questionId: string | null;
  label: string;
  attachments: Attachment[];
  editable: boolean;
}) {
  const { t } = useTranslation('proposals');
  const [file, setFile] = useState<File | null>(null);
  const { upload, remove } = useAttachmentChange(proposalId);
  const mine = attachments.filter((a) => a.questionId === questionId);
  return (
    <Stack gap="xs">
      <Text fw={500}>{label}</Text>
      {mine.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachments.none')}
        </Text>
      ) : (
        <List size="sm">
          {mine.map((a) => (
            <List.Item key={a.id}>
              <Anchor href={proposalsApi.attachmentUrl(proposalId, a.id)} target="_blank" rel="noopener">
                {a.filename}
              </Anchor>{' '}
              ({Math.ceil(a.sizeBytes / 1024)} KB)
              {editable ? (
                <Button variant="subtle" color="red" size="compact-xs" ml="xs" onClick={() => remove.mutate(a.id)} aria-label={t('attachments.remove', { name: a.filename })}>
                  {t('attachments.removeShort')}
                </Button>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
      {editable ? (
        <Group align="flex-end">
          <FileInput
            label={t('attachments.choose', { label })}
            description={t('attachments.accepted', { size: UPLOAD_LIMIT_MB })}
            accept="application/pdf,image/png,image/jpeg,image/webp"
            value={file}
            onChange={setFile}
            clearable
            w={{ base: '100%', xs: 320 }}
          />
          <Button variant="light" disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate({ file, questionId }, { onSuccess: () => setFile(null) })}>
            {t('attachments.upload')}
          </Button>
        </Group>
      ) : null}
      <ErrorAlert error={upload.error ?? remove.error} />
    </Stack>
  );
}
