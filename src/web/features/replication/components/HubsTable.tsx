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
 * figures or the management columns. Long decree numbers wrap; the table scrolls inside its box
 * on a phone, not the page.
 */
export function HubsTable({ hubs, manage }: HubsTableProps) {
  const { t, i18n } = useTranslation('replication');
  const lang = i18n.language;
  const period = (h: HubSummary) =>
    h.periodStart || h.periodEnd ? `${h.periodStart ? formatDate(h.periodStart, lang) : '…'} – ${h.periodEnd ? formatDate(h.periodEnd, lang) : '…'}` : '—';
  return (
    <Table.ScrollContainer minWidth={manage ? 760 : 720}>
      <Table striped highlightOnHover={!manage}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('case.hub')}</Table.Th>
            {manage ? <Table.Th>{t('admin.status')}</Table.Th> : <Table.Th>{t('hubs.year')}</Table.Th>}
            <Table.Th>{t('hubs.decree')}</Table.Th>
            {manage ? <Table.Th>{t('admin.period')}</Table.Th> : null}
            <Table.Th>{t('hubs.coordinators')}</Table.Th>
            <Table.Th>{t('hubs.mentors')}</Table.Th>
            {manage ? (
              <Table.Th>{t('admin.actions')}</Table.Th>
            ) : (
              <>
                <Table.Th>{t('hubs.open')}</Table.Th>
                <Table.Th>{t('hubs.completed')}</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hubs.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>
                <Anchor component={Link} to={hubPath(h.id)}>
                  {h.name}
                </Anchor>
                {manage ? (
                  <Text size="xs" c="dimmed">
                    {t('hubs.year')} {h.yearDesignated}
                  </Text>
                ) : null}
              </Table.Td>
              {manage ? <Table.Td>{t(`hubStatuses.${h.status}`)}</Table.Td> : <Table.Td>{h.yearDesignated}</Table.Td>}
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {h.decreeNumber ?? (
                  <Text span c="dimmed" inherit>
                    {t('hubs.decreeUnknown')}
                  </Text>
                )}
                {h.decreeDate ? ` (${formatDate(h.decreeDate, lang)})` : ''}
              </Table.Td>
              {manage ? <Table.Td>{period(h)}</Table.Td> : null}
              <Table.Td>{h.coordinators.map((c) => c.name).join(', ') || '—'}</Table.Td>
              <Table.Td>{h.mentorCount}</Table.Td>
              {manage ? (
                <Table.Td>
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
                  <Table.Td>{h.openCases}</Table.Td>
                  <Table.Td>{h.completedReplications}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
