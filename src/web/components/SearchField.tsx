import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/** A search box that reports its value after the user pauses typing. */
export function SearchField({ label, placeholder, value, onSearch }: { label: string; placeholder?: string; value: string; onSearch: (value: string) => void }) {
  const [text, setText] = useState(value);
  const search = useDebouncedCallback((next: string) => onSearch(next.trim()), 300);

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      style={{ flex: '2 1 16rem' }}
    />
  );
}
