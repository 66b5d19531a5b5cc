import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { formatInZone, useTimeZone } from '../../competitions/time-zone';
import { type CatalogTextMatch, evaluationApi, type Redaction, type RedactionInput } from '../api/evaluation-api';
import { useEvaluationAction, useRedaction } from '../api/evaluation-queries';

export interface RedactionTarget {
  proposalId: string;
  proposalNumber: string;
}

/**
 * The secretariat's hand-redacted copy of one proposal for blind rounds: every submitted answer
 * beside an editable redacted text. A new copy starts from the server's automatic masking (agency
 * and region names), so the secretariat only removes what that misses (a mayor's name, a
 * landmark). The server refuses a copy that does not cover exactly the submitted answers; its
 * message is shown as it comes.
 */
export function RedactionDialog({ target, onClose }: { target: RedactionTarget | null; onClose: () => void }) {
  const { t } = useTranslation('evaluation');
  return (
    <Modal opened={target !== null} onClose={onClose} size="90%" title={target ? t('redaction.title', { number: target.proposalNumber }) : ''}>
      {target && <RedactionEditor proposalId={target.proposalId} />}
    </Modal>
  );
}

function RedactionEditor({ proposalId }: { proposalId: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const [zone] = useTimeZone();
  const redaction = useRedaction(proposalId);
  const [saved, setSaved] = useState(false);
  const save = useEvaluationAction((body: RedactionInput) => evaluationApi.saveRedaction(proposalId, body));
  if (redaction.isPending) return <PageLoader />;
  if (!redaction.data) return <ErrorAlert error={redaction.error} />;
  const { stored } = redaction.data;
  return (
    <Stack>
      <Text size="sm">{t('redaction.intro')}</Text>
      <Alert role="status" color={stored ? 'green' : 'gray'} variant="light">
        {stored ? t('redaction.stored', { at: formatInZone(stored.redactedAt, zone, i18n.language), name: stored.redactedByName ?? t('redaction.someone') }) : t('redaction.none')}
      </Alert>
      {/* Keyed by the stored copy: after a save the form restarts from what the server now holds. */}
      <RedactionForm
        key={stored?.redactedAt ?? 'automatic'}
        redaction={redaction.data}
        busy={save.isPending}
        saved={saved && !save.isPending && !save.error}
        error={save.error}
        onEdit={() => setSaved(false)}
        onSave={(body) => {
          setSaved(false);
          save.mutate(body, { onSuccess: () => setSaved(true) });
        }}
      />
    </Stack>
  );
}

function startingPoint(r: Redaction): { title: string; answers: Record<number, string> } {
  const automatic = Object.fromEntries(r.answers.map((a) => [a.number, a.automatic]));
  if (!r.stored) return { title: r.automaticTitle, answers: automatic };
  return { title: r.stored.title, answers: { ...automatic, ...Object.fromEntries(r.stored.answers.map((a) => [a.number, a.value])) } };
}

function RedactionForm({
  redaction,
  busy,
  saved,
  error,
  onEdit,
  onSave,
}: {
  redaction: Redaction;
  busy: boolean;
  saved: boolean;
  error: unknown;
  onEdit: () => void;
  onSave: (body: RedactionInput) => void;
}) {
  const { t } = useTranslation('evaluation');
  const [draft, setDraft] = useState(() => startingPoint(redaction));
  const edit = (next: typeof draft) => {
    onEdit();
    setDraft(next);
  };
  const automatic = () => {
    const { title, answers } = startingPoint({ ...redaction, stored: null });
    edit({ title, answers });
  };
  const terms = redaction.maskedTerms.length > 0 ? redaction.maskedTerms.join(', ') : t('redaction.noTerms');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {redaction.stored ? t('redaction.prefilledStored') : t('redaction.prefilledAutomatic', { terms })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Title order={3} size="h5">
          {t('redaction.original')}
        </Title>
        <Title order={3} size="h5" visibleFrom="md">
          {t('redaction.redacted')}
        </Title>
        <OriginalText label={t('redaction.originalTitle')} text={redaction.title} />
        <TextInput
          label={t('redaction.redactedTitle')}
          description={redaction.stored ? undefined : t('redaction.noCodeTitle')}
          value={draft.title}
          onChange={(e) => edit({ ...draft, title: e.currentTarget.value })}
        />
      </SimpleGrid>
      <CatalogMatches matches={redaction.titleCatalogMatches} />
      {redaction.answers.map((a) => (
        <Stack key={a.number} gap={4}>
          <Title order={4} size="h6">
            {a.number}. {a.question}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <OriginalText label={t('redaction.originalAnswer', { number: a.number })} text={a.original || t('redaction.empty')} />
            <Textarea
              label={t('redaction.redactedAnswer', { number: a.number })}
              value={draft.answers[a.number] ?? ''}
              onChange={(e) => edit({ ...draft, answers: { ...draft.answers, [a.number]: e.currentTarget.value } })}
              autosize
              minRows={2}
            />
          </SimpleGrid>
          <CatalogMatches matches={a.catalogMatches} />
        </Stack>
      ))}
      <ErrorAlert error={error} />
      <Group>
        <Button loading={busy} onClick={() => onSave({ title: draft.title, answers: redaction.answers.map((a) => ({ number: a.number, value: draft.answers[a.number] ?? '' })) })}>
          {t('redaction.save')}
        </Button>
        <Button variant="subtle" onClick={automatic}>
          {t('redaction.reset')}
        </Button>
        {saved && (
          <Text role="status" c="green">
            {t('redaction.saved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

/** The redaction screen's flag: the text reproduces a published catalog text (issue #12.5a). */
function CatalogMatches({ matches }: { matches: CatalogTextMatch[] }) {
  const { t } = useTranslation('evaluation');
  const best = matches[0];
  if (!best) return null;
  return (
    <Alert color="yellow" variant="light" role="status">
      {t('redaction.catalogMatch', { title: best.title, similarity: best.similarity.toFixed(2) })}
    </Alert>
  );
}

/** Read-only counterpart of an input: a visible caption above the submitted text, at the same size. */
function OriginalText({ label, text }: { label: string; text: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Paper withBorder p="xs" aria-label={label}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </Paper>
    </Stack>
  );
}
