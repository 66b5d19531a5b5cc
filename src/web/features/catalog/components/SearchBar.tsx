import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_SORTS, type SearchSort } from '../../../../common/catalog';

/** The words (sent on Enter or the button) and the sort order. */
export function SearchBar({ q, sort, onSearch, onSort }: { q: string; sort: SearchSort; onSearch: (q: string) => void; onSort: (sort: SearchSort) => void }) {
  const { t } = useTranslation('catalog');
  // The page remounts this bar (key = q) when the URL's words change, e.g. on back/forward.
  const [text, setText] = useState(q);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text);
      }}
    >
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          type="search"
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit">{t('search.submit')}</Button>
        <NativeSelect
          label={t('search.sort')}
          value={sort}
          onChange={(e) => onSort(e.currentTarget.value as SearchSort)}
          data={SEARCH_SORTS.map((s) => ({ value: s, label: t(`search.sorts.${s}`) }))}
        />
      </Group>
    </form>
  );
}
