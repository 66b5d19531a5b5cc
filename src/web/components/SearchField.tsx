import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

/** A search box that reports its value after the user pauses typing. */
export function SearchField({
  label,
  placeholder,
  value,
  onSearch,
}: {
  label: string;
  placeholder?: string;
  value: string;
  onSearch: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (debounced !== value) onSearch(debounced);
    // Only a new debounced value triggers a search; `value` changes are echoes of it.
    // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  }, [debounced]);

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      style={{ flex: '1 1 16rem' }}
    />
  );
}
