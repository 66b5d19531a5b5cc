import { Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AgencyPicker } from '../../admin-agencies/components/AgencyPicker';
import { evaluationApi } from '../api/evaluation-api';
import { useEvaluationAction, useMyConflicts } from '../api/evaluation-queries';

type Kind = 'agency' | 'region' | 'person';

/** An evaluator declares a conflict of interest; from then on the matching proposals are never shown or assigned. */
export function DeclareConflictForm() {
  const { t } = useTranslation('evaluation');
  const mine = useMyConflicts();
  const [kind, setKind] = useState<Kind>('agency');
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [regionCode, setRegionCode] = useState('');
  const [personEmail, setPersonEmail] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);
  const declare = useEvaluationAction(() =>
    evaluationApi.declareConflict(
      kind === 'agency'
        ? { kind, agencyId: agencyId ?? '', reason }
        : kind === 'region'
          ? { kind, regionCode: regionCode.trim(), reason }
          : { kind, personEmail: personEmail.trim(), reason },
    ),
  );
  const submit = () => {
    setDone(false);
    declare.mutate(undefined, {
      onSuccess: () => {
        setDone(true);
        setReason('');
      },
    });
  };
  return (
    <Card withBorder mt="lg">
      <Title order={2} size="h4">
        {t('conflicts.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('conflicts.intro')}
      </Text>
      <Stack gap="xs">
        <SegmentedControl
          aria-label={t('conflicts.kind')}
          value={kind}
          onChange={(v) => setKind(v as Kind)}
          data={(['agency', 'region', 'person'] as const).map((k) => ({ value: k, label: t(`conflicts.kinds.${k}`) }))}
        />
        {kind === 'agency' && <AgencyPicker value={agencyId} onChange={setAgencyId} />}
        {kind === 'region' && (
          <TextInput label={t('conflicts.regionCode')} description={t('conflicts.regionHint')} value={regionCode} onChange={(e) => setRegionCode(e.currentTarget.value)} />
        )}
        {kind === 'person' && <TextInput label={t('conflicts.personEmail')} type="email" value={personEmail} onChange={(e) => setPersonEmail(e.currentTarget.value)} />}
        <TextInput label={t('conflicts.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <ErrorAlert error={declare.error} />
        {done && <Text role="status">{t('conflicts.declared')}</Text>}
        <Group>
          <Button onClick={submit}>{t('conflicts.declare')}</Button>
        </Group>
        {(mine.data?.items ?? []).map((c) => (
          <Text key={c.id} size="sm">
            {t(`conflicts.kinds.${c.kind}`)}: {c.agencyId ? t('conflicts.agencyRecorded') : (c.regionCode ?? c.personEmail)} — {c.reason}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
