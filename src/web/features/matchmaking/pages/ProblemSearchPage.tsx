import { Anchor, Badge, Button, Checkbox, Container, Group, Modal, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SuggestionView } from '../../../../common/matchmaking';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { innovationPath, replicationCasePath } from '../../../routes/paths';
import { GOVERNMENT_KINDS } from '../../../../common/matchmaking';
import { type SuggestionParams, useStartRequest, useSuggestions } from '../api/matchmaking-api';

/** The request a suggestion starts: the problem already filled in from the search. */
function StartRequest({ suggestion, problem }: { suggestion: SuggestionView; problem: string }) {
  const { t } = useTranslation('matchmaking');
  const { user } = useAuth();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ problem, context: '', leadName: user?.name ?? '' });
  const request = useStartRequest();
  if (request.isSuccess) {
    return (
      <Text role="status">
        {t('search.sent')}{' '}
        <Anchor component={Link} to={replicationCasePath(request.data.id)}>
          {t('search.openCase')}
        </Anchor>
      </Text>
    );
  }
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)}>
        {t('search.start')}
        <span className="visually-hidden">: {suggestion.title}</span>
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('search.requestTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            request.mutate({ sourceInnovationId: suggestion.innovationId, ...form }, { onSuccess: () => setOpen(false) });
          }}
        >
          <Stack>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {suggestion.title}
            </Text>
            <ErrorAlert error={request.error} />
            <Textarea label={t('search.problem')} required minLength={10} autosize minRows={3} value={form.problem} onChange={set('problem')} />
            <Textarea label={t('search.context')} required minLength={10} autosize minRows={2} value={form.context} onChange={set('context')} />
            <TextInput label={t('search.leadName')} required minLength={3} value={form.leadName} onChange={set('leadName')} />
            <Button type="submit" loading={request.isPending}>
              {t('search.send')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** "Cari solusi untuk masalah Anda": problem-first suggestions, each explained, each a button to a replication request. */
export function ProblemSearchPage() {
  const { t, i18n } = useTranslation('matchmaking');
  const { user } = useAuth();
  const [problem, setProblem] = useState('');
  const [regionKind, setRegionKind] = useState<SuggestionParams['regionKind'] | null>(null);
  const [remote, setRemote] = useState(false);
  const [params, setParams] = useState<SuggestionParams | null>(null);
  const suggestions = useSuggestions(params);
  const english = i18n.language === 'en';
  const mayRequest = user?.role === 'agency_admin' || user?.role === 'agency_operator';
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('search.title')} intro={t('search.intro')} />
      <Paper
        withBorder
        p="md"
        mb="lg"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ problem, ...(regionKind ? { regionKind } : {}), ...(remote ? { remote: 'true' } : {}) });
        }}
      >
        <Stack>
          <Textarea
            label={t('search.problem')}
            description={t('search.problemHint')}
            required
            autosize
            minRows={2}
            value={problem}
            onChange={(e) => setProblem(e.currentTarget.value)}
          />
          <Group align="end">
            <Select
              label={t('search.regionKind')}
              clearable
              data={GOVERNMENT_KINDS.map((k) => ({ value: k, label: t(`search.regionKinds.${k}`) }))}
              value={regionKind}
              onChange={setRegionKind}
            />
            <Checkbox label={t('search.remote')} checked={remote} onChange={(e) => setRemote(e.currentTarget.checked)} />
          </Group>
          <Button type="submit" loading={suggestions.isFetching} style={{ alignSelf: 'start' }}>
            {t('search.submit')}
          </Button>
        </Stack>
      </Paper>
      <ErrorAlert error={suggestions.error} />
      {suggestions.data ? (
        <section aria-labelledby="suggestions-title">
          <Title order={2} size="h3" id="suggestions-title" mb="sm">
            {t('search.results')}
          </Title>
          {suggestions.data.items.length === 0 ? <Text>{t('search.empty')}</Text> : null}
          <Stack component="ol" style={{ listStyle: 'none', padding: 0 }}>
            {suggestions.data.items.map((s) => (
              <Paper component="li" withBorder p="md" key={s.innovationId}>
                <Anchor component={Link} to={innovationPath(s.innovationId)} fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {s.title}
                </Anchor>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t('search.by', { agency: s.agencyName, region: s.regionName })} · {s.categoryName}
                </Text>
                <Group gap="xs" my="xs">
                  {s.reasons.map((r) => (
                    <Badge key={r.id} variant="light" color="blue.9" style={{ whiteSpace: 'normal', height: 'auto' }}>
                      {english ? r.en : r.id}
                    </Badge>
                  ))}
                </Group>
                <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                  {s.summary}
                </Text>
                {mayRequest ? (
                  <Group mt="sm">
                    <StartRequest suggestion={s} problem={params?.problem ?? ''} />
                  </Group>
                ) : null}
              </Paper>
            ))}
          </Stack>
        </section>
      ) : null}
    </Container>
  );
}
