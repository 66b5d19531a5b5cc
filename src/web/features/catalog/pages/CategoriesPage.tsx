import { Button, Container, Group, NumberInput, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusBadge } from '../../../components/StatusBadge';
import { StatusMessage } from '../../../components/StatusMessage';
import { createCategory, updateCategory } from '../api/catalog-api';
import { CATALOG_KEY, useCategories } from '../api/catalog-queries';

/** The ministry's category list: add, and retire or bring back (never delete: records refer to them). */
export function CategoriesPage() {
  const { t } = useTranslation('catalog');
  const client = useQueryClient();
  const categories = useCategories(true);
  const [message, setMessage] = useState<string | null>(null);
  const [draft, setDraft] = useState({ code: '', nameId: '', nameEn: '', position: 0 });
  const done = () => {
    setMessage(t('categories.saved'));
    return client.invalidateQueries({ queryKey: CATALOG_KEY });
  };
  const add = useMutation({ mutationFn: () => createCategory(draft), onSuccess: () => done().then(() => setDraft({ code: '', nameId: '', nameEn: '', position: 0 })) });
  const toggle = useMutation({ mutationFn: ({ id, active }: { id: number; active: boolean }) => updateCategory(id, { active }), onSuccess: done });
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('categories.title')} intro={t('categories.intro')} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {categories.isPending ? (
        <PageLoader />
      ) : categories.isError ? (
        <ErrorAlert error={categories.error} />
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('categories.position')}</Table.Th>
              <Table.Th>{t('categories.code')}</Table.Th>
              <Table.Th>{t('categories.nameId')}</Table.Th>
              <Table.Th>{t('categories.nameEn')}</Table.Th>
              <Table.Th />
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.position}</Table.Td>
                <Table.Td>{c.code}</Table.Td>
                <Table.Td>{c.nameId}</Table.Td>
                <Table.Td>{c.nameEn}</Table.Td>
                <Table.Td>
                  <StatusBadge active={c.active} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    loading={toggle.isPending && toggle.variables?.id === c.id}
                    onClick={() => toggle.mutate({ id: c.id, active: !c.active })}
                  >
                    {c.active ? t('categories.deactivate') : t('categories.activate')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert error={toggle.error} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <Stack mt="xl" gap="sm">
          <Title order={2} size="h4">
            {t('categories.add')}
          </Title>
          <Group align="flex-end">
            <TextInput label={t('categories.code')} required value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })} w={180} />
            <TextInput label={t('categories.nameId')} required value={draft.nameId} onChange={(e) => setDraft({ ...draft, nameId: e.currentTarget.value })} />
            <TextInput label={t('categories.nameEn')} required value={draft.nameEn} onChange={(e) => setDraft({ ...draft, nameEn: e.currentTarget.value })} />
            <NumberInput label={t('categories.position')} min={0} max={1000} value={draft.position} onChange={(v) => setDraft({ ...draft, position: Number(v) || 0 })} w={100} />
            <Button type="submit" loading={add.isPending}>
              {t('categories.add')}
            </Button>
          </Group>
          <ErrorAlert error={add.error} />
        </Stack>
      </form>
    </Container>
  );
}
