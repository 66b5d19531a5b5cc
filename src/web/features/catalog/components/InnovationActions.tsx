import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { editInnovationPath, innovationHistoryPath, paths } from '../../../routes/paths';
import type { InnovationView } from '../api/catalog-types';
import { useDeleteInnovation, useTransition } from '../api/catalog-queries';
import { NoteDialog } from './NoteDialog';
import { StatusDialog } from './StatusDialog';

type Dialog = 'submit' | 'approve' | 'return' | 'unpublish' | 'delete' | 'status' | null;

/** What the signed-in staff member may do with this record; the server enforces the same rules. */
export function InnovationActions({ view, onMessage }: { view: InnovationView; onMessage: (message: string) => void }) {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const move = useTransition(view.id);
  const remove = useDeleteInnovation(view.id);
  const close = () => setDialog(null);
  const open = (which: Dialog) => {
    move.reset();
    remove.reset();
    setDialog(which);
  };
  const run = (action: 'submit' | 'approve' | 'return' | 'unpublish', message: string, note?: string) =>
    move.mutate(
      { action, ...(note ? { note } : {}) },
      {
        onSuccess: () => {
          close();
          onMessage(message);
        },
      },
    );
  const can = view.can;
  const editable = can.edit;
  if (!can.edit && !can.submit && !can.approve && !can.unpublish && !can.delete && !can.viewHistory) return null;
  return (
    <>
      <Group gap="sm" mb="md">
        {editable ? (
          <Button component={Link} to={editInnovationPath(view.id)} variant="light">
            {t('actions.edit')}
          </Button>
        ) : null}
        {can.submit ? <Button onClick={() => open('submit')}>{t('actions.submit')}</Button> : null}
        {can.approve ? <Button onClick={() => open('approve')}>{t('actions.approve')}</Button> : null}
        {can.approve ? (
          <Button variant="light" color="orange" onClick={() => open('return')}>
            {t('actions.return')}
          </Button>
        ) : null}
        {editable && view.workflowState !== 'draft' ? (
          <Button variant="light" onClick={() => open('status')}>
            {t('actions.confirmStatus')}
          </Button>
        ) : null}
        {can.unpublish ? (
          <Button variant="light" color="red" onClick={() => open('unpublish')}>
            {t('actions.unpublish')}
          </Button>
        ) : null}
        {can.delete ? (
          <Button variant="subtle" color="red" onClick={() => open('delete')}>
            {t('actions.delete')}
          </Button>
        ) : null}
        {can.viewHistory ? (
          <Button component={Link} to={innovationHistoryPath(view.id)} variant="subtle">
            {t('detail.history')}
          </Button>
        ) : null}
      </Group>

      <ConfirmDialog
        opened={dialog === 'submit'}
        title={t('actions.confirmSubmitTitle')}
        body={t('actions.confirmSubmitBody')}
        confirmLabel={t('actions.submit')}
        busy={move.isPending}
        error={move.error}
        onConfirm={() => run('submit', t('actions.submitted'))}
        onClose={close}
      />
      <ConfirmDialog
        opened={dialog === 'approve'}
        title={t('actions.confirmApproveTitle')}
        body={t('actions.confirmApproveBody', { title: view.title })}
        confirmLabel={t('actions.approve')}
        busy={move.isPending}
        error={move.error}
        onConfirm={() => run('approve', t('actions.approved'))}
        onClose={close}
      />
      <NoteDialog
        opened={dialog === 'return'}
        title={t('actions.returnTitle')}
        confirmLabel={t('actions.return')}
        busy={move.isPending}
        error={move.error}
        onConfirm={(note) => run('return', t('actions.returned'), note)}
        onClose={close}
      />
      <NoteDialog
        opened={dialog === 'unpublish'}
        title={t('actions.unpublishTitle')}
        confirmLabel={t('actions.unpublish')}
        busy={move.isPending}
        error={move.error}
        onConfirm={(note) => run('unpublish', t('actions.unpublished'), note)}
        onClose={close}
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('actions.confirmDeleteTitle')}
        body={t('actions.confirmDeleteBody', { title: view.title })}
        confirmLabel={t('actions.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(paths.myInnovations) })}
        onClose={close}
      />
      <StatusDialog
        view={view}
        opened={dialog === 'status'}
        onClose={close}
        onDone={() => {
          close();
          onMessage(t('actions.confirmed'));
        }}
      />
    </>
  );
}
