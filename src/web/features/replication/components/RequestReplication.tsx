import { Anchor, Button, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { replicationCasePath } from '../../../routes/paths';
import { useRequestReplication } from '../api/replication-api';

/** "Replikasi inovasi ini": for another agency's staff on a published record; opens the request form. */
export function RequestReplication({ innovationId, ownerAgencyId, published }: { innovationId: string; ownerAgencyId: string; published: boolean }) {
  const { t } = useTranslation('replication');
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ problem: '', context: '', leadName: '' });
  const request = useRequestReplication();
  const staff = user?.role === 'agency_admin' || user?.role === 'agency_operator';
  if (!staff || !published || user?.agencyId === ownerAgencyId) return null;
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  return (
    <>
      <Button mt="md" onClick={() => setOpen(true)}>
        {t('request.button')}
      </Button>
      {request.isSuccess ? (
        <Text role="status" mt="xs">
          {t('request.sent')}{' '}
          <Anchor component={Link} to={replicationCasePath(request.data.id)}>
            {t('request.open')}
          </Anchor>
        </Text>
      ) : null}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('request.title')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            request.mutate({ sourceInnovationId: innovationId, ...form }, { onSuccess: () => setOpen(false) });
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('request.intro')}
            </Text>
            <ErrorAlert error={request.error} />
            <Textarea label={t('request.problem')} required minLength={10} autosize minRows={3} value={form.problem} onChange={set('problem')} />
            <Textarea label={t('request.context')} required minLength={10} autosize minRows={2} value={form.context} onChange={set('context')} />
            <TextInput label={t('request.leadName')} required minLength={3} value={form.leadName} onChange={set('leadName')} />
            <Button type="submit" loading={request.isPending}>
              {t('request.submit')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
