import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/**
 * An ordered list editor (competition groups, categories, stages and questions; evaluation
 * criteria): each item in its own box with
 * move up/down and remove, an "add" button and one save for the whole list (the API replaces
 * the section in one transaction).
 */
export function SectionEditor<T>({
  items,
  onChange,
  render,
  blank,
  itemLabel,
  onSave,
  saving,
  error,
  saved,
}: {
  items: T[];
  onChange: (items: T[]) => void;
  render: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  blank: () => T;
  itemLabel: (index: number) => string;
  onSave: () => void;
  saving: boolean;
  error: unknown;
  saved: boolean;
}) {
  const { t } = useTranslation('common');
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as T);
    onChange(next);
  };
  return (
    <Stack>
      <ErrorAlert error={error} />
      {saved ? (
        <Text role="status" c="teal">
          {t('listEditor.saved')}
        </Text>
      ) : null}
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items have no id until saved; order is the identity here.
        <Paper key={index} withBorder p="md" component="fieldset" aria-label={itemLabel(index)}>
          <Group justify="space-between" mb="xs">
            <Text fw={600}>{itemLabel(index)}</Text>
            <Group gap={4}>
              <ActionIcon variant="default" aria-label={t('listEditor.up', { item: itemLabel(index) })} disabled={index === 0} onClick={() => move(index, index - 1)}>
                ↑
              </ActionIcon>
              <ActionIcon
                variant="default"
                aria-label={t('listEditor.down', { item: itemLabel(index) })}
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1)}
              >
                ↓
              </ActionIcon>
              <ActionIcon color="red" variant="light" aria-label={t('listEditor.remove', { item: itemLabel(index) })} onClick={() => onChange(items.filter((_, i) => i !== index))}>
                ×
              </ActionIcon>
            </Group>
          </Group>
          {render(item, index, (patch) => onChange(items.map((x, i) => (i === index ? { ...x, ...patch } : x))))}
        </Paper>
      ))}
      <Group>
        <Button variant="default" onClick={() => onChange([...items, blank()])}>
          {t('listEditor.add')}
        </Button>
        <Button onClick={onSave} loading={saving}>
          {t('listEditor.save')}
        </Button>
      </Group>
    </Stack>
  );
}
