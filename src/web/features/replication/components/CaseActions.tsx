import { Button, Checkbox, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_OUTCOMES, type CaseOutcome } from '../../../../common/replication';
import type { CaseView } from '../../../../common/replication-views';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { type CaseAction, useCaseAction, useMentors } from '../api/replication-api';

/** The decisions the caller may take now (from the case's `can`): each a small form. */
export function CaseActions({ view, onDone }: { view: CaseView; onDone: (message: string) => void }) {
  const { t } = useTranslation('replication');
  const action = useCaseAction(view.id);
  const mentors = useMentors(view.can.assignMentor);
  const [reason, setReason] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [override, setOverride] = useState(false);
  const [agreement, setAgreement] = useState({ number: '', date: '', document: '' });
  const [outcome, setOutcome] = useState<CaseOutcome>('replicated');
  const run = (a: CaseAction) => action.mutate(a, { onSuccess: () => onDone(t('case.saved')) });
  const c = view.can;
  if (!c.accept && !c.decline && !c.assignMentor && !c.agree && !c.start && !c.complete && !c.stop) return null;
  const needsReason = c.decline || c.stop;
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="case-actions">
      <Title order={2} size="h4" id="case-actions" mb="sm">
        {t('case.actions')}
      </Title>
      <ErrorAlert error={action.error} />
      <Stack gap="sm">
        {needsReason || c.accept ? <TextInput label={t('case.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} /> : null}
        <Group gap="sm" wrap="wrap">
          {c.accept ? <Button onClick={() => run({ kind: 'accept', ...(reason ? { reason } : {}) })}>{t('case.accept')}</Button> : null}
          {c.decline ? (
            <Button color="red" variant="light" onClick={() => run({ kind: 'decline', reason })}>
              {t('case.decline')}
            </Button>
          ) : null}
          {c.start ? <Button onClick={() => run({ kind: 'start' })}>{t('case.start')}</Button> : null}
          {c.stop ? (
            <Button color="orange" variant="light" onClick={() => run({ kind: 'stop', reason })}>
              {t('case.stop')}
            </Button>
          ) : null}
        </Group>
        {c.assignMentor ? (
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('case.chooseMentor')}
              value={mentorId}
              onChange={(e) => setMentorId(e.currentTarget.value)}
              data={[
                { value: '', label: '—' },
                ...(mentors.data ?? [])
                  .filter((m) => m.active)
                  .map((m) => ({ value: m.id, label: `${m.user.name} · ${m.hub?.name ?? '—'} (${m.activeCases}/${m.maxActiveCases})` })),
              ]}
            />
            {c.overrideMentorRules ? <Checkbox label={t('case.override')} checked={override} onChange={(e) => setOverride(e.currentTarget.checked)} /> : null}
            <Button disabled={!mentorId} onClick={() => run({ kind: 'mentor', mentorId, override })}>
              {t('case.assign')}
            </Button>
          </Group>
        ) : null}
        {c.agree ? (
          <Group align="flex-end" wrap="wrap">
            <TextInput label={t('case.agreementNumber')} value={agreement.number} onChange={(e) => setAgreement({ ...agreement, number: e.currentTarget.value })} />
            <TextInput type="date" label={t('case.agreementDate')} value={agreement.date} onChange={(e) => setAgreement({ ...agreement, date: e.currentTarget.value })} />
            <TextInput label={t('case.agreementDocument')} value={agreement.document} onChange={(e) => setAgreement({ ...agreement, document: e.currentTarget.value })} />
            <Button onClick={() => run({ kind: 'agreement', number: agreement.number, date: agreement.date, document: agreement.document || null })}>
              {t('case.saveAgreement')}
            </Button>
          </Group>
        ) : null}
        {c.complete ? (
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('case.outcome')}
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value as CaseOutcome)}
              data={CASE_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
            />
            <Button color="green" onClick={() => run({ kind: 'complete', outcome })}>
              {t('case.complete')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
