import { Accordion, Badge, Button, Fieldset, Group, MultiSelect, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GOVERNMENT_AFFAIRS, type GovernmentAffair, type Indicator, type ModelConfig, modelMaxima } from '../../../../common/innovation-index';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { currentLanguage } from '../../../i18n';
import { useFormat } from '../../../utils/use-format';
import { type Model, indexApi, useIndexMutation } from '../api/index-api';
import { IndicatorEditor } from './IndicatorEditor';

const num = (value: string | number, fallback: number) => (typeof value === 'number' ? value : value.trim() === '' ? fallback : Number(value));
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

/**
 * One year's model for the index team: k, the count rule, predicate bands, the reporting window and
 * every indicator; the weight sum against the declared maximum is shown live. A published model is
 * read-only (only its window may still move); publishing saves pending changes first and is refused
 * by the server with its own message when the weights do not sum.
 */
export function ModelEditor({ model }: { model: Model }) {
  const { t } = useTranslation('innovationIndex');
  const { t: tc } = useTranslation('catalog');
  const format = useFormat();
  const lang = currentLanguage() === 'en' ? 'en' : 'id';
  const [config, setConfig] = useState<ModelConfig>(model.config);
  const [dirty, setDirty] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [opens, setOpens] = useState(day(model.windowOpensAt));
  const [closes, setCloses] = useState(day(model.windowClosesAt));
  const [confirm, setConfirm] = useState(false);
  const save = useIndexMutation(() => indexApi.changeModel(model.year, config));
  const publish = useIndexMutation(async () => {
    if (dirty) await indexApi.changeModel(model.year, config);
    return indexApi.publishModel(model.year);
  });
  const window = useIndexMutation(() => indexApi.setWindow(model.year, opens, closes));
  const compute = useIndexMutation(() => indexApi.computeResults(model.year));
  const publishResults = useIndexMutation(() => indexApi.publishResults(model.year));
  const frozen = model.status === 'published';
  const change = (next: Partial<ModelConfig>) => {
    setConfig({ ...config, ...next });
    setDirty(true);
  };
  const changeIndicator = (next: Indicator) => change({ indicators: config.indicators.map((i) => (i.code === next.code ? next : i)) });
  const max = modelMaxima(config);
  const sums = Math.abs(max.total - config.maxScore) < 1e-6;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {t('editor.modelOf', { year: model.year })} <Badge color={frozen ? 'green.9' : 'gray.8'}>{t(`editor.status.${model.status}`)}</Badge>
        </Title>
      </Group>
      <Text role="status" aria-live="polite" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {sums ? '✓ ' : '✗ '}
        {t('editor.weightSum', {
          spd: format.number(max.spd, 2),
          sid: format.number(max.sidIndicators, 2),
          count: format.number(max.count, 2),
          total: format.number(max.total, 2),
          max: format.number(config.maxScore, 2),
        })}{' '}
        {sums ? t('editor.sumOk') : t('editor.sumOff')}
      </Text>
      <Fieldset legend={t('editor.window')}>
        <Group align="end" wrap="wrap">
          <TextInput type="date" label={t('editor.opens')} value={opens} onChange={(e) => setOpens(e.currentTarget.value)} />
          <TextInput type="date" label={t('editor.closes')} value={closes} onChange={(e) => setCloses(e.currentTarget.value)} />
          <Button variant="light" disabled={!opens || !closes} loading={window.isPending} onClick={() => window.mutate(undefined)}>
            {t('editor.setWindow')}
          </Button>
        </Group>
        <ErrorAlert error={window.error} />
      </Fieldset>
      <Fieldset legend={t('editor.scoring')} disabled={frozen}>
        <Group align="end" wrap="wrap">
          <NumberInput label={t('editor.k')} value={config.k} min={1} max={100} w={120} onChange={(v) => change({ k: num(v, 1) })} />
          <NumberInput label={t('editor.maxScore')} value={config.maxScore} min={1} max={1000} w={140} onChange={(v) => change({ maxScore: num(v, 1) })} />
          <NumberInput label={t('editor.answerDays')} value={config.answerWindowDays} min={1} max={60} w={160} onChange={(v) => change({ answerWindowDays: num(v, 1) })} />
        </Group>
        <Group align="end" wrap="wrap" mt="sm">
          <NumberInput
            label={t('editor.pointsPerInnovation')}
            value={config.countRule.pointsPerInnovation}
            min={0}
            max={10}
            decimalScale={4}
            w={180}
            onChange={(v) => change({ countRule: { ...config.countRule, pointsPerInnovation: num(v, 0) } })}
          />
          <NumberInput
            label={t('editor.cap')}
            value={config.countRule.cap}
            min={0}
            max={10000}
            w={140}
            onChange={(v) => change({ countRule: { ...config.countRule, cap: num(v, 0) } })}
          />
          <NumberInput
            label={t('editor.minBasic')}
            value={config.countRule.minBasicAffairs}
            min={0}
            max={10}
            w={180}
            onChange={(v) => change({ countRule: { ...config.countRule, minBasicAffairs: num(v, 0) } })}
          />
        </Group>
        <MultiSelect
          mt="sm"
          label={t('editor.basicAffairs')}
          value={config.countRule.basicAffairs}
          data={GOVERNMENT_AFFAIRS.map((a) => ({ value: a, label: tc(`affairs.${a}`) }))}
          onChange={(v) => change({ countRule: { ...config.countRule, basicAffairs: v as GovernmentAffair[] } })}
        />
        <Text size="sm" fw={600} mt="sm">
          {t('editor.predicates')}
        </Text>
        <Group align="end" wrap="wrap">
          {config.predicates.map((p, index) => (
            <NumberInput
              key={p.code}
              label={t(`predicates.${p.code}`)}
              value={p.min}
              min={0}
              max={100}
              decimalScale={2}
              w={170}
              onChange={(v) => change({ predicates: config.predicates.map((q, i) => (i === index ? { ...q, min: num(v, 0) } : q)) })}
            />
          ))}
        </Group>
      </Fieldset>
      <Fieldset legend={t('editor.indicators')}>
        <Accordion value={open} onChange={setOpen}>
          {config.indicators.map((indicator) => (
            <Accordion.Item key={indicator.code} value={indicator.code}>
              <Accordion.Control>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {indicator.no}. {indicator.name[lang]} · {indicator.aspect.toUpperCase()} · {t('editor.weight')} {format.number(indicator.weight, 2)}
                  {indicator.mandatory ? ` · ${t('mandatory')}` : ''}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                {open === indicator.code && (
                  <Fieldset variant="unstyled" disabled={frozen}>
                    <IndicatorEditor indicator={indicator} evidenceTypes={config.evidenceTypes} onChange={changeIndicator} />
                  </Fieldset>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Fieldset>
      <ErrorAlert error={save.error ?? publish.error} />
      {!frozen && (
        <Group wrap="wrap">
          <Button disabled={!dirty} loading={save.isPending} onClick={() => save.mutate(undefined, { onSuccess: () => setDirty(false) })}>
            {t('editor.save')}
          </Button>
          <Button variant="light" color="green.9" onClick={() => setConfirm(true)}>
            {t('editor.publish')}
          </Button>
        </Group>
      )}
      {frozen && (
        <Fieldset legend={t('editor.results')}>
          <Text size="sm" mb="xs">
            {model.resultsPublishedAt ? t('editor.resultsPublished', { date: format.date(model.resultsPublishedAt) }) : t('editor.resultsNotPublished')}
          </Text>
          <Group wrap="wrap">
            <Button variant="light" loading={compute.isPending} onClick={() => compute.mutate(undefined)}>
              {t('editor.compute')}
            </Button>
            <Button color="green.9" loading={publishResults.isPending} onClick={() => publishResults.mutate(undefined)}>
              {t('editor.publishResults')}
            </Button>
          </Group>
          {compute.isSuccess && (
            <Text size="sm" mt="xs" role="status">
              {t('editor.computed')}
            </Text>
          )}
          <ErrorAlert error={compute.error ?? publishResults.error} />
        </Fieldset>
      )}
      <ConfirmDialog
        opened={confirm}
        title={t('editor.publish')}
        body={t('editor.publishBody', { year: model.year })}
        confirmLabel={t('editor.publish')}
        busy={publish.isPending}
        error={publish.error}
        onConfirm={() => publish.mutate(undefined, { onSuccess: () => (setConfirm(false), setDirty(false)) })}
        onClose={() => setConfirm(false)}
      />
    </Stack>
  );
}
