import { Button, Card, Checkbox, Group, NumberInput, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localText } from '../../../../common/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../utils/use-format';
// The very function the server totals with, so the live total is exactly what will be stored.
import { computeWeightedTotal } from '../../../../common/weighted-total';
import { type CriterionValue, evaluationApi, type Review } from '../api/evaluation-api';
import { useEvaluationAction } from '../api/evaluation-queries';
import { runningTotal } from '../score-progress';

/** The score sheet: a value (or an abstention with its reason) and a comment per criterion, a live weighted total. */
export function ScoreForm({ review }: { review: Review }) {
  const { t, i18n } = useTranslation('evaluation');
  const f = useFormat();
  const nameOf = (c: { name: string; nameEn?: string | null }) => localText(c.name, c.nameEn, i18n.language);
  const [values, setValues] = useState<Record<string, CriterionValue>>(review.myScore?.values ?? {});
  const [comments, setComments] = useState<Record<string, string>>(review.myScore?.comments ?? {});
  const [overall, setOverall] = useState(review.myScore?.overallComment ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useEvaluationAction((submit: boolean) => evaluationApi.saveScore(review.round.id, review.proposal.id, { values, comments, overallComment: overall, submit }));
  const live = computeWeightedTotal(review.criteria, values);
  const running = runningTotal(review.criteria, values);
  // The server refuses changes after the stage deadline too; the form locks instead of failing on save.
  const locked = review.round.status !== 'open' || review.round.deadlinePassed || (review.myScore?.status === 'submitted' && !review.round.scoresEditableAfterSubmit);
  const set = (id: string, value: CriterionValue | undefined) => {
    const next = { ...values };
    if (value === undefined) delete next[id];
    else next[id] = value;
    setValues(next);
  };
  const act = (submit: boolean) => {
    setSaved(null);
    save.mutate(submit, { onSuccess: (r) => setSaved(t(submit ? 'review.submitted' : 'review.saved', { total: f.score(r.total) })) });
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4">
        {t('review.sheet')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('review.requiredNote')}
      </Text>
      <Stack>
        {review.criteria.map((c) => {
          const value = values[c.id];
          const abstained = value === 'abstain';
          return (
            <Stack key={c.id} gap={4}>
              <Group align="flex-end">
                {c.scale.kind === 'numeric' ? (
                  <NumberInput
                    label={nameOf(c)}
                    required={c.required}
                    description={t('review.scale', { min: c.scale.min, max: c.scale.max, weight: c.weight })}
                    min={c.scale.min}
                    max={c.scale.max}
                    disabled={abstained || locked}
                    value={typeof value === 'number' ? value : ''}
                    onChange={(v) => set(c.id, v === '' ? undefined : Number(v))}
                    w={{ base: '100%', xs: 260 }}
                  />
                ) : (
                  <Select
                    label={nameOf(c)}
                    required={c.required}
                    description={t('review.weight', { weight: c.weight })}
                    data={c.scale.levels.map((l, i) => ({ value: String(i), label: l }))}
                    disabled={abstained || locked}
                    value={typeof value === 'number' ? String(value) : null}
                    onChange={(v) => set(c.id, v === null ? undefined : Number(v))}
                    w={{ base: '100%', xs: 260 }}
                  />
                )}
                {!c.required && (
                  <Checkbox
                    label={`${t('review.abstain')} (${nameOf(c)})`}
                    checked={abstained}
                    disabled={locked}
                    onChange={(e) => set(c.id, e.currentTarget.checked ? 'abstain' : undefined)}
                  />
                )}
              </Group>
              <Textarea
                label={`${t('review.comment')} (${nameOf(c)})`}
                description={abstained ? t('review.abstainReason') : undefined}
                value={comments[c.id] ?? ''}
                disabled={locked}
                onChange={(e) => setComments({ ...comments, [c.id]: e.currentTarget.value })}
                autosize
              />
            </Stack>
          );
        })}
        <Textarea label={t('review.overall')} value={overall} disabled={locked} onChange={(e) => setOverall(e.currentTarget.value)} autosize />
        <Stack gap={2} aria-live="polite">
          <Text fw={600}>{live.ok ? t('review.liveTotal', { total: f.score(live.total) }) : t('review.runningTotal', { total: f.score(running.points) })}</Text>
          <Text size="sm" c="dimmed">
            {t('review.filled', { filled: running.filled, total: running.total })}
            {running.requiredMissing > 0 ? ` · ${t('review.requiredMissing', { count: running.requiredMissing })}` : ''}
          </Text>
        </Stack>
        {saved && (
          <Text role="status" c="green">
            {saved}
          </Text>
        )}
        <ErrorAlert error={save.error} />
        <Group>
          <Button variant="light" disabled={locked} onClick={() => act(false)}>
            {t('review.saveDraft')}
          </Button>
          <Button disabled={locked} onClick={() => act(true)}>
            {t('review.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
