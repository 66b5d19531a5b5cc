import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CATALOG_KEY } from '../api/catalog-queries';
import type { BulkAction, BulkOutcome, BulkRequest } from '../api/catalog-types';

const bulk = (body: BulkRequest) => api.post<BulkOutcome>('/api/innovations/bulk', body);

/**
 * Bulk submit (operators) or approve / return (agency admins) of the selected records: a preview
 * first says how many move and why the others would not (like the proposals' bulk decision),
 * then one confirmation moves them in one transaction.
 */
export function BulkActionBar({ selected, actions, onDone }: { selected: string[]; actions: BulkAction[]; onDone: () => void }) {
  const { t } = useTranslation('catalog');
  const client = useQueryClient();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [note, setNote] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const preview = useMutation({ mutationFn: (a: BulkAction) => bulk({ action: a, ids: selected, dryRun: true }) });
  const run = useMutation({
    mutationFn: () => bulk({ action: action!, ids: selected, dryRun: false, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: (outcome) => {
      setResult(t('bulk.done', { moved: outcome.moved, skipped: outcome.skipped }));
      setAction(null);
      onDone();
      void client.invalidateQueries({ queryKey: CATALOG_KEY });
    },
  });
  const open = (a: BulkAction) => {
    setAction(a);
    setNote('');
    run.reset();
    preview.mutate(a);
  };
  const skipped = preview.data?.items.filter((i) => !i.moves) ?? [];
  return (
    <Stack gap="xs" mb="sm">
      <Group gap="xs">
        <Text size="sm">{t('bulk.selected', { count: selected.length })}</Text>
        {actions.map((a) => (
          <Button key={a} size="xs" variant="light" disabled={selected.length === 0} onClick={() => open(a)}>
            {t(`bulk.${a}`)}
          </Button>
        ))}
      </Group>
      {result ? (
        <Text size="sm" role="status">
          {result}
        </Text>
      ) : null}
      <Modal opened={action !== null} onClose={() => setAction(null)} title={action ? t(`bulk.${action}`) : ''} centered>
        <Stack>
          {preview.isPending ? <Text>{t('bulk.checking')}</Text> : null}
          <ErrorAlert error={preview.error ?? run.error} />
          {preview.data ? (
            <>
              <Text>{t('bulk.preview', { moved: preview.data.moved, skipped: preview.data.skipped })}</Text>
              {skipped.length > 0 ? (
                <List size="sm" style={{ wordBreak: 'break-word' }}>
                  {skipped.map((i) => (
                    <List.Item key={i.id}>
                      {i.title ?? t('bulk.unknown')}: {i.message}
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </>
          ) : null}
          {action === 'return' ? (
            <Textarea label={t('bulk.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} minLength={5} maxLength={2000} required autosize minRows={2} />
          ) : null}
          <DialogActions
            submitLabel={t('bulk.confirm', { count: preview.data?.moved ?? 0 })}
            busy={run.isPending}
            disabled={!preview.data || preview.data.moved === 0 || (action === 'return' && note.trim().length < 5)}
            onSubmit={() => run.mutate()}
            onCancel={() => setAction(null)}
          />
        </Stack>
      </Modal>
    </Stack>
  );
}
