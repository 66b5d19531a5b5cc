import { Anchor, Badge, Button, Container, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { innovationPath } from '../../../routes/paths';
import { catalogLink, regionExportUrl, regionPath, useRegionProfile } from '../api/dashboards-api';
import { FigureCard } from '../components/FigureCard';
import { SectionCard } from '../components/SectionCard';

/** A province's or regency's/city's profile (`/wilayah/:code`); unknown codes get a plain empty state. */
export function RegionPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('dashboards');
  const query = useRegionProfile(code);
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const n = (v: number) => v.toLocaleString(i18n.language);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const p = query.data;
  const region = p.region;
  if (!region) {
    return (
      <Container size="md" px={0}>
        <PageHeader title={t('region.notFound')} intro={t('region.notFoundBody', { code })} />
        <Anchor component={Link} to="/statistik">
          {t('region.backToMap')}
        </Anchor>
      </Container>
    );
  }
  const kindLabel = region.level === 'province' ? t('region.province') : t(`region.${region.kind ?? 'kabupaten'}`);
  const scope = region.level === 'province' ? { province: region.code } : { regency: region.code, province: region.provinceCode ?? undefined };
  const me = p.peers.find((peer) => peer.code === region.code);
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={region.name}
        intro={`${kindLabel}${region.provinceName ? ` ${t('region.inProvince', { name: region.provinceName })}` : ''} · ${t('total', { formatted: n(p.innovations.total) })}`}
        actions={
          <>
            <Button component="a" href={regionExportUrl(region.code)} variant="default" download>
              {t('downloadXlsx')}
            </Button>
            <Button component="a" href={regionExportUrl(region.code, 'pdf')} variant="default" download>
              {t('downloadPdf')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="region-recent">
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={2} size="h4" id="region-recent">
                  {t('region.recent')}
                </Title>
                <Anchor component={Link} to={catalogLink(scope)} size="sm">
                  {t('openInCatalog')}
                </Anchor>
              </Group>
              {p.recent.length === 0 ? (
                <Text c="dimmed">{t('region.noInnovations')}</Text>
              ) : (
                <List spacing={4}>
                  {p.recent.map((r) => (
                    <List.Item key={r.id}>
                      <Anchor component={Link} to={innovationPath(r.id)}>
                        {r.title}
                      </Anchor>{' '}
                      <Text span size="sm" c="dimmed">
                        {r.agencyName} · {r.yearStarted}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="region-awards">
            <Stack gap="xs">
              <Title order={2} size="h4" id="region-awards">
                {t('region.awards')}
              </Title>
              {p.awards.length === 0 ? (
                <Text c="dimmed">{t('region.noAwards')}</Text>
              ) : (
                <Group gap="xs">
                  {p.awards.map((a) => (
                    <Badge key={a.level} variant="light" color="blue" size="lg">
                      {t(`region.levels.${a.level}`, { defaultValue: a.level })}: {n(a.count)}
                    </Badge>
                  ))}
                </Group>
              )}
              {me ? <Text size="sm">{t('region.peersRank', { rank: me.rank, count: p.peers.length })}</Text> : null}
            </Stack>
          </Paper>
          <FigureCard
            title={t('figures.category')}
            unit={t('innovations')}
            horizontal
            catalogHref={catalogLink(scope)}
            rows={p.innovations.byCategory.map((c) => ({ key: c.key, label: c.name[lang], value: c.count, href: catalogLink({ ...scope, category: c.key }) }))}
          />
          <FigureCard
            title={t('figures.sdg')}
            unit={t('innovations')}
            catalogHref={catalogLink(scope)}
            rows={p.innovations.bySdg.map((s) => ({ key: s.key, label: t('sdg', { n: s.key }), value: s.count, href: catalogLink({ ...scope, sdg: s.key }) }))}
          />
          <FigureCard
            title={t('region.peers')}
            unit={t('innovations')}
            horizontal
            rows={p.peers.slice(0, 15).map((peer) => ({ key: peer.code, label: peer.name, value: peer.count, href: regionPath(peer.code) }))}
            extraColumns={[{ header: t('region.rank'), values: p.peers.slice(0, 15).map((peer) => peer.rank) }]}
          />
          {p.sections.map((s) => (
            <SectionCard key={s.id} section={s} lang={lang} />
          ))}
        </SimpleGrid>
        <Anchor component={Link} to="/statistik">
          {t('region.backToMap')}
        </Anchor>
      </Stack>
    </Container>
  );
}
