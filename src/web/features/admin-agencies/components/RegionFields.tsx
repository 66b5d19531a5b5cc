import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProvinces, useRegencies } from '../../regions/api/regions-queries';

export interface RegionValue {
  province: string;
  regency: string;
}

/** Province, then optionally a regency/city of it; the region code is the most precise one. */
export function RegionFields({ value, onChange, error, required }: { value: RegionValue; onChange: (value: RegionValue) => void; error?: string; required?: boolean }) {
  const { t } = useTranslation(['adminAgencies', 'common']);
  const provinces = useProvinces();
  const regencies = useRegencies(value.province || null);
  return (
    <>
      <NativeSelect
        label={t('form.province')}
        description={required ? undefined : t('form.regionHint')}
        required={required}
        value={value.province}
        onChange={(event) => onChange({ province: event.currentTarget.value, regency: '' })}
        data={[{ value: '', label: t('common:none') }, ...(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))]}
        error={error}
      />
      <NativeSelect
        label={t('form.regency')}
        disabled={!value.province}
        value={value.regency}
        onChange={(event) => onChange({ ...value, regency: event.currentTarget.value })}
        data={[{ value: '', label: t('form.regencyPlaceholder') }, ...(regencies.data ?? []).map((r) => ({ value: r.code, label: r.name }))]}
      />
    </>
  );
}

export function regionCodeOf(value: RegionValue): string | undefined {
  return value.regency || value.province || undefined;
}
