import { Alert, Anchor, Box, Button, Container, Drawer, Grid, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { exportUrl } from '../api/catalog-api';
import { FACET_NAMES } from '../api/catalog-types';
import { useCatalogSearch } from '../api/catalog-queries';
import { ActiveFilters } from '../components/ActiveFilters';
import { FacetGroup } from '../components/FacetGroup';
import { formatNumber } from '../components/format';
import { InnovationCard } from '../components/InnovationCard';
import { SearchBar } from '../components/SearchBar';
import { useCatalogParams } from '../components/use-catalog-params';

const PAGE_SIZE = 20;
/** The server opens at most the first 10,000 results. */
const MAX_PAGE = 10_000 / PAGE_SIZE;

/** The public catalog: search, facets with counts, sorting, pages, downloads — all in the URL. */
export function CatalogPage() {
  const { t, i18n } = useTranslation('catalog');
  const { t: tc } = useTranslation();
  const params = useCatalogParams();
  const search = useCatalogSearch(params.search);
  const data = search.data;
  const total = data?.total ?? 0;
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / PAGE_SIZE)));
  const number = (n: number) => formatNumber(n, i18n.language);
  // On a phone or tablet the results come first; the ~60 filter checkboxes open in a drawer.
  const narrow = useMediaQuery('(max-width: 61.99em)') ?? false;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const chosen = Object.values(params.selected).reduce((sum, values) => sum + values.length, 0);
  const facets = (
    <Stack gap="lg">
      {data
        ? FACET_NAMES.map((facet) => (
            <FacetGroup
              key={facet}
              facet={facet}
              buckets={data.facets[facet]}
              selected={params.selected[facet]}
              approximate={data.approximate}
              onToggle={(value) => params.toggle(facet, value)}
            />
          ))
        : null}
    </Stack>
  );

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <SearchBar key={params.q} q={params.q} sort={params.sort} onSearch={params.setQuery} onSort={params.setSort} />
      <ActiveFilters selected={params.selected} facets={data?.facets} onRemove={params.toggle} onClear={params.clearFilters} />
      {narrow ? (
        <>
          <Button variant="default" leftSection={<span aria-hidden="true">☰</span>} onClick={() => setFiltersOpen(true)} mb="md" aria-haspopup="dialog">
            {chosen > 0 ? t('search.filtersButtonCount', { count: chosen }) : t('search.filtersButton')}
          </Button>
          <Drawer
            opened={filtersOpen}
            onClose={() => setFiltersOpen(false)}
            title={t('search.filtersTitle')}
            position="bottom"
            size="85%"
            closeButtonProps={{ 'aria-label': tc('close') }}
          >
            {facets}
            <Button fullWidth mt="lg" onClick={() => setFiltersOpen(false)}>
              {t('search.showResults', { count: number(total) as unknown as number })}
            </Button>
          </Drawer>
        </>
      ) : null}
      <Grid gap="xl">
        {narrow ? null : (
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Box component="section" aria-labelledby="catalog-filters">
              <Title order={2} size="h4" id="catalog-filters" mb="sm">
                {t('search.filtersTitle')}
              </Title>
              {facets}
            </Box>
          </Grid.Col>
        )}
        <Grid.Col span={narrow ? 12 : { base: 12, md: 9 }}>
          <Box component="section" aria-labelledby="catalog-results" aria-busy={search.isFetching}>
            {search.isPending ? (
              <PageLoader />
            ) : search.isError ? (
              <ErrorAlert error={search.error} />
            ) : data ? (
              <Stack gap="md">
                <Group justify="space-between" align="center">
                  <Title order={2} size="h4" id="catalog-results" aria-live="polite">
                    {data.approximate
                      ? t('search.resultsApprox', { count: number(total) as unknown as number })
                      : t('search.results', { count: number(total) as unknown as number })}
                  </Title>
                  <Group gap="xs">
                    <Text size="sm">{t('search.export')}:</Text>
                    <Anchor href={exportUrl(params.search, 'csv')} download size="sm">
                      {t('search.exportCsv')}
                    </Anchor>
                    <Anchor href={exportUrl(params.search, 'xlsx')} download size="sm">
                      {t('search.exportXlsx')}
                    </Anchor>
                  </Group>
                </Group>
                {data.approximate ? (
                  <Text size="sm" c="dimmed">
                    {t('search.approxNote')}
                  </Text>
                ) : null}
                {data.suggestion && data.suggestion !== params.q.toLowerCase() ? (
                  <Text size="sm" data-testid="did-you-mean">
                    {t('search.didYouMean')}{' '}
                    <Anchor component="button" type="button" fw={700} onClick={() => params.setQuery(data.suggestion ?? '')}>
                      {data.suggestion}
                    </Anchor>{' '}
                    {t('search.didYouMeanNote')}
                  </Text>
                ) : null}
                {data.matchMode === 'fuzzy' && data.items.length > 0 ? (
                  <Alert color="blue" variant="light">
                    {t('search.fuzzyNote', { q: params.q })}
                  </Alert>
                ) : null}
                {data.items.length === 0 ? <Text>{t('search.empty')}</Text> : data.items.map((item) => <InnovationCard key={item.id} item={item} />)}
                {pages > 1 ? (
                  <nav aria-label={tc('pagination.label')}>
                    <Pagination
                      total={pages}
                      value={Math.min(params.page, pages)}
                      onChange={params.setPage}
                      withEdges
                      getItemProps={(page) => ({ 'aria-label': tc('pagination.page', { page }) })}
                      getControlProps={(control) => ({ 'aria-label': tc(`pagination.${control}`) })}
                    />
                  </nav>
                ) : null}
              </Stack>
            ) : null}
          </Box>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
