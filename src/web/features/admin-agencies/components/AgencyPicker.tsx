import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../api/agencies-queries';

/** Searchable agency select backed by `GET /api/agencies?q=`; offers active agencies only. */
export function AgencyPicker({
  value,
  onChange,
  error,
  required,
  description,
}: {
  value: string | null;
  onChange: (agencyId: string | null) => void;
  error?: string;
  required?: boolean;
  description?: string;
}) {
  const { t } = useTranslation(['adminUsers', 'common']);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const agencies = useAgencies({ q: query, page: 1 });
  const options = (agencies.data?.items ?? [])
    .filter((agency) => agency.active)
    .map((agency) => ({
      value: agency.id,
      label: agency.regionName ? `${agency.name} (${agency.regionName})` : agency.name,
    }));

  return (
    <Select
      label={t('form.agency')}
      placeholder={t('form.agencyPlaceholder')}
      description={description}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search text.
      filter={({ options: all }) => all}
      nothingFoundMessage={agencies.isFetching ? t('common:loading') : t('form.noAgencies')}
      error={error}
      required={required}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
