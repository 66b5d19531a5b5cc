import { ActionIcon, Anchor, Button, FileInput, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/events';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAddVideo, useRemoveMaterial, useUploadDocument } from '../api/events-api';

/** The organiser's materials: upload a document (a real file, typed by the server), add a video link, remove. */
export function MaterialsEditor({ event }: { event: EventView }) {
  const { t } = useTranslation('events');
  const upload = useUploadDocument(event.id);
  const video = useAddVideo(event.id);
  const remove = useRemoveMaterial(event.id);
  const [docTitle, setDocTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [videoTitle, setVideoTitle] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  return (
    <section aria-labelledby="manage-materials">
      <Title id="manage-materials" order={2} size="h3" mb="sm">
        {t('manage.materials')}
      </Title>
      <Stack gap="xs">
        {event.materials.map((m) => (
          <Group key={m.id} gap="xs" wrap="nowrap">
            <Text size="sm" style={{ overflowWrap: 'anywhere', flex: 1 }}>
              {t(`event.${m.kind}`)}: <Anchor href={m.url ?? '#'}>{m.title}</Anchor>
            </Text>
            <ActionIcon variant="subtle" color="red.9" aria-label={t('manage.remove', { title: m.title })} onClick={() => remove.mutate(m.id)}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <ErrorAlert error={remove.error ?? upload.error ?? video.error} />
        <Group align="end" gap="sm">
          <TextInput label={t('manage.docTitle')} value={docTitle} onChange={(e) => setDocTitle(e.currentTarget.value)} w={220} />
          <FileInput label={t('manage.file')} value={file} onChange={setFile} w={280} clearable />
          <Button
            disabled={!file || !docTitle.trim()}
            loading={upload.isPending}
            onClick={() => file && upload.mutate({ title: docTitle.trim(), file }, { onSuccess: () => (setFile(null), setDocTitle('')) })}
          >
            {t('manage.upload')}
          </Button>
        </Group>
        <Group align="end" gap="sm">
          <TextInput label={t('manage.videoTitle')} value={videoTitle} onChange={(e) => setVideoTitle(e.currentTarget.value)} w={220} />
          <TextInput label={t('manage.videoUrl')} value={videoUrl} onChange={(e) => setVideoUrl(e.currentTarget.value)} w={280} type="url" />
          <Button
            variant="default"
            disabled={!videoTitle.trim() || !videoUrl.trim()}
            loading={video.isPending}
            onClick={() => video.mutate({ title: videoTitle.trim(), url: videoUrl.trim() }, { onSuccess: () => (setVideoTitle(''), setVideoUrl('')) })}
          >
            {t('manage.addVideo')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
