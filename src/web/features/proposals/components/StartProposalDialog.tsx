import { Checkbox, Modal, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localText } from '../../../../common/format';
import { useNavigate } from 'react-router-dom';
import { SDG_NUMBERS } from '../../../../common/competitions';
import { api } from '../../../api/client';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DialogActions } from '../../../components/DialogActions';
import { proposalPath } from '../../../routes/paths';
import type { AgencyView } from '../../../../common/agencies';
import type { Category, WorkspaceItem } from '../../catalog/api/catalog-types';
import type { Competition } from '../../competitions/api/competitions-api';
import { useStartProposal } from '../api/proposals-queries';

/**
 * Starting a proposal: group and category, then the innovation — one of the agency's catalog
 * records, or a new one registered on the way. A citizen gives a title instead.
 */
export function StartProposalDialog({ competition, opened, onClose }: { competition: Competition; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation(['proposals', 'common']);
  const { user } = useAuth();
  const navigate = useNavigate();
  const start = useStartProposal();
  const isAgency = user?.role === 'agency_operator' || user?.role === 'agency_admin';
  const [groupId, setGroupId] = useState(competition.groups[0]?.id ?? '');
  const [categoryId, setCategoryId] = useState(competition.categories[0]?.id ?? '');
  const [source, setSource] = useState<'existing' | 'new'>('existing');
  const [innovationId, setInnovationId] = useState('');
  const [title, setTitle] = useState('');
  const [fresh, setFresh] = useState({ title: '', summary: '', startDate: '', categoryId: '', sdgs: [] as string[] });

  const innovations = useQuery({
    queryKey: ['innovations', 'workspace', 'for-proposal'],
    queryFn: ({ signal }) => api.get<{ items: WorkspaceItem[] }>('/api/innovations/workspace', { pageSize: 200 }, signal),
    enabled: opened && isAgency,
  });
  const categories = useQuery({
    queryKey: ['innovation-categories'],
    queryFn: ({ signal }) => api.get<{ items: Category[] }>('/api/innovation-categories', undefined, signal),
    enabled: opened && isAgency && source === 'new',
  });
  const agency = useQuery({
    queryKey: ['agencies', user?.agencyId],
    queryFn: ({ signal }) => api.get<AgencyView>(`/api/agencies/${user!.agencyId}`, undefined, signal),
    enabled: opened && isAgency && !!user?.agencyId,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { competitionId: competition.id, groupId, categoryId };
    const payload = !isAgency
      ? { ...body, title }
      : source === 'existing'
        ? { ...body, innovationId, ...(title ? { title } : {}) }
        : {
            ...body,
            newInnovation: {
              title: fresh.title,
              summary: fresh.summary,
              regionCode: agency.data?.regionCode ?? '',
              startDate: fresh.startDate,
              categoryId: Number(fresh.categoryId),
              sdgs: fresh.sdgs.map(Number),
            },
          };
    start.mutate(payload, { onSuccess: (p) => navigate(proposalPath(p.id)) });
  };

  const running = (innovations.data?.items ?? []).filter((i) => i.status === 'running');
  return (
    <Modal opened={opened} onClose={onClose} title={t('start.title', { name: competition.name })} size="lg" closeButtonProps={{ 'aria-label': t('common:close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={start.error} title={t('start.failed')} />
          <NativeSelect
            label={t('start.group')}
            value={groupId}
            onChange={(e) => setGroupId(e.currentTarget.value)}
            data={competition.groups.map((g) => ({ value: g.id!, label: localText(g.name, g.nameEn, i18n.language) }))}
          />
          <NativeSelect
            label={t('start.category')}
            value={categoryId}
            onChange={(e) => setCategoryId(e.currentTarget.value)}
            data={competition.categories.map((k) => ({ value: k.id!, label: localText(k.name, k.nameEn, i18n.language) }))}
          />
          {isAgency ? (
            <>
              <SegmentedControl
                value={source}
                onChange={(v) => setSource(v as 'existing' | 'new')}
                data={[
                  { value: 'existing', label: t('start.existing') },
                  { value: 'new', label: t('start.new') },
                ]}
              />
              {source === 'existing' ? (
                <>
                  <NativeSelect
                    label={t('start.innovation')}
                    required
                    value={innovationId}
                    onChange={(e) => setInnovationId(e.currentTarget.value)}
                    data={[{ value: '', label: t('start.choose') }, ...running.map((i) => ({ value: i.id, label: i.title }))]}
                  />
                  {innovations.isSuccess && running.length === 0 ? <Text c="dimmed">{t('start.noInnovations')}</Text> : null}
                </>
              ) : (
                <>
                  <TextInput label={t('start.innovationTitle')} required value={fresh.title} onChange={(e) => setFresh({ ...fresh, title: e.currentTarget.value })} />
                  <Textarea
                    label={t('start.innovationSummary')}
                    required
                    autosize
                    minRows={2}
                    value={fresh.summary}
                    onChange={(e) => setFresh({ ...fresh, summary: e.currentTarget.value })}
                  />
                  <TextInput type="date" label={t('start.startDate')} required value={fresh.startDate} onChange={(e) => setFresh({ ...fresh, startDate: e.currentTarget.value })} />
                  <NativeSelect
                    label={t('start.catalogCategory')}
                    required
                    value={fresh.categoryId}
                    onChange={(e) => setFresh({ ...fresh, categoryId: e.currentTarget.value })}
                    data={[
                      { value: '', label: t('start.choose') },
                      ...(categories.data?.items ?? []).map((c) => ({ value: String(c.id), label: i18n.language.startsWith('en') ? c.nameEn : c.nameId })),
                    ]}
                  />
                  <Checkbox.Group label={t('start.sdgs')} required value={fresh.sdgs} onChange={(v) => setFresh({ ...fresh, sdgs: v })}>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={4}>
                      {SDG_NUMBERS.map((n) => (
                        <Checkbox key={n} value={String(n)} label={`SDG ${n}: ${String(t(`catalog:sdgs.${n}` as never))}`} />
                      ))}
                    </SimpleGrid>
                  </Checkbox.Group>
                </>
              )}
            </>
          ) : (
            <TextInput label={t('start.proposalTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          )}
          <DialogActions submitLabel={t('start.submit')} busy={start.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
