import { Anchor, Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../utils/use-format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AWARD_LEVELS } from '../../../../common/evaluation-admin';
import { type Basis, certificateUrl, evaluationApi, type NewSelection } from '../api/evaluation-api';
import { useEvaluationAction, useSelection, useSelections } from '../api/evaluation-queries';

/** Top-N selections of a closed round: compute, adjust with rationale, publish, answer objections, finalise. */
export function SelectionsSection({ roundId, basis }: { roundId: string; basis: Basis }) {
  const { t } = useTranslation('evaluation');
  const selections = useSelections(roundId);
  const [name, setName] = useState('Top 99');
  const [size, setSize] = useState<number>(99);
  const [level, setLevel] = useState<NewSelection['awardLevel']>('top_99');
  const [min3T, setMin3T] = useState<number>(0);
  const [perProvince, setPerProvince] = useState<number>(0);
  const rules = { ...(min3T > 0 && { minRemote3T: min3T }), ...(perProvince > 0 && { maxPerProvince: perProvince }) };
  const create = useEvaluationAction(() => evaluationApi.createSelection(roundId, { name, size, awardLevel: level, basis, rules }));
  return (
    <Stack>
      <Title order={3}>{t('selection.title')}</Title>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('selection.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <NumberInput label={t('selection.size')} value={size} min={1} onChange={(v) => setSize(Number(v) || 1)} w={120} />
        <Select
          label={t('selection.award')}
          data={AWARD_LEVELS.map((v) => ({ value: v, label: t(`awards.${v}`) }))}
          value={level}
          onChange={(v) => setLevel(AWARD_LEVELS.find((a) => a === v) ?? null)}
          clearable
        />
        <NumberInput label={t('selection.min3T')} value={min3T} min={0} onChange={(v) => setMin3T(Number(v) || 0)} w={140} />
        <NumberInput
          label={t('selection.maxPerProvince')}
          description={t('selection.noLimit')}
          value={perProvince}
          min={0}
          onChange={(v) => setPerProvince(Number(v) || 0)}
          w={180}
        />
        <Button onClick={() => create.mutate(undefined)} loading={create.isPending}>
          {t('selection.create')}
        </Button>
      </Group>
      <ErrorAlert error={create.error} />
      {(selections.data?.items ?? []).map((s) => (
        <SelectionCard key={s.id} id={s.id} canManage />
      ))}
    </Stack>
  );
}

/** One selection; `canManage` adds the ministry's steps (publish, answer, finalise, withdraw). */
export function SelectionCard({ id, canManage = false }: { id: string; canManage?: boolean }) {
  const { t } = useTranslation('evaluation');
  const f = useFormat();
  const selection = useSelection(id);
  const [rationale, setRationale] = useState<Record<string, string>>({});
  const [hours, setHours] = useState<number>(120);
  const [decree, setDecree] = useState('');
  const [decreeDate, setDecreeDate] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const action = useEvaluationAction(async (fn: () => Promise<unknown>) => fn());
  const s = selection.data;
  if (!s) return <ErrorAlert error={selection.error} />;
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Title order={4}>{s.name}</Title>
        <Badge>{t(`selectionStatus.${s.status}`)}</Badge>
      </Group>
      <Text>{t('selection.count', { selected: s.selectedCount, size: s.size })}</Text>
      {s.ruleCheck.map((r) => (
        <Text key={`${r.rule}-${r.key ?? ''}`} size="sm" c={r.ok ? 'green' : 'red'}>
          {t(`rules.${r.rule}`)}: {t(r.ok ? 'selection.ruleOk' : 'selection.ruleBroken', { actual: r.actual, required: r.required })}
        </Text>
      ))}
      <ErrorAlert error={action.error} />
      <Table striped aria-label={s.name}>
        <Table.Tbody>
          {s.decisions.map((d) => (
            <Table.Tr key={d.proposalId}>
              <Table.Td>{d.rank}</Table.Td>
              <Table.Td>
                {d.proposalNumber} — {d.title}
              </Table.Td>
              <Table.Td>{d.selected ? <Badge color="green">{t('selection.selected')}</Badge> : t(`reasons.${d.computedReason}`)}</Table.Td>
              <Table.Td>{d.rationale}</Table.Td>
              <Table.Td>
                {s.status === 'draft' && (
                  <Group gap="xs">
                    <TextInput
                      aria-label={`${t('selection.rationale')} ${d.proposalNumber}`}
                      placeholder={t('selection.rationale')}
                      size="xs"
                      value={rationale[d.proposalId] ?? ''}
                      onChange={(e) => setRationale({ ...rationale, [d.proposalId]: e.currentTarget.value })}
                    />
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => action.mutate(() => evaluationApi.decide(id, d.proposalId, { selected: !d.selected, rationale: rationale[d.proposalId] ?? '' }))}
                    >
                      {d.selected ? t('selection.deselect') : t('selection.select')}
                    </Button>
                  </Group>
                )}
                {s.status === 'final' && d.selected && <Anchor href={certificateUrl(id, d.proposalId)}>{t('selection.certificate')}</Anchor>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canManage && s.status === 'draft' && (
        <Group align="flex-end">
          <NumberInput label={t('selection.objectionHours')} value={hours} min={0} onChange={(v) => setHours(Number(v) || 0)} w={200} />
          <Button onClick={() => action.mutate(() => evaluationApi.publishSelection(id, hours))}>{t('selection.publish')}</Button>
        </Group>
      )}
      {s.objections.map((o) => (
        <Group key={o.id} align="flex-end">
          <Text>
            {o.name}: {o.reason} — {t(`objectionStatus.${o.status}`)} {o.answer}
          </Text>
          {canManage && o.status === 'open' && (
            <>
              <TextInput
                aria-label={`${t('selection.answer')} ${o.name}`}
                value={answers[o.id] ?? ''}
                onChange={(e) => setAnswers({ ...answers, [o.id]: e.currentTarget.value })}
              />
              <Button size="xs" onClick={() => action.mutate(() => evaluationApi.answerObjection(id, o.id, { status: 'rejected', answer: answers[o.id] ?? '' }))}>
                {t('selection.reject')}
              </Button>
              <Button size="xs" variant="light" onClick={() => action.mutate(() => evaluationApi.answerObjection(id, o.id, { status: 'upheld', answer: answers[o.id] ?? '' }))}>
                {t('selection.uphold')}
              </Button>
            </>
          )}
        </Group>
      ))}
      {canManage && s.status === 'published' && (
        <Group align="flex-end">
          <Text size="sm">{t('selection.objectionEnds', { at: s.objectionEndsAt ? f.dateTime(s.objectionEndsAt) : '' })}</Text>
          <TextInput label={t('selection.decreeNumber')} value={decree} onChange={(e) => setDecree(e.currentTarget.value)} />
          <TextInput label={t('selection.decreeDate')} type="date" value={decreeDate} onChange={(e) => setDecreeDate(e.currentTarget.value)} />
          <Button onClick={() => action.mutate(() => evaluationApi.finalise(id, { decreeNumber: decree, decreeDate }))}>{t('selection.finalise')}</Button>
          <Button variant="subtle" onClick={() => action.mutate(() => evaluationApi.withdrawSelection(id))}>
            {t('selection.withdraw')}
          </Button>
        </Group>
      )}
      {s.status === 'final' && <Text>{t('selection.decree', { number: s.decreeNumber, date: s.decreeDate })}</Text>}
    </Card>
  );
}
