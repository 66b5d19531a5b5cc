import { Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioOverrides } from '../../../../common/incentive';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { incentiveApi, type RuleSet } from '../api/incentive-api';
import { useIncentiveMutation } from '../api/incentive-queries';
import { useFormat } from '../../../utils/use-format';

/** Runs a scenario: a name, and optionally another pool, minimum, category weights or cluster shares. */
export function RunScenarioDialog({ ruleSet, opened, onClose, onDone }: { ruleSet: RuleSet; opened: boolean; onClose: () => void; onDone: (scenarioId: string) => void }) {
  const { t } = useTranslation('incentive');
  const format = useFormat();
  const [name, setName] = useState('');
  const [pool, setPool] = useState('');
  const [min, setMin] = useState('');
  const [weights, setWeights] = useState<Record<string, number | undefined>>({});
  const [shares, setShares] = useState<Record<string, number | undefined>>({});
  const run = useIncentiveMutation((body: { name: string; overrides: ScenarioOverrides }) => incentiveApi.runScenario(ruleSet.id, body));

  const submit = () => {
    const overrides: ScenarioOverrides = {};
    if (pool) overrides.pool = pool;
    if (min) overrides.minPerRegion = min;
    const w = Object.fromEntries(Object.entries(weights).filter(([, v]) => v !== undefined)) as Record<string, number>;
    if (Object.keys(w).length) overrides.weights = w;
    const s = Object.fromEntries(
      Object.entries(shares)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, Math.round(v! * 100)]),
    ) as Record<string, number>;
    if (Object.keys(s).length) overrides.shares = s;
    run.mutate({ name: name || t('runScenario'), overrides }, { onSuccess: (r) => onDone(r.id) });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('runScenario')} centered size="lg">
      <Stack>
        <TextInput label={t('scenarioName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
        <Text size="sm" c="dimmed">
          {t('overridesHint')}
        </Text>
        <TextInput label={t('pool')} placeholder={ruleSet.config.pool} value={pool} inputMode="numeric" onChange={(e) => setPool(e.currentTarget.value.replace(/\D/g, ''))} />
        <TextInput
          label={t('minPerRegion')}
          placeholder={ruleSet.config.minPerRegion}
          value={min}
          inputMode="numeric"
          onChange={(e) => setMin(e.currentTarget.value.replace(/\D/g, ''))}
        />
        {ruleSet.config.categories.map((c) => (
          <NumberInput
            key={c.code}
            label={`${t('weight')}: ${c.name}`}
            placeholder={String(c.weight)}
            min={1}
            max={100}
            value={weights[c.code] ?? ''}
            onChange={(v) => setWeights({ ...weights, [c.code]: v === '' ? undefined : Number(v) })}
          />
        ))}
        {ruleSet.config.clusters.map((c) => (
          <NumberInput
            key={c.code}
            label={`${t('share')}: ${c.name}`}
            placeholder={format.number(c.shareBasisPoints / 100)}
            min={0.01}
            max={100}
            decimalScale={2}
            decimalSeparator=","
            value={shares[c.code] ?? ''}
            onChange={(v) => setShares({ ...shares, [c.code]: v === '' ? undefined : Number(v) })}
          />
        ))}
        <ErrorAlert error={run.error} />
        <DialogActions submitLabel={t('run')} busy={run.isPending} onSubmit={submit} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
