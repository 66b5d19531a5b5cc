import { Button, Group, NativeSelect, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HUB_ACTIVITY_KINDS, HUB_MEMBER_KINDS, type HubActivityKind, type HubMemberKind } from '../../../../common/replication';
import type { HubView } from '../../../../common/replication-views';
import { api } from '../../../api/client';
import type { HubActivityEntry, NewHubActivity, NewHubMember } from '../api/network-admin-api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AgencyPicker } from '../../admin-agencies/components/AgencyPicker';

/** The coordinator's forms on the hub page: a member, a planned activity, an activity done. */
export function HubForms({ hub }: { hub: HubView }) {
  const { t } = useTranslation('replication');
  const qc = useQueryClient();
  const post = useMutation({
    mutationFn: ({ path, body }: { path: 'members'; body: NewHubMember } | { path: 'activities'; body: NewHubActivity } | { path: 'activity-log'; body: HubActivityEntry }) =>
      api.post<HubView>(`/api/hubs/${encodeURIComponent(hub.id)}/${path}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['replication', 'hub', hub.id] }),
  });
  const [member, setMember] = useState<NewHubMember>({ agencyId: '', kind: 'agency' });
  const [activity, setActivity] = useState<{ kind: HubActivityKind; title: string; targetCount: number | string; targetUnit: string }>({
    kind: 'mentoring',
    title: '',
    targetCount: 1,
    targetUnit: '',
  });
  const [entry, setEntry] = useState<{ kind: HubActivityKind; heldOn: string; participants: number | string; notes: string }>({
    kind: 'mentoring',
    heldOn: '',
    participants: 0,
    notes: '',
  });
  const kinds = HUB_ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKinds.${k}`) }));
  return (
    <Paper withBorder p="md" mb="md">
      <ErrorAlert error={post.error} />
      <Stack>
        <Title order={2} size="h4">
          {t('hubs.addMember')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <AgencyPicker value={member.agencyId || null} onChange={(v) => setMember({ ...member, agencyId: v ?? '' })} />
          <NativeSelect
            label={t('hubs.kind')}
            value={member.kind}
            onChange={(e) => setMember({ ...member, kind: e.currentTarget.value as HubMemberKind })}
            data={HUB_MEMBER_KINDS.map((k) => ({ value: k, label: t(`memberKinds.${k}`) }))}
          />
          <Button onClick={() => post.mutate({ path: 'members', body: member })}>{t('hubs.addMember')}</Button>
        </Group>
        <Title order={2} size="h4">
          {t('hubs.addActivity')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect label={t('hubs.kind')} value={activity.kind} onChange={(e) => setActivity({ ...activity, kind: e.currentTarget.value as HubActivityKind })} data={kinds} />
          <TextInput label={t('hubs.activityTitle')} value={activity.title} onChange={(e) => setActivity({ ...activity, title: e.currentTarget.value })} />
          <NumberInput label={t('hubs.targetCount')} w={100} min={0} value={activity.targetCount} onChange={(v) => setActivity({ ...activity, targetCount: v })} />
          <TextInput label={t('hubs.targetUnit')} w={120} value={activity.targetUnit} onChange={(e) => setActivity({ ...activity, targetUnit: e.currentTarget.value })} />
          <Button onClick={() => post.mutate({ path: 'activities', body: { ...activity, year: hub.year, targetCount: Number(activity.targetCount) } })}>
            {t('hubs.addActivity')}
          </Button>
        </Group>
        <Title order={2} size="h4">
          {t('hubs.addLog')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect label={t('hubs.kind')} value={entry.kind} onChange={(e) => setEntry({ ...entry, kind: e.currentTarget.value as HubActivityKind })} data={kinds} />
          <TextInput type="date" label={t('hubs.heldOn')} value={entry.heldOn} onChange={(e) => setEntry({ ...entry, heldOn: e.currentTarget.value })} />
          <NumberInput label={t('hubs.participantsLabel')} w={110} min={0} value={entry.participants} onChange={(v) => setEntry({ ...entry, participants: v })} />
          <TextInput label={t('hubs.notes')} value={entry.notes} onChange={(e) => setEntry({ ...entry, notes: e.currentTarget.value })} />
          <Button onClick={() => post.mutate({ path: 'activity-log', body: { ...entry, participants: Number(entry.participants) } })}>{t('hubs.addLog')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
