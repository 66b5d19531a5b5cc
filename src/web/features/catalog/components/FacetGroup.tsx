import { Anchor, Checkbox, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetBucket, FacetName } from '../api/catalog-types';
import { facetLabel } from './facet-label';
import { formatNumber } from './format';

const SHOWN = 8;

/** One facet as a group of checkboxes "name (count)"; the longest lists fold after eight. */
export function FacetGroup({
  facet,
  buckets,
  selected,
  approximate,
  onToggle,
}: {
  facet: FacetName;
  buckets: FacetBucket[];
  selected: string[];
  approximate: boolean;
  onToggle: (value: string) => void;
}) {
  const { t, i18n } = useTranslation('catalog');
  const [open, setOpen] = useState(false);
  // Chosen values stay visible even when the current result has none of them.
  const all = [...buckets, ...selected.filter((v) => !buckets.some((b) => b.value === v)).map((value) => ({ value, label: value, count: 0 }))];
  if (all.length === 0) return null;
  const shown = open ? all : all.slice(0, SHOWN);
  const count = (n: number) => (approximate ? `~${formatNumber(n, i18n.language)}` : formatNumber(n, i18n.language));
  return (
    <Checkbox.Group label={t(`facets.${facet}`)} value={selected}>
      <Stack gap={6} mt={6}>
        {shown.map((bucket) => (
          <Checkbox
            key={bucket.value}
            value={bucket.value}
            label={t('facets.option', { label: facetLabel(facet, bucket, i18n.language), count: count(bucket.count) as unknown as number })}
            onChange={() => onToggle(bucket.value)}
            size="sm"
          />
        ))}
        {all.length > SHOWN ? (
          <Anchor component="button" type="button" size="sm" onClick={() => setOpen(!open)} ta="left">
            {open ? t('facets.less') : t('facets.more', { count: all.length })}
          </Anchor>
        ) : null}
      </Stack>
    </Checkbox.Group>
  );
}
