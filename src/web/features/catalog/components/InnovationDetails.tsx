import { Alert, Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { documentUrl } from '../api/catalog-api';
import type { InnovationView } from '../api/catalog-types';
import { sdgName } from './facet-label';
import { formatBytes, formatDate, formatNumber } from './format';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Text as the agency wrote it; paragraphs kept. */
function Prose({ text }: { text: string }) {
  return <Text style={{ whiteSpace: 'pre-line' }}>{text}</Text>;
}

function formatMonth(date: string, lang: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** Everything public about an innovation, in the order of a KIPP proposal. */
export function InnovationDetails({ view }: { view: InnovationView }) {
  const { t, i18n } = useTranslation('catalog');
  const { t: ta } = useTranslation('agencyTypes');
  const lang = i18n.language;
  const narrative: { key: 'problem' | 'approach' | 'implementationSteps' | 'results'; text: string }[] = [
    { key: 'problem', text: view.problem },
    { key: 'approach', text: view.approach },
    { key: 'implementationSteps', text: view.implementationSteps },
    { key: 'results', text: view.results },
  ];
  const support: { key: 'stakeholders' | 'resources' | 'sustainability' | 'replicationPotential'; text: string }[] = [
    { key: 'stakeholders', text: view.stakeholders },
    { key: 'resources', text: view.resources },
    { key: 'sustainability', text: view.sustainability },
    { key: 'replicationPotential', text: view.replicationPotential },
  ];
  return (
    <Stack gap="xl">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Fact label={t('detail.agency')}>
            {view.agency.name} ({ta(view.agency.type)})
          </Fact>
          {view.unitName ? <Fact label={t('detail.unit')}>{view.unitName}</Fact> : null}
          <Fact label={t('detail.region')}>{view.region.code === view.region.provinceCode ? view.region.provinceName : `${view.region.name}, ${view.region.provinceName}`}</Fact>
          <Fact label={t('detail.startDate')}>
            {view.historical && view.historical.startPrecision !== 'day'
              ? view.historical.startPrecision === 'year'
                ? view.startDate.slice(0, 4)
                : formatMonth(view.startDate, lang)
              : formatDate(view.startDate, lang)}{' '}
            · {t('detail.age', { count: view.ageYears })}
          </Fact>
          <Fact label={t('detail.category')}>{lang === 'en' ? view.category.nameEn : view.category.nameId}</Fact>
          <Fact label={t('detail.form')}>
            {t(`forms.${view.form}`)} · {view.digital ? t('detail.digital') : t('detail.nonDigital')}
          </Fact>
          {view.governmentAffair && <Fact label={t('profileFields.governmentAffair')}>{t(`affairs.${view.governmentAffair}`, { defaultValue: view.governmentAffair })}</Fact>}
          {view.initiator && <Fact label={t('profileFields.initiator')}>{t(`initiators.${view.initiator}`, { defaultValue: view.initiator })}</Fact>}
        </SimpleGrid>
        <Group gap={6} mt="md" aria-label={t('detail.sdgs')}>
          {view.sdgs.map((n) => (
            <Badge key={n} variant="light" color="blue" tt="none">
              {n}. {sdgName(n)}
            </Badge>
          ))}
        </Group>
      </Paper>

      {view.historical ? (
        <Alert color="gray" variant="light" title={t('detail.historical.title')}>
          {t('detail.historical.text')}
          {view.historical.sourceUrl ? (
            <>
              {' '}
              <Anchor href={view.historical.sourceUrl} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>
                {t('detail.historical.source')}
              </Anchor>
            </>
          ) : null}
        </Alert>
      ) : null}
      <Section title={t('detail.summary')}>{view.summary ? <Prose text={view.summary} /> : <Text c="dimmed">{t('detail.historical.missing')}</Text>}</Section>
      {narrative
        .filter((n) => n.text || view.historical)
        .map((n) => (
          <Section key={n.key} title={t(`detail.${n.key}`)}>
            {n.text ? <Prose text={n.text} /> : <Text c="dimmed">{t('detail.historical.missing')}</Text>}
          </Section>
        ))}

      {view.beneficiaries !== null || view.costSavedIdr !== null || view.timeSavedDays !== null || view.indicators.length > 0 ? (
        <Section title={t('detail.indicators')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {view.beneficiaries !== null ? <Fact label={t('detail.beneficiaries')}>{formatNumber(view.beneficiaries, lang)}</Fact> : null}
            {view.costSavedIdr !== null ? <Fact label={t('detail.costSaved')}>Rp {formatNumber(view.costSavedIdr, lang)}</Fact> : null}
            {view.timeSavedDays !== null ? <Fact label={t('detail.timeSaved')}>{t('detail.days', { count: view.timeSavedDays })}</Fact> : null}
          </SimpleGrid>
          {view.indicators.length > 0 ? (
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('detail.indicatorLabel')}</Table.Th>
                  <Table.Th>{t('detail.before')}</Table.Th>
                  <Table.Th>{t('detail.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.indicators.map((i) => (
                  <Table.Tr key={i.label}>
                    <Table.Td>{i.label}</Table.Td>
                    <Table.Td>{i.before === null ? '—' : `${formatNumber(i.before, lang)} ${i.unit}`}</Table.Td>
                    <Table.Td>{i.after === null ? '—' : `${formatNumber(i.after, lang)} ${i.unit}`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Section>
      ) : null}

      {support
        .filter((s) => s.text)
        .map((s) => (
          <Section key={s.key} title={t(`detail.${s.key}`)}>
            <Prose text={s.text} />
          </Section>
        ))}
      {view.budgetSource ? <Fact label={t('detail.budgetSource')}>{t(`budgetSources.${view.budgetSource}`)}</Fact> : null}

      <Section title={t('detail.awards')}>
        {view.awards.length === 0 ? (
          <Text c="dimmed">{t('detail.noAwards')}</Text>
        ) : (
          <List>
            {view.awards.map((a) => (
              <List.Item key={a.id}>
                {t(`awards.${a.level}`)} {a.year}: {a.label}
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section title={t('detail.replications')}>
        {view.replications.length === 0 ? (
          <Text c="dimmed">{t('detail.noReplications')}</Text>
        ) : (
          <List>
            {view.replications.map((r) => (
              <List.Item key={r.id}>
                {r.adopterAgency.name}
                {r.regionName ? ` (${r.regionName})` : ''}
                {r.startedOn ? ` · ${formatDate(r.startedOn, lang)}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section title={t('detail.documents')}>
        {view.documents.length === 0 ? (
          <Text c="dimmed">{t('detail.noDocuments')}</Text>
        ) : (
          <List>
            {view.documents.map((d) => (
              <List.Item key={d.id}>
                <Anchor href={documentUrl(view.id, d.id)} download={d.filename}>
                  {d.filename}
                </Anchor>{' '}
                ({formatBytes(d.sizeBytes)})
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      {view.websiteUrl || view.videoUrl ? (
        <Section title={t('detail.links')}>
          <List>
            {view.websiteUrl ? (
              <List.Item>
                {t('detail.website')}:{' '}
                <Anchor href={view.websiteUrl} target="_blank" rel="noopener noreferrer">
                  {view.websiteUrl}
                </Anchor>
              </List.Item>
            ) : null}
            {view.videoUrl ? (
              <List.Item>
                {t('detail.video')}:{' '}
                <Anchor href={view.videoUrl} target="_blank" rel="noopener noreferrer">
                  {view.videoUrl}
                </Anchor>
              </List.Item>
            ) : null}
          </List>
        </Section>
      ) : null}
    </Stack>
  );
}
