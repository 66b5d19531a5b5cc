import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pageCount } from '../api/pagination';

/** Page controls with translated accessible names, plus "Page x of y" and the total. */
export function TablePagination({ page, total, onChange }: { page: number; total: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = pageCount(total);
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('total', { count: total })} · {t('pagination.summary', { page, pages })}
      </Text>
      {pages > 1 ? (
        <nav aria-label={t('pagination.label')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onChange}
            withEdges
            getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
            getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
          />
        </nav>
      ) : null}
    </Group>
  );
}
