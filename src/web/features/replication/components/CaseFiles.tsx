import { Anchor, Button, FileInput, Group, List, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../common/replication-views';
import { ApiError } from '../../../api/api-error';
import { apiUrl } from '../../../api/client';
import { postFile } from '../../../api/upload';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../utils/use-format';

type CaseFile = CaseView['files'][number];

export const caseFileUrl = (caseId: string, fileId: string) => apiUrl(`/api/replications/${encodeURIComponent(caseId)}/files/${encodeURIComponent(fileId)}`);

/** Links to a case's files (the agreement's documents, or one log entry's photos). */
export function FileLinks({ caseId, files }: { caseId: string; files: CaseFile[] }) {
  const format = useFormat();
  if (files.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {files.map((f) => (
        <List.Item key={f.id}>
          <Anchor href={caseFileUrl(caseId, f.id)} target="_blank" rel="noopener" style={{ overflowWrap: 'anywhere' }}>
            {f.filename}
          </Anchor>{' '}
          <Text span size="xs" c="dimmed">
            ({format.number(Math.max(1, Math.round(f.sizeBytes / 1024)))} KB)
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** One file picker and an upload button; the case is refreshed from the server's answer. */
export function FileUpload({ caseId, url, label, accept }: { caseId: string; url: string; label: string; accept: string }) {
  const { t } = useTranslation('replication');
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async (f: File) => {
      const { status, body } = await postFile<CaseView & { error?: { code: string; message: string } }>(url, f);
      if (status !== 201) throw new ApiError(body?.error?.code ?? 'UPLOAD_FAILED', body?.error?.message ?? t('files.failed'), status);
      return body;
    },
    onSuccess: (view) => {
      qc.setQueryData(['replication', 'case', caseId], view);
      setFile(null);
    },
  });
  return (
    <>
      <ErrorAlert error={upload.error} />
      <Group align="flex-end" wrap="wrap" gap="xs">
        <FileInput label={label} accept={accept} value={file} onChange={setFile} clearable w={{ base: '100%', xs: 260 }} />
        <Button variant="light" disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('files.upload')}
        </Button>
      </Group>
    </>
  );
}
