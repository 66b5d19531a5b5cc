import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoricalNote } from '../../../../common/historical-import';

/** Row, file column and reason: the dry-run report's problems or warnings. */
export function NotesTable({ notes, caption }: { notes: HistoricalNote[]; caption: string }) {
  const { t } = useTranslation('historicalImport');
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table withTableBorder striped style={{ wordBreak: 'break-word' }}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('report.row')}</Table.Th>
            <Table.Th>{t('report.column')}</Table.Th>
            <Table.Th>{t('report.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {notes.map((n, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row may have several notes in one column.
            <Table.Tr key={`${n.row}-${n.column}-${i}`}>
              <Table.Td>{n.row}</Table.Td>
              <Table.Td>{n.column}</Table.Td>
              <Table.Td>{n.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
