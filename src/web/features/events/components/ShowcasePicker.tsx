import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogSearch } from '../../catalog/api/catalog-queries';

export type Picked = { id: string; title: string };

/** Picks published catalog records to showcase: search the catalog, add, remove. */
export function ShowcasePicker({ value, onChange }: { value: Picked[]; onChange: (next: Picked[]) => void }) {
  const { t } = useTranslation('events');
  const [q, setQ] = useState('');
  const search = useCatalogSearch({ q: q.trim() || undefined });
  const chosen = new Set(value.map((v) => v.id));
  const results = q.trim().length >= 2 ? (search.data?.items ?? []).filter((i) => !chosen.has(i.id)).slice(0, 5) : [];
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('form.showcased')}
      </Text>
      {value.map((v) => (
        <Group key={v.id} gap="xs" wrap="nowrap">
          <Text size="sm" style={{ overflowWrap: 'anywhere', flex: 1 }}>
            {v.title}
          </Text>
          <ActionIcon variant="subtle" color="red.9" aria-label={t('manage.remove', { title: v.title })} onClick={() => onChange(value.filter((x) => x.id !== v.id))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <TextInput label={t('form.searchCatalog')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      {results.map((r) => (
        <Group key={r.id} gap="xs" wrap="nowrap">
          <Text size="sm" style={{ overflowWrap: 'anywhere', flex: 1 }}>
            {r.title} · {r.agencyName}
          </Text>
          <Button size="xs" variant="light" onClick={() => onChange([...value, { id: r.id, title: r.title }])} aria-label={`${t('form.add')}: ${r.title}`}>
            {t('form.add')}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
