import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HubSummary } from '../../../../common/replication-views';
import { hubPath } from '../../../routes/paths';
import { formatDate } from '../../catalog/components/format';

interface HubsTableProps {
  hubs: readonly HubSummary[];
  /**
   * The ministry's management view (NetworkAdminPage): status, period and each hub's actions
   * instead of the public figures (HubsPage).
   */
  manage?: { onEdit: (hub: HubSummary) => void };
}

/**
 * The JIPP hubs as a table, the one both the public hubs page and the ministry's network page
 * show: the hub (to its page), its decree, coordinators and mentors; then either the replication
 * figures or the management columns. On a phone (`cards-on-phone`) each hub is a card whose
 * lines carry their column's name, so nothing is pushed off a 360 px screen.
 */
export function HubsTable({ hubs, manage }: HubsTableProps) {
  const { t, i18n } = useTranslation('replication');
  const lang = i18n.language;
  const period = (h: HubSummary) =>
    h.periodStart || h.periodEnd ? `${h.periodStart ? formatDate(h.periodStart, lang) : '…'} – ${h.periodEnd ? formatDate(h.periodEnd, lang) : '…'}` : '—';
  return (
    <Table striped highlightOnHover={!manage} verticalSpacing="sm" className="cards-on-phone" aria-label={manage ? t('admin.hubs') : t('hubs.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('case.hub')}</Table.Th>
          {manage ? <Table.Th scope="col">{t('admin.status')}</Table.Th> : <Table.Th scope="col">{t('hubs.year')}</Table.Th>}
          <Table.Th scope="col">{t('hubs.decree')}</Table.Th>
          {manage ? <Table.Th scope="col">{t('admin.period')}</Table.Th> : null}
          <Table.Th scope="col">{t('hubs.coordinators')}</Table.Th>
          <Table.Th scope="col">{t('hubs.mentors')}</Table.Th>
          {manage ? (
            <Table.Th scope="col">{t('admin.actions')}</Table.Th>
          ) : (
            <>
              <Table.Th scope="col">{t('hubs.open')}</Table.Th>
              <Table.Th scope="col">{t('hubs.completed')}</Table.Th>
            </>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {hubs.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Th scope="row" fw={400}>
              <Anchor component={Link} to={hubPath(h.id)} fw={600}>
                {h.name}
              </Anchor>
              {manage ? (
                <Text size="xs" c="dimmed">
                  {t('hubs.year')} {h.yearDesignated}
                </Text>
              ) : null}
            </Table.Th>
            {manage ? <Table.Td data-label={t('admin.status')}>{t(`hubStatuses.${h.status}`)}</Table.Td> : <Table.Td data-label={t('hubs.year')}>{h.yearDesignated}</Table.Td>}
            <Table.Td data-label={t('hubs.decree')}>
              {h.decreeNumber ?? (
                <Text span c="dimmed" inherit>
                  {t('hubs.decreeUnknown')}
                </Text>
              )}
              {h.decreeDate ? ` (${formatDate(h.decreeDate, lang)})` : ''}
            </Table.Td>
            {manage ? <Table.Td data-label={t('admin.period')}>{period(h)}</Table.Td> : null}
            <Table.Td data-label={t('hubs.coordinators')}>{h.coordinators.map((c) => c.name).join(', ') || '—'}</Table.Td>
            <Table.Td data-label={t('hubs.mentors')}>{h.mentorCount}</Table.Td>
            {manage ? (
              <Table.Td data-label={t('admin.actions')}>
                <Group gap="xs" wrap="wrap">
                  <Button size="xs" variant="light" onClick={() => manage.onEdit(h)} aria-label={t('admin.editHub', { name: h.name })}>
                    {t('admin.edit')}
                  </Button>
                  <Button size="xs" variant="subtle" component={Link} to={hubPath(h.id)} aria-label={t('admin.membersPlanOf', { name: h.name })}>
                    {t('admin.membersPlan')}
                  </Button>
                </Group>
              </Table.Td>
            ) : (
              <>
                <Table.Td data-label={t('hubs.open')}>{h.openCases}</Table.Td>
                <Table.Td data-label={t('hubs.completed')}>{h.completedReplications}</Table.Td>
              </>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
