import { Button, Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from '../../../../common/dashboards';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: THIS_YEAR - 1999 }, (_, i) => String(THIS_YEAR - i));

/** Year and province filters for every chart of a view, plus the view's XLSX download. */
export function DashboardFilterBar({
  filters,
  provinces,
  onChange,
  exportHref,
  pdfHref,
}: {
  filters: DashboardFilters;
  provinces: { key: string; name: string }[];
  onChange: (key: 'year' | 'province', value: string) => void;
  exportHref: string;
  pdfHref: string;
}) {
  const { t } = useTranslation('dashboards');
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <NativeSelect
        label={t('filters.year')}
        value={filters.year ? String(filters.year) : ''}
        onChange={(e) => onChange('year', e.currentTarget.value)}
        data={[{ value: '', label: t('filters.allYears') }, ...YEARS.map((y) => ({ value: y, label: y }))]}
        w={140}
      />
      <NativeSelect
        label={t('filters.province')}
        value={filters.province ?? ''}
        onChange={(e) => onChange('province', e.currentTarget.value)}
        data={[{ value: '', label: t('filters.allProvinces') }, ...provinces.map((p) => ({ value: p.key, label: p.name }))]}
        w={240}
      />
      <Button component="a" href={exportHref} variant="default" download>
        {t('downloadXlsx')}
      </Button>
      <Button component="a" href={pdfHref} variant="default" download>
        {t('downloadPdf')}
      </Button>
    </Group>
  );
}
