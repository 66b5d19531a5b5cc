import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/StatusBadge';
import type { Agency } from '../api/agencies-api';

export function AgenciesTable({ agencies, onToggleActive }: { agencies: Agency[]; onToggleActive: (agency: Agency) => void }) {
  const { t } = useTranslation(['adminAgencies', 'agencyTypes']);
  if (agencies.length === 0) {
    return (
      <Text py="lg" c="dimmed">
        {t('empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.name')}</Table.Th>
            <Table.Th scope="col">{t('columns.type')}</Table.Th>
            <Table.Th scope="col">{t('columns.region')}</Table.Th>
            <Table.Th scope="col">{t('columns.status')}</Table.Th>
            <Table.Th scope="col">{t('columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agencies.map((agency) => (
            <Table.Tr key={agency.id}>
              <Table.Th scope="row" fw={600}>
                {agency.name}
              </Table.Th>
              <Table.Td>{t(`agencyTypes:${agency.type}`)}</Table.Td>
              <Table.Td>{agency.regionName ? `${agency.regionName} (${agency.regionCode})` : t('noRegion')}</Table.Td>
              <Table.Td>
                <StatusBadge active={agency.active} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant={agency.active ? 'default' : 'light'}
                  aria-label={t(agency.active ? 'deactivateLabel' : 'reactivateLabel', {
                    name: agency.name,
                  })}
                  onClick={() => onToggleActive(agency)}
                >
                  {agency.active ? t('deactivate') : t('reactivate')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
