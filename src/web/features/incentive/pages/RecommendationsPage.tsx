import { Card, Container, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatRupiah } from '../../../../common/incentive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useRecommendations } from '../api/incentive-queries';
import { incentivePaths } from '../paths';

/** Public: the published recommendations, each open to every region's reasons. */
export function RecommendationsPage() {
  const { t } = useTranslation('incentive');
  const recommendations = useRecommendations();
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('publicTitle')} intro={t('financeDecides')} />
      {recommendations.isPending ? (
        <PageLoader />
      ) : recommendations.isError ? (
        <ErrorAlert error={recommendations.error} />
      ) : recommendations.data.items.length === 0 ? (
        <Text c="dimmed">{t('noRecommendations')}</Text>
      ) : (
        <Stack>
          {recommendations.data.items.map((s) => (
            <Card key={s.id} withBorder component={Link} to={incentivePaths.recommendation(s.id)}>
              <Group justify="space-between" wrap="wrap">
                <Text fw={600}>{s.name}</Text>
                <Text>
                  {t('allocated')}: {formatRupiah(s.allocated)} · {t('eligible')}: {s.eligibleCount}
                </Text>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Container>
  );
}
