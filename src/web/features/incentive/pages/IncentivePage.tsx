import { Anchor, Badge, Button, Card, Container, Group, Modal, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatRupiah, type RuleSetConfig } from '../../../../common/incentive';
import { useAuth } from '../../../auth/use-auth';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { incentiveApi } from '../api/incentive-api';
import { useIncentiveMutation, useRecommendations, useRuleSets } from '../api/incentive-queries';
import { FinanceDecidesNote } from '../components/FinanceDecidesNote';
import { incentivePaths } from '../paths';

/** A first rule set when none exists to copy from: the 2022 pattern of cluster shares (50 / 35 / 15). */
const STARTER: RuleSetConfig = {
  resultsYear: new Date().getFullYear() - 1,
  conditions: [
    { code: 'opini_wtp', fact: 'audit_opinion', passes: ['WTP'] },
    { code: 'apbd_tepat_waktu', fact: 'budget_on_time', passes: ['ya'] },
  ],
  categories: [
    { code: 'top45', name: 'Top 45 KIPP', measure: 'kipp_top45', weight: 60 },
    { code: 'top99', name: 'Top 99 KIPP', measure: 'kipp_top99', weight: 40 },
  ],
  clusters: [
    { code: 'kabupaten', name: 'Kabupaten', by: 'kind', values: ['kabupaten'], shareBasisPoints: 5000 },
    { code: 'kota', name: 'Kota', by: 'kind', values: ['kota'], shareBasisPoints: 3500 },
    { code: 'provinsi', name: 'Provinsi', by: 'kind', values: ['provinsi'], shareBasisPoints: 1500 },
  ],
  pool: '100000000000',
  minPerRegion: '3500000000',
  maxPerRegion: null,
};

/** The ministry's and the finance viewer's start: rule sets by fiscal year and the published recommendations. */
export function IncentivePage() {
  const { t } = useTranslation('incentive');
  const { user } = useAuth();
  const ruleSets = useRuleSets();
  const recommendations = useRecommendations();
  const navigate = useNavigate();
  const manage = user?.role === 'ministry_admin';
  const [creating, setCreating] = useState(false);
  const [year, setYear] = useState<number>(() => new Date().getFullYear() + 1);
  const [name, setName] = useState('');
  const create = useIncentiveMutation(incentiveApi.createRuleSet);

  const submit = () => {
    const newest = ruleSets.data?.items[0]?.config;
    const config = newest ? { ...newest, resultsYear: year - 1 } : { ...STARTER, resultsYear: year - 1 };
    create.mutate({ fiscalYear: year, name: name || `Insentif fiskal ${year}`, config }, { onSuccess: (r) => navigate(incentivePaths.ruleSet(r.id)) });
  };

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            <Button component={Link} to={incentivePaths.facts} variant="default">
              {t('facts')}
            </Button>
            {manage ? <Button onClick={() => setCreating(true)}>{t('newRuleSet')}</Button> : null}
          </>
        }
      />
      <FinanceDecidesNote />
      <Title order={2} size="h3" mb="sm">
        {t('recommendations')}
      </Title>
      {recommendations.isPending ? (
        <PageLoader />
      ) : recommendations.isError ? (
        <ErrorAlert error={recommendations.error} />
      ) : recommendations.data.items.length === 0 ? (
        <Text c="dimmed" mb="lg">
          {t('noRecommendations')}
        </Text>
      ) : (
        <Stack gap="sm" mb="lg">
          {recommendations.data.items.map((s) => (
            <Card key={s.id} withBorder padding="md">
              <Group justify="space-between" wrap="wrap">
                <Stack gap={2}>
                  <Anchor component={Link} to={incentivePaths.scenario(s.id)} fw={600}>
                    {s.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t('allocated')}: {formatRupiah(s.allocated)} · {t('eligible')}: {s.eligibleCount}
                  </Text>
                </Stack>
                <Badge color="teal" variant="light" tt="none">
                  {t('recommended')}
                </Badge>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <Title order={2} size="h3" mb="sm">
        {t('ruleSets')}
      </Title>
      {ruleSets.isPending ? (
        <PageLoader />
      ) : ruleSets.isError ? (
        <ErrorAlert error={ruleSets.error} />
      ) : ruleSets.data.items.length === 0 ? (
        <Text c="dimmed">{t('noRuleSets')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fiscalYear')}</Table.Th>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>{t('pool')}</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ruleSets.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.fiscalYear}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={incentivePaths.ruleSet(r.id)}>
                      {r.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatRupiah(r.config.pool)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={r.status === 'published' ? 'blue' : 'gray'} tt="none" style={{ minWidth: 'max-content' }}>
                      {t(`status.${r.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('newRuleSet')} centered>
        <Stack>
          <NumberInput label={t('fiscalYear')} value={year} min={2017} max={2100} onChange={(v) => setYear(Number(v) || year)} />
          <TextInput label={t('name')} value={name} placeholder={`Insentif fiskal ${year}`} onChange={(e) => setName(e.currentTarget.value)} />
          <ErrorAlert error={create.error} />
          <DialogActions submitLabel={t('newRuleSet')} busy={create.isPending} onSubmit={submit} onCancel={() => setCreating(false)} />
        </Stack>
      </Modal>
    </Container>
  );
}
