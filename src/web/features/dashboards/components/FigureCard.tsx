import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BarChart, type BarDatum } from './BarChart';

export interface FigureRow {
  key: string;
  label: string;
  value: number;
  /** Where this row's records are listed (a catalog search). */
  href?: string;
}

/**
 * One figure: a title, a chart (or the given picture), its table alternative (always in the
 * page, folded under a disclosure on small screens) and a link to the catalog search it
 * summarises.
 */
export function FigureCard({
  title,
  rows,
  unit,
  catalogHref,
  horizontal,
  picture,
  extraColumns,
  listHref,
  emptyNote,
}: {
  title: string;
  rows: FigureRow[];
  unit: string;
  catalogHref?: string;
  horizontal?: boolean;
  picture?: ReactNode;
  extraColumns?: { header: string; values: (string | number)[] }[];
  /** Another list this figure summarises (not a catalog search). */
  listHref?: string;
  /** What to say when there are no rows. */
  emptyNote?: string;
}) {
  const { t, i18n } = useTranslation('dashboards');
  const headingId = useId();
  const data: BarDatum[] = rows.map((r) => ({ label: r.label, value: r.value }));
  const total = rows.reduce((s, r) => s + r.value, 0);
  const number = (n: number) => n.toLocaleString(i18n.language);
  const top = [...rows].sort((a, b) => b.value - a.value)[0];
  const summary = rows.length === 0 || total === 0 ? t('noData') : t('chartSummary', { title, count: rows.length, top: top?.label ?? '', value: number(top?.value ?? 0) });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {catalogHref ? (
            <Anchor component={Link} to={catalogHref} size="sm">
              {t('openInCatalog')}
            </Anchor>
          ) : listHref ? (
            <Anchor component={Link} to={listHref} size="sm">
              {t('openList')}
            </Anchor>
          ) : null}
        </Group>
        {rows.length === 0 || (total === 0 && !extraColumns?.length) ? (
          <Text c="dimmed">{emptyNote ?? t('noData')}</Text>
        ) : (
          <>
            {total === 0 ? null : (picture ?? <BarChart data={data} summary={summary} horizontal={horizontal} height={horizontal ? Math.max(200, rows.length * 22 + 40) : 260} />)}
            {/* No chart when every value is 0 (a published disclaimer, say): the table is the figure, so it starts open. */}
            <details open={total === 0}>
              <summary>{t('showTable')}</summary>
              <Table.ScrollContainer minWidth={280}>
                <Table striped withTableBorder>
                  <Table.Caption>{title}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('item')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {unit}
                      </Table.Th>
                      {extraColumns?.map((c) => (
                        <Table.Th key={c.header} scope="col" ta="right">
                          {c.header}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((r, i) => (
                      <Table.Tr key={r.key}>
                        <Table.Th scope="row" fw={400}>
                          {r.href ? (
                            <Anchor component={Link} to={r.href}>
                              {r.label}
                            </Anchor>
                          ) : (
                            r.label
                          )}
                        </Table.Th>
                        <Table.Td ta="right">{number(r.value)}</Table.Td>
                        {extraColumns?.map((c) => (
                          <Table.Td key={c.header} ta="right">
                            {c.values[i]}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </details>
          </>
        )}
      </Stack>
    </Paper>
  );
}
