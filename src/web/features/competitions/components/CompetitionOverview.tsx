import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localText } from '../../../../common/format';
import type { Competition } from '../api/competitions-api';
import { formatInZone, useTimeZone } from '../time-zone';

/** What a participant needs to know before entering: rules per group, categories, stages, the form. */
export function CompetitionOverview({ competition: c }: { competition: Competition }) {
  const { t, i18n } = useTranslation(['competitions', 'agencyTypes', 'catalog']);
  const [zone] = useTimeZone();
  const typeName = (type: string) => (type === 'citizen' ? t('citizen') : t(`agencyTypes:${type}` as never));
  return (
    <Stack gap="lg">
      {c.description ? <Text>{c.description}</Text> : null}
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Text>
            <strong>{t('deadline')}:</strong> {formatInZone(c.submissionDeadline, zone, i18n.language)}
            {c.graceMinutes > 0 ? ` (${t('grace', { minutes: c.graceMinutes })})` : ''}
          </Text>
          <Text>
            <strong>{t('participants')}:</strong> {c.participantTypes.map(typeName).join(', ')}
          </Text>
          <Text>
            <strong>{t('sdg')}:</strong> {c.sdgRequired ? t('sdgRequired') : t('sdgOptional')}
          </Text>
        </Stack>
      </Paper>

      <section aria-labelledby="groups-heading">
        <Title order={2} size="h3" id="groups-heading" mb="xs">
          {t('sections.groups')}
        </Title>
        <Table verticalSpacing="xs" className="cards-on-phone">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('groupFields.name')}</Table.Th>
              <Table.Th scope="col">{t('groupFields.minAge')}</Table.Th>
              <Table.Th scope="col">{t('groupFields.cap')}</Table.Th>
              <Table.Th scope="col">{t('groupFields.excluded')}</Table.Th>
              <Table.Th scope="col">{t('groupFields.participantTypes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.groups.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Th scope="row" fw={600}>
                  {localText(g.name, g.nameEn, i18n.language)}
                </Table.Th>
                <Table.Td data-label={t('groupFields.minAge')}>{t('months', { count: g.minInnovationAgeMonths })}</Table.Td>
                <Table.Td data-label={t('groupFields.cap')}>{g.maxProposalsPerAgency ?? '—'}</Table.Td>
                <Table.Td data-label={t('groupFields.excluded')}>
                  {g.excludedAwardLevels.length > 0
                    ? `${g.excludedAwardLevels.map((l) => t(`catalog:awards.${l}` as never)).join(', ')}${g.excludedAwardSinceYear ? ` (≥ ${g.excludedAwardSinceYear})` : ''}`
                    : '—'}
                </Table.Td>
                <Table.Td data-label={t('groupFields.participantTypes')}>
                  {g.participantTypes.length > 0 ? g.participantTypes.map(typeName).join(', ') : t('allParticipants')}
                  {g.requiresReplication ? ` · ${t('groupFields.requiresReplication')}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="categories-heading">
        <Title order={2} size="h3" id="categories-heading" mb="xs">
          {t('sections.categories')}
        </Title>
        <Group gap="xs">
          {c.categories.map((k) => (
            <Badge key={k.id} variant="light" tt="none" size="lg">
              {localText(k.name, k.nameEn, i18n.language)}
            </Badge>
          ))}
        </Group>
      </section>

      <section aria-labelledby="stages-heading">
        <Title order={2} size="h3" id="stages-heading" mb="xs">
          {t('sections.stages')}
        </Title>
        <List spacing={4}>
          {c.stages.map((s) => (
            <List.Item key={s.id}>
              <strong>{localText(s.name, s.nameEn, i18n.language)}</strong>: {formatInZone(s.startsAt, zone, i18n.language)} – {formatInZone(s.endsAt, zone, i18n.language)}
            </List.Item>
          ))}
        </List>
      </section>

      <section aria-labelledby="form-heading">
        <Title order={2} size="h3" id="form-heading" mb="xs">
          {t('sections.questions')}
        </Title>
        <List type="ordered" spacing={4}>
          {c.questions.map((q) => (
            <List.Item key={q.id}>
              {localText(q.title, q.titleEn, i18n.language)}
              {q.required ? ' *' : ''}
              {q.wordLimit ? (
                <Text span c="dimmed" size="sm">
                  {' '}
                  ({t('wordLimit', { count: q.wordLimit })})
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      </section>
    </Stack>
  );
}
