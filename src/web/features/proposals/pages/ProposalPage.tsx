import { Alert, Anchor, Badge, Button, Container, Group, List, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type MouseEvent, type ReactNode, useMemo, useState } from 'react';
import { isAnswered } from '../../../../common/competitions';
import { localText } from '../../../../common/format';
import { isApiError } from '../../../api/client';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useCompetition } from '../../competitions/api/competitions-queries';
import type { Competition } from '../../competitions/api/competitions-api';
import { TimeZoneSelect } from '../../competitions/components/TimeZoneSelect';
import { formatInZone, useTimeZone } from '../../competitions/time-zone';
import type { Proposal } from '../api/proposals-api';
import { useMarkReady, useProposal, useReceipt, useReopen, useReturnProposal, useSubmitProposal, useWithdraw } from '../api/proposals-queries';
import { AnswerField } from '../components/AnswerField';
import { AttachmentsPanel } from '../components/AttachmentsPanel';
import { ProposalStatusBadge } from '../components/ProposalStatusBadge';
import { ReceiptPanel } from '../components/ReceiptPanel';
import { readBackup, useDraftAutosave } from '../use-draft-autosave';

/** Moves to a missing question and puts the cursor in its first field. */
function jumpTo(event: MouseEvent, questionId: string) {
  const target = document.getElementById(`question-${questionId}`);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.querySelector<HTMLElement>('input, textarea, select, button')?.focus({ preventScroll: true });
}

/** A proposal: the numbered form with autosave, its documents, and the actions its status allows. */
export function ProposalPage() {
  const { id } = useParams();
  const proposal = useProposal(id);
  const competition = useCompetition(proposal.data?.competition.id);
  if (proposal.isPending || (proposal.isSuccess && competition.isPending)) return <PageLoader />;
  if (proposal.isError) return <ErrorAlert error={proposal.error} />;
  if (competition.isError) return <ErrorAlert error={competition.error} />;
  return <ProposalEditor key={proposal.data.id} proposal={proposal.data} competition={competition.data!} />;
}

function ProposalEditor({ proposal: p, competition: c }: { proposal: Proposal; competition: Competition }) {
  const { t, i18n } = useTranslation('proposals');
  const [zone] = useTimeZone();
  const editable = p.can.edit;
  const draft = useDraftAutosave(p, c.questions, editable);
  const [backup] = useState(() => {
    const stored = readBackup(p.id);
    return stored && new Date(stored.savedAt) > new Date(p.updatedAt) && editable ? stored : null;
  });
  const [restored, setRestored] = useState(false);
  const ready = useMarkReady(p.id);
  const reopen = useReopen(p.id);
  const giveBack = useReturnProposal(p.id);
  const withdraw = useWithdraw(p.id);
  const submit = useSubmitProposal(p.id);
  const receipt = useReceipt(p.id, p.status === 'submitted' || p.status === 'withdrawn');
  // One key for this page's intent to submit: a double click or a retry cannot submit twice.
  const submissionKey = useMemo(() => crypto.randomUUID(), []);
  const [dialog, setDialog] = useState<'return' | 'withdraw' | 'submit' | null>(null);
  const [text, setText] = useState('');
  const busySaving = draft.state === 'pending' || draft.state === 'saving';
  const actionError = ready.error ?? reopen.error ?? giveBack.error ?? withdraw.error ?? submit.error;
  // After the server refused "ready"/submit for missing answers: those still empty, highlighted and linked.
  const refusedMissing = isApiError(actionError) && actionError.code === 'ANSWERS_MISSING';
  const missing = refusedMissing
    ? c.questions.filter((q) => q.required && (q.answerType === 'file' ? !p.attachments.some((a) => a.questionId === q.id) : !isAnswered(draft.answers[q.id])))
    : [];
  const missingIds = new Set(missing.map((q) => q.id));

  const saveState: Record<typeof draft.state, string> = {
    idle: t('editor.saveIdle'),
    pending: t('editor.savePending'),
    saving: t('editor.saving'),
    saved: t('editor.saved'),
    blocked: t('editor.saveBlocked'),
  };

  return (
    <Container size="md" px={0}>
      <PageHeader title={p.title} intro={`${p.number} · ${c.name}`} actions={<ProposalStatusBadge status={p.status} />} />
      <Group justify="space-between" mb="md" align="flex-end">
        <Stack gap={2}>
          <Text size="sm">
            {t('fields.group')}: <strong>{p.group.name}</strong> · {t('fields.category')}: <strong>{p.category.name}</strong>
          </Text>
          <Text size="sm">
            {t('fields.deadline')}: {formatInZone(c.submissionDeadline, zone, i18n.language)}
          </Text>
        </Stack>
        <TimeZoneSelect />
      </Group>

      <Stack gap="md">
        {receipt.data ? <ReceiptPanel receipt={receipt.data} /> : submit.data ? <ReceiptPanel receipt={submit.data} /> : null}
        {p.adminCheck && p.adminCheck.status !== 'pending' ? (
          <Alert color={p.adminCheck.status === 'passed' ? 'teal' : 'red'} title={t(`check.${p.adminCheck.status}`)}>
            {p.adminCheck.reason ?? t('check.noReason')}
          </Alert>
        ) : null}
        {p.status === 'withdrawn' ? <Alert color="gray">{t('withdrawnNote', { reason: p.withdrawReason ?? '' })}</Alert> : null}
        {p.returns.length > 0 && p.status !== 'submitted' ? (
          <Alert color="orange" title={t('returns.title')}>
            <Stack gap={4}>
              {p.returns.map((r) => (
                <Text key={r.returnedAt} size="sm">
                  {formatInZone(r.returnedAt, zone, i18n.language)} · {r.returnedBy}: {r.comment}
                </Text>
              ))}
            </Stack>
          </Alert>
        ) : null}
        {backup && !restored ? (
          <Alert color="blue" title={t('editor.backupTitle')}>
            <Group>
              <Text size="sm">{t('editor.backupBody', { time: formatInZone(backup.savedAt, zone, i18n.language) })}</Text>
              <Button
                size="xs"
                onClick={() => {
                  draft.restore(backup);
                  setRestored(true);
                }}
              >
                {t('editor.restore')}
              </Button>
            </Group>
          </Alert>
        ) : null}

        <ActionBar>
          {editable ? (
            <Text size="sm" role="status" aria-live="polite" c={draft.state === 'blocked' ? 'red' : 'dimmed'}>
              {saveState[draft.state]}
            </Text>
          ) : null}
          {p.can.markReady ? (
            <Button onClick={() => ready.mutate()} loading={ready.isPending} disabled={busySaving}>
              {t('actions.markReady')}
            </Button>
          ) : null}
          {p.can.reopen ? (
            <Button variant="default" onClick={() => reopen.mutate()} loading={reopen.isPending}>
              {t('actions.reopen')}
            </Button>
          ) : null}
          {p.can.return ? (
            <Button variant="light" color="orange" onClick={() => setDialog('return')}>
              {t('actions.return')}
            </Button>
          ) : null}
          {p.can.submit ? (
            <Button color="teal" onClick={() => setDialog('submit')} disabled={busySaving}>
              {t('actions.submit')}
            </Button>
          ) : null}
          {p.can.withdraw ? (
            <Button variant="light" color="red" onClick={() => setDialog('withdraw')}>
              {t('actions.withdraw')}
            </Button>
          ) : null}
        </ActionBar>
        <ErrorAlert error={actionError ?? draft.error} />
        {missing.length > 0 ? (
          <Alert color="red" variant="light" title={t('editor.missingTitle')}>
            <List size="sm">
              {missing.map((q) => (
                <List.Item key={q.id}>
                  <Anchor href={`#question-${q.id}`} onClick={(event) => jumpTo(event, q.id)}>
                    {t('editor.missingLink', { number: q.number, title: localText(q.title, q.titleEn, i18n.language) })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}

        <Title order={2} size="h3">
          {t('editor.formTitle')}
        </Title>
        {c.questions.map((q) =>
          q.answerType === 'file' ? (
            <Paper key={q.id} id={`question-${q.id}`} withBorder p="md" style={missingIds.has(q.id) ? { borderColor: 'var(--mantine-color-error)', borderWidth: 2 } : undefined}>
              <AttachmentsPanel
                proposalId={p.id}
                questionId={q.id}
                label={`${q.number}. ${localText(q.title, q.titleEn, i18n.language)}${q.required ? ' *' : ''}`}
                attachments={p.attachments}
                editable={editable}
              />
            </Paper>
          ) : (
            <div key={q.id} id={`question-${q.id}`}>
              <AnswerField question={q} value={draft.answers[q.id]} onChange={(v) => draft.change(q.id, v)} readOnly={!editable} missing={missingIds.has(q.id)} />
            </div>
          ),
        )}
        <Paper withBorder p="md">
          <AttachmentsPanel proposalId={p.id} questionId={null} label={t('attachments.general')} attachments={p.attachments} editable={editable} />
        </Paper>
        {p.contentHash ? (
          <Badge variant="outline" tt="none">
            SHA-256 {p.contentHash.slice(0, 16)}…
          </Badge>
        ) : null}
      </Stack>

      <Modal opened={dialog !== null} onClose={() => setDialog(null)} title={dialog ? t(`dialogs.${dialog}.title`) : ''} closeButtonProps={{ 'aria-label': t('dialogs.close') }}>
        <Stack>
          <ErrorAlert error={actionError} />
          {dialog === 'submit' ? <Text>{t('dialogs.submit.body', { deadline: formatInZone(c.submissionDeadline, zone, i18n.language) })}</Text> : null}
          {dialog === 'return' || dialog === 'withdraw' ? (
            <Textarea label={t(`dialogs.${dialog}.label`)} required autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} data-autofocus />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('dialogs.cancel')}
            </Button>
            <Button
              color={dialog === 'withdraw' ? 'red' : dialog === 'submit' ? 'teal' : undefined}
              loading={submit.isPending || giveBack.isPending || withdraw.isPending}
              onClick={() => {
                const done = { onSuccess: () => setDialog(null) };
                if (dialog === 'submit') submit.mutate(submissionKey, done);
                if (dialog === 'return') giveBack.mutate(text.trim(), done);
                if (dialog === 'withdraw') withdraw.mutate(text.trim(), done);
              }}
            >
              {dialog ? t(`dialogs.${dialog}.confirm`) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  );
}

function ActionBar({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder p="sm" style={{ position: 'sticky', top: 0, zIndex: 2 }}>
      <Group gap="sm">{children}</Group>
    </Paper>
  );
}
