import { Anchor, Container, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { catalogLink, nationalExportUrl, regionPath, useNationalDashboard } from '../api/dashboards-api';
import { DashboardFilterBar } from '../components/DashboardFilterBar';
import { FigureCard } from '../components/FigureCard';
import { HistoryCard } from '../components/HistoryCard';
import { ProvinceTileMap } from '../components/ProvinceTileMap';
import { SectionCard } from '../components/SectionCard';
import { useDashboardFilters } from '../components/use-dashboard-filters';

/** The public national dashboard (issue #19): the province tile map and the figures, all filtered by year and province. */
export function NationalDashboardPage() {
  const { t, i18n } = useTranslation('dashboards');
  const { filters, set } = useDashboardFilters();
  const query = useNationalDashboard(filters);
  const d = query.data;
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <DashboardFilterBar
        filters={filters}
        provinces={d?.innovations.byProvince ?? []}
        onChange={set}
        exportHref={nationalExportUrl(filters)}
        pdfHref={nationalExportUrl(filters, 'pdf')}
      />
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : d ? (
        <Stack gap="md" aria-busy={query.isFetching}>
          <Text fw={600}>{t('total', { formatted: d.innovations.total.toLocaleString(i18n.language) })}</Text>
          <FigureCard
            title={t('figures.map')}
            unit={t('innovations')}
            catalogHref={catalogLink(filters)}
            rows={d.innovations.byProvince.map((p) => ({ key: p.key, label: p.name, value: p.count, href: regionPath(p.key) }))}
            picture={
              <ProvinceTileMap
                title={t('figures.map')}
                counts={new Map(d.innovations.byProvince.map((p) => [p.key, p.count]))}
                names={new Map(d.innovations.byProvince.map((p) => [p.key, p.name]))}
              />
            }
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <FigureCard
              title={t('figures.category')}
              unit={t('innovations')}
              horizontal
              catalogHref={catalogLink(filters)}
              rows={d.innovations.byCategory.map((c) => ({ key: c.key, label: c.name[lang], value: c.count, href: catalogLink({ ...filters, category: c.key }) }))}
            />
            <FigureCard
              title={t('figures.sdg')}
              unit={t('innovations')}
              catalogHref={catalogLink(filters)}
              rows={d.innovations.bySdg.map((s) => ({ key: s.key, label: t('sdg', { n: s.key }), value: s.count, href: catalogLink({ ...filters, sdg: s.key }) }))}
            />
            <FigureCard
              title={t('figures.startYear')}
              unit={t('innovations')}
              catalogHref={catalogLink(filters)}
              rows={d.innovations.byStartYear.map((y) => ({ key: y.key, label: y.key, value: y.count, href: catalogLink({ ...filters, year: Number(y.key) }) }))}
            />
            <HistoryCard title={t('figures.kipp')} rows={d.kipp} />
            <HistoryCard title={t('figures.special')} rows={d.specialCalls} />
            {d.sections.map((s) => (
              <SectionCard key={s.id} section={s} lang={lang} provinceNames={d.innovations.byProvince} />
            ))}
          </SimpleGrid>
          <Anchor href="/api/open-data">{t('openData')}</Anchor>
        </Stack>
      ) : null}
    </Container>
  );
}
