import { Button, CloseButton, Group, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FACET_NAMES, type FacetBucket, type FacetName } from '../api/catalog-types';
import { facetLabel } from './facet-label';

/** The chosen filters as removable pills, so the state of a shared URL is obvious. */
export function ActiveFilters({
  selected,
  facets,
  onRemove,
  onClear,
}: {
  selected: Record<FacetName, string[]>;
  facets: Record<FacetName, FacetBucket[]> | undefined;
  onRemove: (facet: FacetName, value: string) => void;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation('catalog');
  const chosen = FACET_NAMES.flatMap((facet) => selected[facet].map((value) => ({ facet, value })));
  if (chosen.length === 0) return null;
  return (
    <Group gap="xs" mb="sm">
      {chosen.map(({ facet, value }) => {
        const bucket = facets?.[facet].find((b) => b.value === value) ?? { value, label: value };
        const label = `${t(`facets.${facet}`)}: ${facetLabel(facet, bucket, i18n.language)}`;
        return (
          <Pill key={`${facet}-${value}`} size="md">
            <Group gap={4} wrap="nowrap">
              {label}
              <CloseButton size="xs" aria-label={t('search.removeFilter', { label })} onClick={() => onRemove(facet, value)} />
            </Group>
          </Pill>
        );
      })}
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        {t('search.clearFilters')}
      </Button>
    </Group>
  );
}
