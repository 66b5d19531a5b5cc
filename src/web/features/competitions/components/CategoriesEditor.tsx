import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryDraft, Competition } from '../api/competitions-api';
import { useReplaceSection } from '../api/competitions-queries';
import { SectionEditor } from '../../../components/SectionEditor';

export function CategoriesEditor({ competition }: { competition: Competition }) {
  const { t } = useTranslation('competitions');
  const [items, setItems] = useState<CategoryDraft[]>(competition.categories);
  const save = useReplaceSection(competition.id);
  return (
    <SectionEditor
      items={items}
      onChange={(next) => {
        save.reset();
        setItems(next);
      }}
      blank={(): CategoryDraft => ({ code: '', name: '', nameEn: null, description: '' })}
      itemLabel={(i) => t('categoryFields.label', { number: i + 1 })}
      saving={save.isPending}
      error={save.error}
      saved={save.isSuccess}
      onSave={() => save.mutate({ section: 'categories', items }, { onSuccess: (c) => setItems(c.categories) })}
      render={(k, i, update) => (
        <Group grow>
          <TextInput label={t('categoryFields.code', { number: i + 1 })} required value={k.code} onChange={(e) => update({ code: e.currentTarget.value })} />
          <TextInput label={t('categoryFields.name', { number: i + 1 })} required value={k.name} onChange={(e) => update({ name: e.currentTarget.value })} />
          <TextInput
            label={t('english.categoryName', { number: i + 1 })}
            description={t('english.help')}
            value={k.nameEn ?? ''}
            onChange={(e) => update({ nameEn: e.currentTarget.value })}
          />
        </Group>
      )}
    />
  );
}
