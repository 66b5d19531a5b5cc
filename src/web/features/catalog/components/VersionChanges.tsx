import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VersionEntry } from '../api/catalog-types';

function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return empty;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One version's field changes, before and after side by side; removed text struck, added text marked. */
export function VersionChanges({ entry }: { entry: VersionEntry }) {
  const { t } = useTranslation('catalog');
  const empty = t('history.empty');
  if (entry.changes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('history.noChanges')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder verticalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="20%">{t('history.field')}</Table.Th>
            <Table.Th>{t('history.before')}</Table.Th>
            <Table.Th>{t('history.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entry.changes.map((c) => (
            <Table.Tr key={c.field}>
              <Table.Td fw={600}>{t(`history.fields.${c.field}` as 'history.fields.title', { defaultValue: c.field })}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line', verticalAlign: 'top' }}>
                <Text component="del" size="sm" c="red.9" bg="red.0">
                  {show(c.before, empty)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line', verticalAlign: 'top' }}>
                <Text component="ins" size="sm" c="teal.9" bg="teal.0" style={{ textDecoration: 'none' }}>
                  {show(c.after, empty)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
