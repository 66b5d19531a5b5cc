import { Button, Container, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { StatusMessage } from '../../../components/StatusMessage';
import { createSynonymGroup, deleteSynonymGroup, listSynonymGroups, type SynonymGroup, updateSynonymGroup } from '../api/synonyms-api';

const KEY = ['search-synonyms'];
const splitTerms = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * The ministry's synonym and variant dictionary of catalog search (issue #13.4): each row is a
 * group of terms a search treats as the same (spelling variants, synonyms, acronyms).
 */
export function SearchSynonymsPage() {
  const { t } = useTranslation('catalog');
  const client = useQueryClient();
  const groups = useQuery({ queryKey: KEY, queryFn: listSynonymGroups });
  const [message, setMessage] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [draft, setDraft] = useState({ id: null as number | null, terms: '', note: '' });
  const [removing, setRemoving] = useState<SynonymGroup | null>(null);
  const done = (text: string) => {
    setMessage(text);
    setDraft({ id: null, terms: '', note: '' });
    return client.invalidateQueries({ queryKey: KEY });
  };
  const save = useMutation({
    mutationFn: () =>
      draft.id === null
        ? createSynonymGroup({ terms: splitTerms(draft.terms), note: draft.note })
        : updateSynonymGroup(draft.id, { terms: splitTerms(draft.terms), note: draft.note }),
    onSuccess: () => done(t('synonyms.saved')),
  });
  const remove = useMutation({ mutationFn: (id: number) => deleteSynonymGroup(id), onSuccess: () => done(t('synonyms.removed')).then(() => setRemoving(null)) });
  const needle = filter.trim().toLowerCase();
  const shown = (groups.data ?? []).filter((g) => !needle || g.terms.some((term) => term.includes(needle)) || g.note.toLowerCase().includes(needle));
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('synonyms.title')} intro={t('synonyms.intro')} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm" mb="xl">
          <Title order={2} size="h4">
            {draft.id === null ? t('synonyms.add') : t('synonyms.edit')}
          </Title>
          <TextInput
            label={t('synonyms.terms')}
            description={t('synonyms.termsHelp')}
            required
            value={draft.terms}
            onChange={(e) => setDraft({ ...draft, terms: e.currentTarget.value })}
          />
          <TextInput label={t('synonyms.note')} value={draft.note} maxLength={300} onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value })} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('synonyms.save')}
            </Button>
            {draft.id !== null ? (
              <Button variant="default" onClick={() => setDraft({ id: null, terms: '', note: '' })}>
                {t('synonyms.cancel')}
              </Button>
            ) : null}
          </Group>
          <ErrorAlert error={save.error} />
        </Stack>
      </form>
      <TextInput label={t('synonyms.filter')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} mb="sm" maw={360} />
      {groups.isPending ? (
        <PageLoader />
      ) : groups.isError ? (
        <ErrorAlert error={groups.error} />
      ) : (
        <Table.ScrollContainer minWidth={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('synonyms.terms')}</Table.Th>
                <Table.Th>{t('synonyms.note')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{g.terms.join(' · ')}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text size="sm">{g.note}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => setDraft({ id: g.id, terms: g.terms.join(', '), note: g.note })}
                        aria-label={t('synonyms.editOf', { terms: g.terms.join(', ') })}
                      >
                        {t('synonyms.editShort')}
                      </Button>
                      <Button size="compact-sm" variant="subtle" color="red.8" onClick={() => setRemoving(g)} aria-label={t('synonyms.removeOf', { terms: g.terms.join(', ') })}>
                        {t('synonyms.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('synonyms.removeTitle')}
        body={removing ? t('synonyms.removeConfirm', { terms: removing.terms.join(', ') }) : ''}
        confirmLabel={t('synonyms.remove')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing.id)}
        onClose={() => setRemoving(null)}
      />
    </Container>
  );
}
