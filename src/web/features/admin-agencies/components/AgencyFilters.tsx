import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/SearchField';
import { useProvinces } from '../../regions/api/regions-queries';
import { AGENCY_TYPES } from '../api/agency-types';

export type AgencyFilterName = 'q' | 'type' | 'province';

export function AgencyFilters({ values, onChange }: { values: Record<AgencyFilterName, string>; onChange: (name: AgencyFilterName, value: string) => void }) {
  const { t } = useTranslation(['adminAgencies', 'agencyTypes']);
  const provinces = useProvinces();
  return (
    <Group align="flex-end" gap="md" mb="md">
      <SearchField label={t('searchLabel')} placeholder={t('searchPlaceholder')} value={values.q} onSearch={(value) => onChange('q', value)} />
      <NativeSelect
        label={t('typeFilter')}
        value={values.type}
        onChange={(event) => onChange('type', event.currentTarget.value)}
        data={[{ value: '', label: t('allTypes') }, ...AGENCY_TYPES.map((value) => ({ value, label: t(`agencyTypes:${value}`) }))]}
        style={{ flex: '1 1 12rem' }}
      />
      <NativeSelect
        label={t('provinceFilter')}
        value={values.province}
        onChange={(event) => onChange('province', event.currentTarget.value)}
        data={[
          { value: '', label: t('allProvinces') },
          ...(provinces.data ?? []).map((province) => ({
            value: province.code,
            label: province.name,
          })),
        ]}
        style={{ flex: '1 1 12rem' }}
      />
    </Group>
  );
}
