import { Alert, Checkbox, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminCheckApi, type BulkResult, type CheckFilter, type DecisionBody } from '../api/admin-check-api';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';

const CHECKLIST = ['ageOk', 'complete', 'noNonsense', 'noDuplicate'] as const;

/** Who a decision is for: one proposal, the ticked ones, or everything the list's filter matches. */
export type DecisionTarget =
  { kind: 'one'; proposalId: string; number: string } | { kind: 'selected'; proposalIds: string[] } | { kind: 'filter'; filter: CheckFilter; total: number };

/**
 * Pass or fail with the checklist and reason. For more than one proposal it first asks the
 * server (a dry run) exactly what would change — pending → passed, failed → passed, … — and
 * leaves decided proposals as they are unless the secretariat ticks the extra choice to
 * overturn them; the server applies the same rule.
 */
export function DecisionDialog({
  decision,
  target,
  onClose,
  onDone,
}: {
  decision: 'passed' | 'failed';
  target: DecisionTarget;
  onClose: () => void;
  onDone: (result: BulkResult | null) => void;
}) {
  const { t } = useTranslation('proposals');
  const [reason, setReason] = useState('');
  const [checklist, setChecklist] = useState<string[]>([]);
  const [overturn, setOverturn] = useState(false);
  const bulk = target.kind !== 'one';
  const scope = target.kind === 'selected' ? { proposalIds: target.proposalIds } : target.kind === 'filter' ? { filter: target.filter } : {};
  const preview = useQuery({
    queryKey: ['admin-checks', 'preview', decision, scope],
    queryFn: () => adminCheckApi.bulk({ decision, ...scope, dryRun: true, overturnDecided: true }),
    enabled: bulk,
    gcTime: 0,
  });
  const save = useMutation({
    mutationFn: async () => {
      const ticks = Object.fromEntries(CHECKLIST.map((item) => [item, checklist.includes(item)]));
      const body: DecisionBody = { decision, ...(reason.trim() ? { reason: reason.trim() } : {}), checklist: ticks };
      if (target.kind === 'one') {
        await adminCheckApi.decide(target.proposalId, body);
        return null;
      }
      return adminCheckApi.bulk({ ...body, ...scope, overturnDecided: overturn });
    },
    onSuccess: onDone,
  });
  const c = preview.data?.changes;
  const decided = c ? c.passedToFailed + c.failedToPassed : 0;
  const changing = c ? (decision === 'passed' ? c.pendingToPassed : c.pendingToFailed) + (overturn ? decided : 0) : 0;
  const title = t(decision === 'passed' ? 'check.passTitle' : 'check.failTitle');
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('dialogs.close') }}>
      <Stack>
        <ErrorAlert error={save.error ?? preview.error} />
        <Text size="sm">
          {target.kind === 'one'
            ? target.number
            : target.kind === 'selected'
              ? t('check.selectedCount', { count: target.proposalIds.length })
              : t('check.filteredCount', { count: target.total })}
        </Text>
        {bulk && preview.isPending ? <PageLoader /> : null}
        {c ? (
          <section aria-label={t('bulk.summaryLabel')}>
            <Text size="sm" fw={600}>
              {t('bulk.willChange', { count: changing })}
            </Text>
            <List size="sm">
              {decision === 'passed' ? (
                <List.Item>{t('bulk.pendingToPassed', { count: c.pendingToPassed })}</List.Item>
              ) : (
                <List.Item>{t('bulk.pendingToFailed', { count: c.pendingToFailed })}</List.Item>
              )}
              {decided > 0 ? <List.Item>{t(decision === 'passed' ? 'bulk.failedToPassed' : 'bulk.passedToFailed', { count: decided })}</List.Item> : null}
              {preview.data!.skipped.length > 0 ? <List.Item>{t('bulk.unchanged', { count: preview.data!.skipped.length })}</List.Item> : null}
            </List>
            {decided > 0 ? (
              <Alert color="orange" variant="light" mt="sm" title={t('bulk.decidedTitle', { count: decided })}>
                <Checkbox
                  checked={overturn}
                  onChange={(e) => setOverturn(e.currentTarget.checked)}
                  label={t(decision === 'passed' ? 'bulk.overturnToPassed' : 'bulk.overturnToFailed', { count: decided })}
                  description={t('bulk.overturnHelp')}
                />
              </Alert>
            ) : null}
          </section>
        ) : null}
        <Checkbox.Group label={t('check.checklist')} value={checklist} onChange={setChecklist}>
          <Stack gap={4} mt={4}>
            {CHECKLIST.map((item) => (
              <Checkbox key={item} value={item} label={t(`check.items.${item}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('check.reason')}
          description={t('check.reasonHelp')}
          required={decision === 'failed'}
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <DialogActions
          onCancel={onClose}
          submitLabel={bulk ? t('bulk.confirm', { count: changing }) : t('check.confirm')}
          onSubmit={() => save.mutate()}
          busy={save.isPending}
          disabled={bulk && (!c || changing === 0)}
          color={decision === 'failed' ? 'red' : 'teal'}
        />
      </Stack>
    </Modal>
  );
}
