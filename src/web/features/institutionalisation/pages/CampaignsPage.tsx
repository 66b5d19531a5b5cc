import { Anchor, Badge, Button, Container, Group, NativeSelect, NumberInput, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CampaignView } from '../../../../common/institutionalisation';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import { useFormat } from '../../../utils/use-format';
import { useCampaigns, useCreateCampaign } from '../api/institutionalisation-api';

export const campaignPath = (id: string) => `/pemutakhiran/${encodeURIComponent(id)}`;

export function TallyLine({ c }: { c: CampaignView['result'] }) {
  const { t } = useTranslation('institutionalisation');
  const keys = ['asked', 'updated', 'continuing', 'developed', 'stopped', 'silent'] as const;
  return (
    <Group gap="xs" wrap="wrap">
      {keys.map((k) => (
        <Text key={k} size="sm">
          {t(`campaigns.tally.${k}`)}: <strong>{c[k]}</strong>
        </Text>
      ))}
    </Group>
  );
}

function CreateCampaign({ onDone }: { onDone: (m: string) => void }) {
  const { t } = useTranslation('institutionalisation');
  const f = useFormat();
  const create = useCreateCampaign();
  const today = f.today();
  const [v, setV] = useState({
    year: Number(today.slice(0, 4)),
    title: `Pemutakhiran Data Inovasi ${today.slice(0, 4)}`,
    message: '',
    opens: today,
    closes: '',
    scope: 'running' as 'running' | 'all',
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('campaigns.create')}
      </Title>
      <Group align="flex-end" wrap="wrap">
        <NumberInput label={t('campaigns.fields.year')} value={v.year} min={2013} max={2100} onChange={(x) => setV({ ...v, year: Number(x) })} w={110} />
        <TextInput label={t('campaigns.fields.title')} value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} style={{ flex: 1, minWidth: 220 }} />
        <TextInput type="date" label={t('campaigns.fields.opensAt')} value={v.opens} onChange={(e) => setV({ ...v, opens: e.currentTarget.value })} />
        <TextInput type="date" label={t('campaigns.fields.closesAt')} value={v.closes} onChange={(e) => setV({ ...v, closes: e.currentTarget.value })} />
        <NativeSelect
          label={t('campaigns.fields.recordScope')}
          value={v.scope}
          data={(['running', 'all'] as const).map((s) => ({ value: s, label: t(`campaigns.scopes.${s}`) }))}
          onChange={(e) => setV({ ...v, scope: e.currentTarget.value as 'running' | 'all' })}
        />
      </Group>
      <Textarea label={t('campaigns.fields.message')} value={v.message} onChange={(e) => setV({ ...v, message: e.currentTarget.value })} mt="xs" autosize minRows={2} />
      <Button
        mt="sm"
        loading={create.isPending}
        onClick={() =>
          create.mutate(
            // The window in WIB: from the opening day's start to the closing day's end.
            { year: v.year, title: v.title, message: v.message, opensAt: `${v.opens}T00:00:00+07:00`, closesAt: `${v.closes}T23:59:59+07:00`, recordScope: v.scope },
            { onSuccess: () => onDone(t('campaigns.created')) },
          )
        }
      >
        {t('campaigns.create')}
      </Button>
      {create.isError ? <ErrorAlert error={create.error} /> : null}
    </Paper>
  );
}

/** Update campaigns: the ministry creates them and sees each result; an agency sees its own tally. */
export function CampaignsPage() {
  const { t } = useTranslation('institutionalisation');
  const { user } = useAuth();
  const f = useFormat();
  const campaigns = useCampaigns();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('campaigns.title')} intro={t('campaigns.intro')} />
      <StatusMessage message={status} onClose={() => setStatus(null)} />
      <Stack gap="md">
        {user?.role === 'ministry_admin' ? <CreateCampaign onDone={setStatus} /> : null}
        {campaigns.isPending ? <PageLoader /> : campaigns.isError ? <ErrorAlert error={campaigns.error} /> : null}
        {campaigns.data?.length === 0 ? <Text>{t('campaigns.none')}</Text> : null}
        {campaigns.data?.map((c) => (
          <Paper key={c.id} withBorder p="md" component="article">
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={campaignPath(c.id)} fw={600} size="lg">
                {c.title}
              </Anchor>
              <Badge variant="light" color={c.phase === 'open' ? 'teal.9' : 'gray.8'} tt="none">
                {t(`campaigns.phases.${c.phase}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('campaigns.window', { opens: f.dateTime(c.opensAt), closes: f.dateTime(c.closesAt) })}
            </Text>
            <TallyLine c={c.result} />
          </Paper>
        ))}
      </Stack>
    </Container>
  );
}
